#!/usr/bin/env python3
"""The eighteenth hand set of labeled rows ("heldout18", issue 10).

  heldout18_corpus.py --write      write heldout18_rows_{dev,frozen}.txt
  heldout18_corpus.py --check      exit 1 if those files differ from what
                                   this script writes (make scrub-heldout)
  heldout18_corpus.py --lint       the writer's check, before the split

The rows below were typed by hand by the helper heldout18 (session 21),
who did not read the detectors (src/detect*.c, src/scrub*.c,
src/sensitive*.c, include/, conf/) nor the rule descriptions of
docs/scrub.md, nor any set's misses, nor any scrubber output while typing.
Read: the helpers' brief; tests/scrub/handset.py whole; the docstring, the
first block and the last lines of heldout17_corpus.py and the docstring of
heldout16_corpus.py; the heldout15, heldout16 and heldout17 sections of
docs/scrub.md (genres, name sources, labeling choices); the Makefile's
genre lines for every set; the head of eval.py (kinds, POLICY_WORDS); a
count of the sensitive labels the earlier dev halves use, and greps of them
for how passports, titres de séjour, ADELI numbers, plates, GPS positions
and pets were labeled (to label alike).

The genres are those the seventeen earlier sets have least of: maritime
telemedicine (CCMM, ships, fishers, yachtsmen, offshore, seafarers'
fitness); cross-border workers and foreign insurance (Luxembourg, Swiss,
Belgian, German, Monegasque, Italian and Spanish numbers, EHIC, S1);
cardiac implantable devices and their remote monitoring (serial numbers,
implant cards, neurostimulators); burns units and hand emergencies (work
accidents); suicide-prevention recontact calls (VigilanS) and crisis
lines; pathology, biobanks and molecular tumour boards (specimen numbers);
stroke units, epilepsy and fitness to drive (licence numbers, plates);
rabies post-exposure centres, bites and animals, allergy and hyperbaric
medicine; child protection (information préoccupante, CRIP, ASE, judges)
and domestic violence; hospital-at-home pharmacy deliveries and courier
logs; Réunion, Mayotte and Madagascar evacuations and home logbooks; a
deaf patients' unit, medical tourism and a mobile health bus in camps.
Name origins chosen away from the earlier sets: Malagasy, Réunionese
(Creole, Malbar, Zarab, Sino-Réunionese), Franco-Tamil of Pondichéry,
Mauritanian, Senegalese (Wolof, Serer), Togolese and Beninese, Yoruba,
Gabonese, Kenyan, Djiboutian, Chadian; Gulf Arabic, Palestinian,
Assyro-Chaldean, Egyptian, Azerbaijani, Uzbek, Tajik, Kazakh; Gujarati,
Keralan, Telugu, Burmese, Cantonese, Taiwanese, Indonesian; Norwegian,
Finnish, Icelandic, Maltese, Sardinian, Slovene, Macedonian, Estonian,
Belarusian, Welsh, Luxembourgish, Swiss Valaisan, Monegasque, Piedmontese,
Ashkenazi; Québécois and Acadian; Mexican, Venezuelan, Argentine, Cuban;
French regional names of the Rouergue, the Quercy, Périgord, the Ardèche,
the Jura, the Nivernais and Moselle; names that are ordinary words.

Everything is invented: people, homes, numbers.  Street names may be real
street names; no row is a real patient's.  The frame (row shorthand,
placeholders, what is computed, the split: rows ranked by
sha256("heldout18\\n" + row), the lower half to the dev file) is
tests/scrub/handset.py's, as heldout14's to heldout17's.

Labeling choices new in this set (otherwise heldout17's and the earlier
sets'): a vehicle's registration plate (the patient's or a relative's car)
is `id`; a ship the patient is aboard is where he is (`address`, as a
hotel), its IMO number, MMSI and call sign `id`, a position at sea or a GPS
position of the patient `address`; a foreign national, insurance or
residence number (AVS, NISS, Luxembourg matricule, codice fiscale, NIE,
passport, CIN, EHIC card, S1, driving licence) is `id` (the kind `nir` is
the French NIR alone); an implanted device's serial number and an implant
card number are `id`, its make and model stay; a specimen, block, slide and
biobank sample number is `id`; a CRIP, juvenile court, complaint or court
case number is `id`; a vaccine's or a drug's batch number stays; an animal's
name is not labeled (heldout17), its owner is.
"""
from handset import HandSet

HEADER_NOTE = """\
# Typed by hand by the helper heldout18 without reading the detectors or their rules (see the script's
# docstring for what was read); invented people, homes and numbers only. NIR keys, RPPS/FINESS Luhn digits,
# IBAN check digits and IPPs written `*` are computed by the script. Split by rank of sha256("heldout18\\n" + row), lower half dev.
"""

# ------------------------------------------------------------------ rows
# Typed by genre; within a genre, by register.

ROWS = []

# Maritime telemedicine: CCMM calls, ships at sea, fishers, yachtsmen, offshore, seafarers' fitness
ROWS.append(r"""
# Calls to the maritime medical centre, SMS by satellite, evacuations, port visits; ships named as where the patient is.
* Appel CCMM 03h12 : chalutier [[address:Ker Anna]], indicatif [[id:FGH 4472]], position [[address:47°21'N 004°58'W]]. Marin M. [[name:Razafindrakoto]] [[name:Hery]], 34 ans, plaie profonde de la main droite par le treuil.
- Conseils au capitaine : pas de garrot, pansement compressif, paracétamol 1 g de la dotation A, rappel dans 2 h par le téléphone satellite du bord.
RANDRIANARIVELO|Tojo|||||*|Suite CCMM : M. [[name:Randrianarivelo]] [[name:Tojo]], matelot malgache sur le porte-conteneurs [[address:MSC Aurelia]] (IMO [[id:9734215]]), douleur thoracique à 200 milles des Açores ; ECG reçu de [[email:master.aurelia@shipmail-msc.com]] : pas de sus-décalage.
* Téléconsultation maritime : patient [[name:ANDRIAMAHEFA]] [[name:Solofo]] né le [[date:12/03/1989]] à Toamasina, passeport n° [[id:MG2417785]], fièvre à 39,5 après une escale à Mombasa ; TDR paludisme positif à bord.
- Dotation médicale de bord vérifiée : artésunate absent, Coartem présent, lot 4471B, péremption correcte.
* Navigateur solitaire M. [[name:Virtanen]] [[name:Mikko]] (voilier [[address:Sisu]], MMSI [[id:230 114 870]]) : brûlure du 2e degré de l'avant-bras par le réchaud ; photo reçue par WhatsApp du [[phone:+358 40 771 2093]].
* Débarqué à Brest : M. [[name:Ould Cheikh]] [[name:Mohamed Lemine]], pêcheur mauritanien du [[address:Nouadhibou 7]], fracture ouverte de jambe ; son frère [[other_name:Sidi]] [[other_name:Ould Cheikh]] au [[phone:+222 46 12 88 30]].
- Mal de mer sévère chez une passagère de ferry : patch de scopolamine, hydratation, pas de critère d'évacuation.
* CCMM dossier n° [[id:CCMM-2025-11873]] : Mme [[name:Guðmundsdóttir]] [[name:Sigrún]], cuisinière à bord du [[address:Polar Star]], douleur FID depuis 18 h, Blumberg positif selon le second ; déroutement vers Saint-Pierre.
* Transmission au SSGM : marin [[name:Kyaw]] [[name:Zin Htet]] (birman), vraquier [[address:Ocean Pride]], escale à Dunkerque le [[date_partial:9/12]] ; consultation au port, agent maritime M. [[other_name:Vandewalle]] au [[phone:03 28 61 44 90]].
DIOUF|Mamadou Lamine|||||*|Pêcheur sénégalais, M. [[name:Diouf]] [[name:Mamadou Lamine]], 41 ans, palangrier [[address:Saint-Louis III]] : corps étranger cornéen (écaille), fluorescéine à bord, pommade ; pas d'évacuation. Rappel le [[date:07/12/2025]] à 8h UTC.
- Médecine des gens de mer : aptitude à la navigation renouvelée pour deux ans ; vision des couleurs normale ; audiogramme sans perte.
* Visite d'aptitude au Havre : M. [[name:Borg]] [[name:Joseph]], maltais, né le [[date:03.11.1975]], livret professionnel maritime n° [[id:LPM 76-041182]] ; apte avec restriction (port de lunettes).
* Plateforme pétrolière [[address:FPSO Girassol]] au large de l'Angola : technicien M. [[name:Adeyemi]] [[name:Olumide]], colique néphrétique ; rapatriement via Luanda, dossier assistance [[id:AXA-MED-25-66120]].
* SMS Iridium reçu 14h02 : "bonjour docteur ici [[name:porcu]] [[name:gavino]] bateau [[address:stella maris]] toujours mal au dos ok pour 2e tramadol ?" Réponse : oui, 4 par jour maximum.
* Message répondeur : c'est [[other_name:Camilleri]], capitaine du [[address:Gozo Spirit]], pour le cuisinier [[name:Zammit]] [[name:Karl]] qui vomit du sang, rappelez au [[phone:00 356 99 41 28 77]] s'il vous plaît.
- Hémorragie digestive à bord : IPP en IV non disponible, oméprazole per os 40 mg x2 ; déroutement vers le port le plus proche demandé au CROSS.
* Évacuation héliportée de M. [[name:Johansen]] [[name:Eirik]], skipper du voilier [[address:Havørn]] (pavillon norvégien), traumatisme crânien ; épouse Mme [[other_name:Johansen]] [[other_name:Ingrid]], [[email:ingrid.johansen@online.no]].
ZHOU|Haiyan|||||*|Croisière : Mme [[name:Zhou]] [[name:Haiyan]], cabine [[address:8142]] du [[address:Costa Fortuna]], chute dans l'escalier, poignet déformé ; radio au port d'Ajaccio le [[date_partial:samedi 6]].
* CCMM / FICHE : NOM [[name:SARR]] PRENOM [[name:OUSMANE]] NE LE [[date:01/01/1993]] NAVIRE [[address:AMADOU KANE]] POSITION [[address:14°40N 017°26W]] MOTIF : douleur testiculaire aiguë, torsion ?
- Pas d'échographe à bord ; critères de torsion discutés ; délai d'arrivée au port 9 h ; antalgie et glace.
* Marin-pêcheur de Lorient, M. [[name:Ollivier]] [[name:Brieuc]] ... non, [[name:Olivier]] [[name:Brieuc]], amputation traumatique P3 de D4 ; conserver le fragment au froid ; accueil SOS mains prévenu.
* Thonier [[address:Belle-Île Express]] (quartier maritime [[id:CC 912345]]) : deux marins fébriles, M. [[name:Mbaye]] [[name:Cheikh]] et M. [[name:Ndour]] [[name:Babacar]] ; suspicion de dengue après l'escale d'Abidjan.
* Aptitude refusée : M. [[name:Nielsen]] [[name:Rasmus]], danois, diabète sous insuline mal équilibré ; contestation possible devant la commission ; courrier à son domicile [[address:Vestergade 14, 2. th.]], [[postcode_city:8000 Aarhus C]].
- Dossier médical de bord : les fiches d'événements sont archivées par le capitaine et transmises au médecin des gens de mer au retour.
""")

# Cross-border workers and foreign insurance: Luxembourg, Switzerland, Belgium, Germany, Monaco, Italy, Spain
ROWS.append(r"""
# Frontaliers, S1 forms, EHIC, foreign numbers of every shape, employers abroad, addresses on both sides of a border.
* Frontalier Luxembourg : M. [[name:Wagner]] [[name:Jos]], matricule CNS [[id:1971 0412 233 18]], domicilié [[address:7 rue de la Gare]], [[postcode_city:57330 Hettange-Grande]] ; formulaire S1 n° [[id:LU-S1-2025-004417]] transmis à la CPAM.
- Travailleur frontalier : la prise en charge relève de la caisse du pays d'emploi ; joindre le formulaire S1 enregistré et l'attestation d'affiliation.
WEBER|Carole|{nir:2 82 06 57 463 118}||||*|Mme [[name:Weber]] [[name:Carole]], NIR [[nir:{nir:2 82 06 57 463 118}]], infirmière au CHL de Luxembourg, arrêt maladie à transmettre aussi à la CNS ; tél pro [[phone:+352 4411 2287]].
* Patient suisse : M. [[name:Zufferey]] [[name:Stéphane]], n° AVS [[id:756.4821.9033.57]], domicilié [[address:route du Simplon 41]], [[postcode_city:CH-1920 Martigny]], fracture de cheville à Chamonix le [[date:29/11/2025]].
* Mme [[name:BONVIN]] [[name:Anne-Lise]], frontalière à Genève (permis G n° [[id:G 2024 118 734]]), assurance LAMal [[id:80756001234567890]] ; adresse en France : [[address:245 chemin des Voirons]], [[postcode_city:74100 Annemasse]].
- CMU des frontaliers suisses : droit d'option entre LAMal et sécurité sociale française ; l'option est irrévocable.
* Belge domicilié à Tourcoing : M. [[name:Vanhoutte]] ? non, M. [[name:Vanoutryve]] [[name:Geert]], NISS [[id:71.04.12-233.05]], mutualité Solidaris, carte EHIC n° [[id:80560000 1234 5678 90]] valable jusqu'au [[date:31/03/2027]].
DEMARET|Josiane|||||*|Mme [[name:Demaret]] [[name:Josiane]], [[address:rue de la Station 12]], [[postcode_city:7000 Mons]] (Belgique), vue aux urgences de Maubeuge ; facturation à la mutualité chrétienne, numéro d'affiliation [[id:117/0458832/72]].
* Grenzgänger Saarland : Hr. [[name:Schmitt]] [[name:Uwe]], Versichertennummer [[id:S847391026]], AOK Saarland ; wohnhaft [[address:Bahnhofstraße 8]], [[postcode_city:66119 Saarbrücken]] ; hospitalisé à Forbach du [[date:01/12/2025]] au [[date:04/12/2025]].
* Monaco : M. [[name:Gastaud]] [[name:Louis]], assuré CCSS n° [[id:MC 48 1120 771]], domicile [[address:Le Millefiori, 1 rue des Genêts]], [[postcode_city:98000 Monaco]] ; infirmière libérale Mme [[other_name:Notari]].
- Ressortissant monégasque : les soins à l'étranger sont pris en charge sur entente préalable de la caisse de compensation.
* Italien de Vintimille : sig. [[name:Bertolotti]] [[name:Piero]], codice fiscale [[id:BRTPRI58L22L741Y]], tessera sanitaria [[id:80380001204455662]], domicilio [[address:via Cavour 17]], [[postcode_city:18039 Ventimiglia]] ; ricoverato a Menton.
* Espagnole de Puigcerdà, Sra. [[name:Puig]]... non, Sra. [[name:Casals Vidal]] [[name:Núria]], NIE [[id:X4417821L]], tarjeta sanitaria CatSalut [[id:CSVN 0 780512 00 4]], vue à l'hôpital transfrontalier de Cerdanya.
- Hôpital transfrontalier : les dossiers sont partagés entre la Catalogne et l'Occitanie après accord du patient.
KRANJC|Matej|||||*|Travailleur détaché slovène : M. [[name:Kranjc]] [[name:Matej]], chantier à Dunkerque, logé au [[address:camping Les Dunes, mobil-home 22]] ; carte européenne [[id:80705 002 441 873 209]] ; employeur à Ljubljana, contact M. [[other_name:Novak]] [[other_name:Tomaž]] [[phone:+386 41 225 901]].
* M. [[name:Stojanovski]] [[name:Goran]] (macédonien), ouvrier du bâtiment à Strasbourg, passeport [[id:M 0992 4471]], accident du travail le [[date:2 décembre 2025]] ; déclaration faite par l'employeur (SARL Alsabat).
* Frontalier allemand : Herr [[name:Hoffmann]] [[name:Dieter]], né en [[date_partial:1963]], Krankenversichertennummer [[id:H 217 440 981]], dialyse à Sarreguemines trois fois par semaine, femme [[other_name:Hoffmann]] [[other_name:Petra]] au [[phone:0049 6805 221 74]].
- Remboursement des soins reçus en Allemagne : joindre les factures acquittées et le formulaire S3125.
* Mme [[name:KREMER]] [[name:Nadine]], DDN [[date:22.08.1984]], domiciliée [[address:12, op der Haart]], [[postcode_city:L-9999 Wemperhardt]], [[diag_preg:accouchement]] prévu à Thionville ; [[diag_preg:grossesse]] suivie par la sage-femme Mme [[other_name:Thill]].
* Mail de la CNS reçu le [[date_partial:3/12]] : dossier de M. [[name:Schmit]] [[name:Romain]] (matricule [[id:1958 1105 044]]) incomplet, manque la facture du [[date:14/10/2025]] ; écrire à [[email:remboursement@secu.lu]].
* Genevoise en vacances : Mme [[name:Rey-Mermet]] [[name:Céline]], [[address:chemin des Crêts-de-Champel 9]], [[postcode_city:1206 Genève]], tél [[phone:+41 79 554 18 02]] ; carte d'assurance [[id:80756 0000 3320 1147]] ; piqûre de vipère à Morzine.
- Assurance voyage : la déclaration doit être faite sous 5 jours ouvrés ; le numéro de contrat figure au dos de la carte.
* Transfert vers Bâle demandé par la famille de M. [[name:Meier]] [[name:Reto]] : fille Mme [[other_name:Meier-Gasser]] [[other_name:Lea]], [[email:lea.meier-gasser@bluewin.ch]] ; garantie de paiement de la Helsana n° [[id:HEL-7723-118-04]].
BRUN|Odette|||||*|Mme [[name:Brun]] [[name:Odette]], 77 ans, résidant à l'année à Alicante ([[address:Calle del Mar 23, 4ºB]], [[postcode_city:03001 Alicante]]), pensionnée française, carte EHIC expirée le [[date:30/06/2025]] ; demande d'un certificat provisoire de remplacement.
""")

# Cardiac implantable devices: remote monitoring, implant cards, interrogations, neurostimulators, pumps
ROWS.append(r"""
# Telemonitoring platforms' alerts, device clinic notes, implant cards; the make and model stay, the serial number goes.
* Alerte télésurveillance CareLink du [[date:02/12/2025]] 06:14 : M. [[name:Tremblay]] [[name:Gaétan]], DAI Medtronic Cobalt XT DR n° de série [[id:BLN604417H]], choc délivré sur FV ; patient joint au [[phone:06 71 40 22 93]], asymptomatique.
- Télésurveillance : transmission quotidienne, alertes rouges traitées dans l'heure ouvrée, alertes oranges sous 48 h.
GAGNON|Micheline|||||*|Consultation de rythmologie : Mme [[name:Gagnon]] [[name:Micheline]], stimulateur Abbott Assurity MRI implanté le [[date:14/05/2019]], carte porteur n° [[id:7412-9930-1185]] ; seuils stables, batterie 6 ans.
* Interrogation du PM (Biotronik Edora 8 DR-T, SN [[id:69114523]]) chez M. [[name:BOUCHARD]] [[name:Réjean]] né le [[date:11/09/1941]] : 12 % de FA, anticoagulation discutée avec le MT Dr [[other_name:Côté]].
* Plateforme Home Monitoring : pas de transmission depuis 10 jours pour Mme [[name:Pelletier]] [[name:Ghislaine]] ; appel au domicile [[phone:03 84 52 17 08]] : le boîtier était débranché (ménage). Reconnecté.
- Compatibilité IRM : système complet conditionnel, mode MRI à programmer avant l'examen et à désactiver après.
* Mme [[name:LeBlanc]] [[name:Évangéline]], acadienne, en visite chez sa fille à Poitiers : DAI Boston Scientific (carte d'implant [[id:BSC 2207 33 418]]) ; suivi habituel à Moncton ; fille Mme [[other_name:Thibodeau]] [[other_name:Nathalie]] [[phone:06 12 58 90 43]].
VAYSSIERE|Henri|||||*|M. [[name:Vayssière]] [[name:Henri]], 84 ans, agriculteur à [[address:lieu-dit Le Bousquet]], [[postcode_city:12850 Onet-le-Château]] : syncope, PM en fin de vie (ERI), remplacement du boîtier programmé le [[date:9 décembre]].
* Remplacement de boîtier : ancien PM Sorin Reply DR n° [[id:RL9912047]] explanté et remis au patient M. [[name:Costes]] [[name:Aimé]] à sa demande ; nouveau Medtronic Azure XT DR n° [[id:RNB218806S]].
* Neurostimulateur médullaire (Nevro HF10) de M. [[name:Bras]] [[name:Alain]] : télécommande perdue, nouvelle commande auprès du fabricant, n° patient [[id:NV-FR-004471]] ; douleurs de lombo-radiculalgie stables.
- Défibrillateur portable (LifeVest) : porter le gilet 23 h sur 24, y compris la nuit ; retirer uniquement pour la douche.
* Mail de la plateforme : [[email:telecardio@chu-amiens.fr]] -> Dr [[other_name:Brasseur]] : alerte de surcharge OptiVol chez M. [[name:Fabre]] [[name:Serge]] ([[id:{ipp}]]) ; furosémide augmenté à 80 mg ; pesée le [[date_partial:8/12]].
* Stimulation cérébrale profonde : Mme [[name:Tasmagambetova]] [[name:Aigerim]] (kazakhe), Parkinson, programmateur patient n° [[id:SCP-31-0227]] ; réglages au CHU de Toulouse le [[date:15/01/2026]] ; mari M. [[other_name:Tasmagambetov]] [[other_name:Nurlan]].
CARRIERE|Maryse|||||*|Pompe à insuline implantable ? non, pompe externe Medtrum : Mme [[name:Carrière]] [[name:Maryse]], capteur n° [[id:MT2511-40287]] défectueux ; déclaration de matériovigilance [[id:MV-2025-1193]] le [[date:03/12/2025]].
- Matériovigilance : conserver le dispositif défectueux, le numéro de lot et l'emballage ; ne pas le jeter.
* Holter implantable (Reveal LINQ) chez M. [[name:Aliyev]] [[name:Rashad]] (azerbaïdjanais) pour syncopes : implanté le [[date:20/11/2025]], numéro [[id:RLA 309 218 G]] ; transmissions à vérifier chaque lundi.
* Tél de la fille de M. [[name:Mammadov]] : [[other_name:Leyla]] ([[phone:07 82 33 49 01]]) demande si son père peut passer les portiques de l'aéroport avec son DAI ; réponse : oui, montrer la carte.
* CR : DAI double chambre Boston Resonate, sonde VD n° [[id:4671-39 RC 552089]] ; patient : [[name:ROUSTAN]] [[name:Bernard]], né en [[date_partial:1950]] ; domicile [[address:14 impasse des Genêts]], [[postcode_city:07200 Aubenas]].
* Alerte impédance sonde chez Mme [[name:Chabanel]] [[name:Yvette]], [[address:hameau de Vernet]], [[postcode_city:07380 Meyras]] ; pas de réseau mobile au domicile, boîtier sur ligne fixe [[phone:04 75 94 11 62]].
- Suivi en présentiel annuel maintenu même sous télésurveillance ; contrôle de plaie à J10 par l'IDE.
* Implant cochléaire ? non, valve de dérivation programmable (Codman Hakim) chez [[name:Rousseau]] [[name:Timéo]], 9 ans ; réglage à 120 mm H2O ; carte porteur [[id:CH-4471-0093]] ; mère Mme [[other_name:Rousseau]] [[other_name:Élise]].
GUILLOT|Patrick|||||*|M. [[name:Guillot]] [[name:Patrick]], opéré d'une valve aortique percutanée (TAVI Edwards Sapien 3, n° [[id:S3-26-7712045]]) le [[date:24/11/2025]] ; sortie J3 ; ETT à 1 mois.
* Recall fabricant : les patients porteurs de sondes du lot 7741 sont convoqués ; M. [[name:Pigeon]] [[name:Albert]] et Mme [[name:Chapelle]] [[name:Denise]] ont un RDV le [[date_partial:16/12]].
""")

# Burns unit and hand emergencies: work and home accidents, grafts, dressings, employers, follow-up
ROWS.append(r"""
# Burns centre admissions and dressings, SOS mains, work accident declarations; a firm that employs stays, a site where the patient lives goes.
* Centre de brûlés, entrée [[date:30/11/2025]] 22h40 : M. [[name:Patel]] [[name:Hiren]], 38 ans, brûlure par flamme (friteuse) 18 % SCT, 2e degré profond des mains et du visage ; restaurant de la famille, [[address:La Route des Épices]], [[address:21 rue de Wazemmes]], [[postcode_city:59000 Lille]].
- Réanimation : Parkland 4 mL/kg/% SCT, diurèse horaire, analgésie par morphine, bilan d'inhalation (fibroscopie) négatif.
SHAH|Aarav|||||*|Brûlure par eau bouillante de [[name:Aarav]] [[name:Shah]], 2 ans, 6 % (thorax, bras G) ; la mère, Mme [[other_name:Shah]] [[other_name:Nirali]], a renversé la casserole ; pansements sous MEOPA tous les 2 jours.
* SOS mains 02h15 : M. [[name:NAIR]] [[name:Rajesh]], section des fléchisseurs FDP et FDS de D3 et D4 main droite par une disqueuse ; zone II ; réparation en urgence par Dr [[other_name:Menon]] ; immobilisation selon Kleinert.
- Rééducation de la main : attelle dorsale de protection, mobilisation passive protégée dès J2, ergothérapeute 3 fois par semaine.
* Accident du travail : M. [[name:Reddy]] [[name:Venkat]], cariste chez un transporteur, main écrasée par un transpalette le [[date:04/12/2025]] à 5h30 ; certificat initial remis ; employeur : Trans-Nord Logistique.
* Mme [[name:Coumarassamy]] [[name:Vasanthi]], née le [[date:08/06/1967]] à Pondichéry, brûlure au 3e degré de la jambe par un saree en feu (lampe à huile) ; greffe de peau mince le [[date_partial:5/12]] ; fils M. [[other_name:Coumarassamy]] [[other_name:Anand]].
SOUPRAMANIEN|Joseph|||||*|M. [[name:Soupramanien]] [[name:Joseph]], 71 ans, brûlure électrique (haute tension) en taillant une haie sous une ligne ; point d'entrée main G, sortie pied D ; CPK 4800 ; Holter 24 h ; fille Mme [[other_name:Canagaradjou]] [[other_name:Mireille]] au [[phone:01 48 37 20 55]].
* Brûlure chimique par soude (déboucheur) chez Mme [[name:Iyer]] [[name:Lakshmi]] : lavage abondant 30 min, avis ophtalmo Dr [[other_name:Krishnan]] : pas d'atteinte cornéenne ; sortie avec pansement gras.
- Greffe de peau : pansement de greffe à J5, prise à 95 %, site donneur (cuisse) en cours d'épidermisation.
* Transfert vers le CTB de Lyon de M. [[name:Pillai]] [[name:Suresh]], 55 ans, 35 % SCT après explosion d'une bouteille de gaz à son domicile, [[address:12 chemin de la Croix-Rousse]], [[postcode_city:26000 Valence]] ; épouse [[other_name:Deepa]] prévenue par la gendarmerie.
* Amputation traumatique de P2 de l'index D (porte de garage) chez [[name:Thomas]] [[name:Joel]], 6 ans (famille syro-malabare) ; replantation non possible ; régularisation au bloc ; père M. [[other_name:Thomas]] [[other_name:Varghese]].
KUMAR|Arjun|||||*|Morsure humaine main D (coup de poing sur une dent) chez M. [[name:Kumar]] [[name:Arjun]], 24 ans : arthrite de la MCP de D5 ; lavage au bloc le [[date:01/12/2025]] ; amoxicilline-acide clavulanique 10 jours.
* Déclaration d'AT n° [[id:AT-2025-118-4471]] : Mme [[name:Naidu]] [[name:Padmavathi]], aide-cuisinière, brûlure à l'huile de l'avant-bras D ; arrêt jusqu'au [[date:20/12/2025]] ; adresse [[address:Résidence Les Tamaris, bât. C, apt 14]], [[postcode_city:13014 Marseille]].
- Prévention des brûlures domestiques : poignées des casseroles tournées vers l'intérieur, pas de bain sans vérifier l'eau au thermomètre.
* Brûlure par pétard (nuit du Nouvel An anticipée) chez [[name:Desai]] [[name:Karan]], 15 ans : brûlures de la paume et de la cornée ; signalement à faire ? non ; consultation de contrôle le [[date:12/12/2025]] avec son père [[other_name:Mehul]].
* Main gauche de M. [[name:Chettiar]] [[name:Ravi]] happée par une presse (usine de [[address:ZI des Paluds]], [[postcode_city:13400 Aubagne]] ; il y vit dans un logement de fonction) : fractures ouvertes de 4 métacarpiens, fixateur externe.
* Suivi cicatrices : Mme [[name:Ramaswamy]] [[name:Priya]], vêtement compressif sur mesure (2e paire commandée le [[date_partial:2 décembre]]), massage, crème ; cure thermale d'Avène demandée pour [[date_partial:mai 2026]].
- Thermalisme : la cure des grands brûlés est prise en charge à 65 % ; hébergement à la charge du patient.
GANESAN|Karthik|||||*|Brûlure du 2e degré superficiel de la main par un fer à repasser chez [[name:Karthik]] [[name:Ganesan]], 19 ans, étudiant ; adresse en résidence CROUS [[address:chambre 318, résidence Paul Appell]], [[postcode_city:67000 Strasbourg]] ; tél [[phone:07 53 20 81 46]].
* SOS mains (message à l'interne de garde) : "amputé du pouce à [[address:la scierie Vigneron]], arrive par le SAMU, c'est M. [[name:Tisserand]] [[name:Éric]], 52 ans, il habite sur place" ; pouce conservé dans la glace.
* Lambeau inguinal pour perte de substance dorsale de la main de M. [[name:Rao]] [[name:Srinivas]] ; sevrage du lambeau le [[date:18/12/2025]] ; arrêt de travail jusqu'au [[date_partial:février 2026]].
* Appel de l'épouse de M. [[name:Menon]] [[name:Ajay]] ([[other_name:Anjali]], [[email:anjali.menon82@gmail.com]]) : il a retiré son attelle, doigts raides ; avancer le RDV d'ergothérapie.
- Brûlures du visage : masque compressif thermoformé, à porter 23 h/24 pendant un an.
""")

# Suicide-prevention recontact (VigilanS), crisis lines, postcards, call logs
ROWS.append(r"""
# Recontact calls after a suicide attempt, crisis cards, the 3114 line; the sensitive words labeled as the earlier sets do.
* VigilanS - appel J10 : Mme [[name:Goldberg]] [[name:Rachel]], 27 ans, [[diag_mental:IMV]] le [[date:24/11/2025]] (paracétamol + zopiclone) ; répond, va mieux, RDV CMP pris le [[date_partial:11/12]] ; mère Mme [[other_name:Goldberg]] [[other_name:Ruth]] présente.
- Dispositif de recontact : carte ressource remise à la sortie, appel entre J10 et J21, cartes postales personnalisées pendant six mois.
ROSENZWEIG|David|||||*|Recontact : M. [[name:Rosenzweig]] [[name:David]] ne répond pas (3 appels, messagerie) ; SMS envoyé au [[phone:06 44 18 72 35]] ; alerte au Dr [[other_name:Halimi]] (psychiatre traitant).
* Appel entrant 3114 à 02h40 : homme de 45 ans, [[diag_mental:idées suicidaires]] avec scénario, [[diag_addict:alcoolisé]] ; se nomme [[name:Lukashevich]] [[name:Andrei]], biélorusse, seul à [[address:l'hôtel Formule 1 de Villepinte, chambre 112]] ; SAMU envoyé.
* Carte postale n° 3 envoyée le [[date:28/11/2025]] à Mme [[name:Tamm]] [[name:Kadri]], [[address:4 rue Lamartine]], [[postcode_city:33400 Talence]] ; retour NPAI le [[date_partial:4/12]] ; nouvelle adresse à chercher.
- Veille post-crise : la personne peut rappeler le numéro de la carte à tout moment ; le dispositif ne remplace pas le suivi habituel.
* Mme [[name:Evans]] [[name:Bethan]], galloise, étudiante Erasmus, [[diag_mental:TS]] par phlébotomie le [[date_partial:15 novembre]] ; rapatriée à Cardiff ; relais au GP Dr [[other_name:Llewellyn]], [[email:reception.llandaff@wales.nhs.uk]].
SAAR|Marika|||||*|Appel J21 : Mme [[name:Saar]] [[name:Marika]] dit avoir arrêté son [[diag_mental:Seroplex]] seule ; [[diag_mental:idées noires]] sans projet ; conseil : en parler au MT ; rappel convenu le [[date:19/12/2025]].
* Urgences psychiatriques : M. [[name:Kaminer]] [[name:Léon]], 68 ans, veuf depuis [[date_partial:août]], [[diag_mental:crise suicidaire]], arme de chasse au domicile (remise aux gendarmes par son fils [[other_name:Daniel]]).
* Fiche VigilanS : NOM [[name:ZILBERMAN]] / PRENOM [[name:NOA]] / DDN [[date:03/04/2006]] / TEL [[phone:07 61 29 44 10]] / 2e [[diag_mental:TS]] / référent : Mme [[other_name:Perets]] (IDE).
- Ligne d'écoute : les appelants peuvent rester anonymes ; seuls le prénom et un numéro de rappel sont notés avec leur accord.
* Rappel d'une mère : son fils [[name:Mathieu]] [[name:Lacombe]], 17 ans, a envoyé un message d'adieu à son amie [[other_name:Inès]] ; localisation par la police : [[address:parc de la Tête d'Or]] ; pris en charge vers 23h.
* M. [[name:Jones]] [[name:Gareth]], touriste gallois, [[diag_mental:tentative de suicide]] par pendaison au gîte [[address:Les Hirondelles]], [[postcode_city:46160 Marcilhac-sur-Célé]] ; sa compagne Mme [[other_name:Morgan]] [[other_name:Cerys]] a coupé la corde.
PAYET|Sandrine|||||*|Recontact réunionnais (antenne océan Indien) : Mme [[name:Payet]] [[name:Sandrine]], [[address:chemin Lagourgue, Bras-Panon]], [[postcode_city:97412 Bras-Panon]] ; se dit « fatiguée de tout » ; [[diag_addict:rhum]] le soir ; CMP de Saint-Benoît recontacté.
* Envoi de SMS bienveillant au [[phone:0692 41 77 09]] (M. [[name:Hoarau]] [[name:Jean-Max]]) : pas de réponse ; le médecin généraliste Dr [[other_name:Nativel]] le verra lundi.
- Formation des répondants : évaluation du risque (urgence, dangerosité), repérage des moyens létaux, plan de sécurité écrit.
* Mme [[name:Lewis]] [[name:Sian]] ? non, [[name:Lewis]] [[name:Siân]] : [[diag_mental:IMV]] au [[diag_mental:lithium]] ([[diag_mental:Téralithe]]), [[diag_mental:lithiémie]] 2,8 ; réa ; fin de prise en charge VigilanS, relais par l'équipe de secteur.
* Père de [[name:Ilan]] [[name:Benchetrit]], 19 ans, appelle : son fils n'est pas rentré, a laissé un mot ; téléphone du fils [[phone:06 58 02 39 14]] éteint ; l'équipe alerte le commissariat de Créteil.
* Appel J15 : M. [[name:Kask]] [[name:Toomas]] (estonien, chauffeur routier) joint sur la route, [[diag_mental:dépression]] traitée, n'a pas repris son travail ; adresse du camion : non ; domicile [[address:11 allée des Bouleaux]], [[postcode_city:51100 Reims]].
- Postvention : un groupe de parole est proposé aux collègues de la personne décédée, avec l'accord de la famille.
KOGAN|Miriam|||||*|Mme [[name:Kogan]] [[name:Miriam]], 82 ans : [[diag_mental:idées suicidaires]] depuis le décès de son mari ; fille [[other_name:Sarah]] [[other_name:Kogan-Weil]] à Tel-Aviv, joignable au [[phone:+972 54 331 2087]] ; passage de l'IDE à domicile tous les jours.
* Appel 3114 de Mme [[name:Prince]] [[name:Valérie]] pour son conjoint M. [[other_name:Dauphin]] [[other_name:Marc]] qui a verbalisé vouloir mourir ; conseils, orientation vers les urgences du CHU de Nantes.
* Courrier VigilanS au Dr [[other_name:Cordonnier]], [[address:3 place du Marché]], [[postcode_city:39000 Lons-le-Saunier]] : sa patiente Mme [[name:Jeunet]] [[name:Émilie]] est sortie du dispositif au terme des six mois, sans récidive.
""")

# Pathology, biobanks, molecular tumour boards: specimen, block and slide numbers, consents
ROWS.append(r"""
# Pathology requests and reports, tumour bank consents, molecular boards, second opinions; numbers of specimens go, gene names and scores stay.
* ANAPATH examen n° [[id:B25-18834]] : biopsies gastriques de M. [[name:Wong]] [[name:Ka-Ming]] (né le [[date:17/02/1958]]) : adénocarcinome peu cohésif, HER2 score 1+, MMR conservé ; prescripteur Dr [[other_name:Lefort]].
- Technique : fixation formol 6 à 72 h, inclusion en paraffine, HES, immunohistochimie sur automate ; délai de rendu 5 jours ouvrés.
CHAN|Siu-Fong|||||*|Demande de relecture : lames [[id:H25-4471/A1 à A6]] de Mme [[name:Chan]] [[name:Siu-Fong]] envoyées au réseau LYMPHOPATH le [[date:02/12/2025]] ; lymphome folliculaire grade 3A ?
* Biobanque : consentement signé par M. [[name:Hsu]] [[name:Chia-Hao]] le [[date:25/11/2025]] pour la conservation de tissu tumoral ; échantillon [[id:CRB-25-007713]] ; congélation à -80 °C, boîte 14.
* RCP moléculaire du [[date_partial:jeudi 4 décembre]] : Mme [[name:Suharti]] (indonésienne, un seul nom), CBNPC, mutation EGFR exon 19 (délétion) ; osimertinib proposé ; bloc [[id:P24-22019 B3]].
- Panel NGS 52 gènes : KRAS G12C non muté, ALK et ROS1 négatifs en IHC, PD-L1 (22C3) TPS 60 %.
* Extemporané salle 6 : [[name:TAN]] [[name:Boon Huat]], nodule thyroïdien : lésion folliculaire, attendre la définitive ; chirurgien Pr [[other_name:Delmas]].
* Prélèvement non conforme : pot sans étiquette reçu à 15h du service de gynécologie ; identité reconstituée avec le bon : Mme [[name:Lim]] [[name:Mei Ling]], IPP [[id:{ipp}]] ; fiche de non-conformité [[id:NC-2025-0419]].
LIAO|Jun-Wei|||||*|Cytoponction ganglionnaire de M. [[name:Liao]] [[name:Jun-Wei]] : cellules de Reed-Sternberg, aspect évocateur de lymphome de Hodgkin ; compléter par biopsie exérèse ; courrier au Dr [[other_name:Nguyen-Ba]].
* Autopsie médicale demandée par la famille de M. [[name:Wijaya]] [[name:Budi]] (fils [[other_name:Andi]] [[other_name:Wijaya]], [[phone:06 27 81 40 55]]) ; autorisation signée le [[date:01/12/2025]] ; corps au dépositoire.
- Consentement à la recherche : le patient peut retirer son accord à tout moment ; les échantillons sont alors détruits.
* Frottis cervico-utérin (dépistage) de Mme [[name:Kusuma]] [[name:Dewi]], née en [[date_partial:1979]] : test [[diag_sti:HPV]] positif ([[diag_sti:HPV 16]]), cytologie ASC-US ; colposcopie chez Dr [[other_name:Martineau]].
* Relecture d'un sarcome pour M. [[name:Leung]] [[name:Chi-Keung]] : blocs prêtés par le laboratoire privé Cypath (n° [[id:25-CY-08817]]) à retourner avant le [[date:31/12/2025]].
* Dermatopathologie : exérèse d'un naevus du dos chez [[name:Huang]] [[name:Yi-Ting]] (taïwanaise, 31 ans) : mélanome superficiel extensif, Breslow 0,6 mm, Clark III ; reprise à 1 cm.
- Marges : limite profonde saine à 2 mm ; pas d'ulcération ; index mitotique < 1/mm².
* Tumorothèque : liste des échantillons sortis le [[date:03/12/2025]] pour le projet MOSAIC : [[id:CRB-24-01188]], [[id:CRB-24-01190]], [[id:CRB-25-00271]] ; aucun nom transmis.
CHEUNG|Wai-Lun|||||*|Mail du laboratoire : "Bonjour, pour M. [[name:Cheung]] [[name:Wai-Lun]] il nous manque la feuille de demande du [[date_partial:27/11]], merci de la faxer au [[phone:02 99 28 43 17]]. Cordialement, [[other_name:Solène]] [[other_name:Le Gall]], secrétariat anapath."
* Biopsie prostatique (12 carottes) de M. [[name:Setiawan]] [[name:Agus]] : adénocarcinome Gleason 3+4 = 7 (ISUP 2) sur 3 carottes à gauche ; IRM à revoir en RCP ; dossier [[id:{ipp}]].
* Examen de pièce : colectomie de Mme [[name:Ho]] [[name:Thanh Tâm]] ? non, patiente Mme [[name:Ho]] [[name:Sau-Ying]] (erreur d'étiquette corrigée) ; 0/18 ganglions envahis ; pT3 N0.
- Contrôle qualité : double lecture systématique des biopsies mammaires B5 et des lésions mélanocytaires ambiguës.
* Génétique somatique : variant BRCA2 c.5946del retrouvé dans la tumeur ovarienne de Mme [[name:Pratama]] [[name:Rina]] ; consultation d'oncogénétique proposée, sœur Mme [[other_name:Pratama]] [[other_name:Sari]] à informer ?
* ANAPATH / fax illisible : "Pat. : [[name:LEE]] [[name:SOOK-JIN]] -- N° : [[id:B25 19 302]] -- Né(e) : [[date:O9/O7/1962]] -- Renseignements : nodule sein D ACR 4".
* M. [[name:Mok]] [[name:Kwok-Wah]], sujet-contrôle de la cohorte HEPATOCAN, prélèvement sanguin n° [[id:HC-0447-S2]] du [[date:05/12/2025]] ; numéro de participant [[id:HC-0447]].
""")

# Stroke unit, thrombolysis alerts, epilepsy, fitness to drive (licences, plates)
ROWS.append(r"""
# Stroke alerts with times, NIHSS, thrombectomy transfers; epilepsy follow-up; the préfecture's medical commission; cars and their plates.
* Alerte thrombolyse 14h22 : M. [[name:Al-Qahtani]] [[name:Faisal]], 56 ans, touriste saoudien, hémiplégie D + aphasie, NIHSS 17, début 13h40 à [[address:l'hôtel Le Négresco, chambre 512]] ; passeport [[id:K 0771245]].
- Thrombolyse IV à 14h51 (altéplase 0,9 mg/kg) ; transfert pour thrombectomie décidé après l'angio-scanner (occlusion M1 gauche).
BARGHOUTI|Samer|||||*|UNV : M. [[name:Barghouti]] [[name:Samer]], né le [[date:06/06/1971]], AVC ischémique sylvien G ; FA découverte ; apixaban à J4 ; épouse Mme [[other_name:Barghouti]] [[other_name:Lina]] au [[phone:07 66 31 08 52]] ; traduction par le neveu [[other_name:Tarek]].
* Épilepsie : Mme [[name:Shamoun]] [[name:Ninive]] (chaldéenne d'Irak), crises focales, lamotrigine ; pas de crise depuis le [[date_partial:mars 2025]] ; [[diag_preg:grossesse]] envisagée ? non, pas de projet ; permis B suspendu jusqu'à nouvel avis.
* Commission médicale du permis de conduire (préfecture) : M. [[name:Yalda]] [[name:Fadi]], permis n° [[id:12AB34567]] ; avis : apte temporaire 1 an ; ophtalmo Dr [[other_name:Isho]] ; dossier [[id:CMPC-92-2025-1184]].
- Après un AVC, la conduite est déconseillée au moins 6 mois ; avis de la commission si séquelles.
* Accident de la route après crise d'épilepsie : M. [[name:Abdelrahman]] [[name:Mostafa]], 29 ans, voiture Clio immatriculée [[id:GH-482-TK]] ; pas de tiers blessé ; bilan : EEG le [[date_partial:10/12]], IRM.
* Patient conduit par son fils [[other_name:Karim]] dans une Peugeot 308 ([[id:FX 913 PL]]) garée sur le dépose-minute : M. [[name:Hassanein]] [[name:Ahmed]], AIT de 20 min, ABCD2 5 ; hospitalisé en UNV.
YUSUPOV|Timur|||||*|M. [[name:Yusupov]] [[name:Timur]], ouzbek, chauffeur VTC, 2e crise généralisée ; carte professionnelle VTC n° [[id:VTC-075-2022-44817]] ; informé de l'interdiction de conduire ; employeur : plateforme.
* Thrombectomie au CHU : Mme [[name:Rahimova]] [[name:Dilnoza]] (tadjike) ; TICI 2b ; NIHSS de sortie 3 ; retour à [[address:foyer Adoma, 14 rue des Glycines, ch. 208]], [[postcode_city:93200 Saint-Denis]].
- Rééducation : orthophonie pour aphasie de Broca résiduelle, kiné pour membre supérieur D, ergothérapie pour le retour à domicile.
* UNV, transmissions de nuit : lit 4 M. [[name:Nurmagambetov]] [[name:Yerlan]] : NIHSS 6 stable ; lit 7 Mme [[name:Vidal]] [[name:Josette]] : transformation hémorragique, neurochir avertie ; lit 9 M. [[name:Boyer]] [[name:Marcel]] : RAS.
* Fax de la préfecture : M. [[name:Hamdan]] [[name:Yousef]], né le [[date:12.01.1988]] à Naplouse, convocation à la commission le [[date:08/01/2026]] à 9h30, [[address:bureau 12, cité administrative]], [[postcode_city:67000 Strasbourg]].
* Suivi épilepsie : [[name:Mammadova]] [[name:Aynur]], 16 ans, absences, valproate contre-indiqué (fille), lévétiracétam ; scolarité au lycée Kléber ; mère Mme [[other_name:Mammadova]] [[other_name:Sevinj]].
- Conduite et épilepsie : aptitude possible après un an sans crise, avis du neurologue et de la commission.
ALMANSOURI|Khalid|||||*|Transfert par avion sanitaire vers Doha de M. [[name:Al-Mansouri]] [[name:Khalid]] demandé par l'ambassade ; contact attaché médical M. [[other_name:Al-Kuwari]] [[email:medical.attache@qatar-emb.fr]] ; NIHSS 9.
* AVC du jeune : [[name:Ibrahim]] [[name:Youssef]], 34 ans, dissection carotidienne après une séance de chiropraxie ; déclaration faite ; domicile [[address:27 rue Ernest Renan]], [[postcode_city:92130 Issy-les-Moulineaux]].
* Voiture de Mme [[name:Saleh]] [[name:Mariam]] laissée sur le parking des urgences (Toyota Yaris, plaque [[id:EM-217-RB]], clés à l'accueil) ; son mari [[other_name:Nabil]] viendra la chercher.
* EEG de veille : [[name:Aliev]] [[name:Ruslan]], 22 ans, pointes-ondes généralisées à 3 Hz, photosensibilité ; conduite des véhicules interdite ; RDV le [[date:22/12/2025]] au CHU de Lille.
- Scores : NIHSS, Rankin modifié, ASPECTS à 8 sur le scanner initial ; pas de critère d'exclusion à la thrombolyse.
* Appel du SAMU : patient de 71 ans, M. [[name:Chamoun]] [[name:Elias]], aphasie brutale à 9h10 au [[address:12 allée des Acacias, résidence Le Parc, bât. B]], [[postcode_city:69500 Bron]] ; vient en UNV directement.
* Courrier de sortie : M. [[name:Sabirov]] [[name:Bakhtiyor]] peut reprendre son travail de cariste après avis du médecin du travail Dr [[other_name:Fournier]] ; pas de conduite de poids lourds (permis C, [[id:19AA07812]]).
* Mme [[name:Kuznetsova]]... non, Mme [[name:Kenzhebekova]] [[name:Aliya]] (kazakhe) : migraine avec aura, pas d'AVC ; IRM normale ; sortie le [[date:05/12/2025]] avec son amie [[other_name:Dana]].
""")

# Rabies post-exposure centre, bites and animals; allergy clinic; hyperbaric and diving medicine
ROWS.append(r"""
# Animal bites and their owners (an animal's name is not labeled, its owner is), vaccination schedules, allergy tests, decompression.
* Centre antirabique : M. [[name:Akakpo]] [[name:Kossi]], mordu au mollet le [[date:29/11/2025]] par le chien Rocky de son voisin M. [[other_name:Lemaire]] [[other_name:Gérard]] ([[address:8 rue des Lilas]], [[postcode_city:60100 Creil]]) ; surveillance vétérinaire du chien J0-J7-J15.
- Protocole post-exposition : lavage 15 min, vaccin (Verorab) J0, J3, J7, J14 ; immunoglobulines si catégorie III ; lot de vaccin VR4471 noté au carnet.
HOUNGBEDJI|Afi|||||*|Mme [[name:Houngbédji]] [[name:Afi]], griffée par une chauve-souris au grenier de sa maison, [[address:lieu-dit Les Communaux]], [[postcode_city:58200 Cosne-Cours-sur-Loire]] ; catégorie III ; immunoglobulines antirabiques le [[date:02/12/2025]].
* Morsure de chat (Caramel, chat errant nourri par la patiente) chez Mme [[name:Adjovi]] [[name:Rosine]] : phlegmon de la main ; antibiothérapie ; vaccination antirabique débutée, chat non retrouvé.
* Retour du Maroc : [[name:Kpodar]] [[name:Elom]], 8 ans, léché sur une plaie par un chien errant à Marrakech le [[date_partial:20 novembre]] ; PPE débutée J0 le [[date_partial:3/12]] ; père M. [[other_name:Kpodar]] [[other_name:Yao]] au [[phone:06 90 14 37 28]].
- Animal mordeur connu et vacciné : certificats vétérinaires à J0, J7 et J14 ; arrêt du protocole si l'animal est en bonne santé à J14.
* Propriétaire de la chienne Praline (berger malinois) : Mme [[other_name:Ondo Mba]] [[other_name:Clarisse]], [[phone:07 58 20 66 13]] ; victime : le livreur M. [[name:Otieno]] [[name:Brian]], morsure de l'avant-bras, suture ; plainte déposée (PV n° [[id:2025/018744]]).
* Allergologie : Mme [[name:Nguema]] [[name:Pélagie]], 43 ans, anaphylaxie aux piqûres d'hyménoptères (guêpe) ; désensibilisation débutée le [[date:26/11/2025]] ; stylo Anapen 300 ; carte d'allergique remise.
WANJIRU|Grace|||||*|Tests cutanés de Mme [[name:Wanjiru]] [[name:Grace]] : prick positifs acariens (D. pteronyssinus 8 mm), chat 5 mm ; asthme allergique ; éviction du chat de la maison ? refus (chat Simba) ; corticoïde inhalé.
* Allergie aux pénicillines étiquetée chez M. [[name:Kamau]] [[name:Peter]] : test de provocation orale à l'amoxicilline négatif le [[date:04/12/2025]] ; désétiquetage ; courrier au MT Dr [[other_name:Lebrun]].
- Test de provocation : prise fractionnée sur 2 h sous surveillance ; adrénaline prête ; observation 2 h après la dernière dose.
* Caisson hyperbare : M. [[name:Omar Ali]] [[name:Houssein]] (djiboutien, plongeur de la Marine), accident de décompression médullaire après plongée à 45 m le [[date:01/12/2025]] ; table COMEX 30 ; numéro de moniteur [[id:FFESSM-29-11874]].
* Plongée loisir : Mme [[name:Achieng]] [[name:Mercy]], certificat de non contre-indication refusé (pneumothorax spontané en [[date_partial:2023]]) ; club de plongée de Banyuls.
MAHAMAT|Saleh|||||*|Intoxication au monoxyde de carbone : M. [[name:Mahamat]] [[name:Saleh]] (tchadien), sa femme [[name:Zara]] [[name:Mahamat]] et leurs trois enfants, chauffage d'appoint au [[address:2 rue du Four, 2e étage]], [[postcode_city:42000 Saint-Étienne]] ; séances de caisson pour la mère ([[diag_preg:enceinte]] de 5 mois).
* Oxygénothérapie hyperbare pour radionécrose mandibulaire : M. [[name:Adoum]] [[name:Abakar]], 20 séances du [[date:01/12/2025]] au [[date:26/12/2025]] ; transport par taxi conventionné (M. [[other_name:Dupré]], [[phone:06 07 42 81 90]]).
- Contre-indications au caisson : pneumothorax non drainé, certains traitements ; otoscopie avant chaque séance.
* Morsure de serpent (vipère aspic) chez [[name:Dossou]] [[name:Rodrigue]], 10 ans, en vacances au [[address:camping Le Lac Vert, emplacement 48]], [[postcode_city:05200 Embrun]] ; Viperfav ; mère Mme [[other_name:Dossou]] [[other_name:Bénédicte]].
* Allergie alimentaire : [[name:Agbodjan]] [[name:Kafui]], 6 ans, arachide ; PAI à l'école ; trousse d'urgence avec Epipen 0,15 ; mère [[email:akouvi.agbodjan@yahoo.fr]].
* Tique retirée du cuir chevelu de [[name:Mensah-Ologoudou]] [[name:Éli]] ; érythème migrant à J10 ; maladie de Lyme, amoxicilline 14 j ; le chien de la famille (Tigo) est traité.
* Morsure de rat au foyer d'hébergement ([[address:CHRS Le Relais, 5 quai de la Loire]], [[postcode_city:44000 Nantes]]) chez M. [[name:Guelleh]] [[name:Ismaël]] ; leptospirose ? sérologie ; signalement au gestionnaire.
- Rage : aucun cas humain autochtone en France métropolitaine ; les expositions à l'étranger restent la première cause de consultation.
* Lettre du vétérinaire Dr [[other_name:Fauré]] (clinique vétérinaire des Tilleuls) : le chat Mistigri de Mme [[name:Kouton]] [[name:Fifamè]] est vivant et en bonne santé à J14 ; arrêt de la vaccination de la patiente.
""")

# Child protection (information préoccupante, CRIP, ASE, juvenile judges) and domestic violence
ROWS.append(r"""
# Reports, placements, hearings, shelters; the child is the patient, parents and the other party are others; case numbers are ids.
* Information préoccupante transmise à la CRIP 58 le [[date:02/12/2025]] (réf. [[id:IP-58-2025-0771]]) concernant [[name:Lucas]] [[name:Guillemin]], 4 ans, ecchymoses multiples d'âges différents ; mère Mme [[other_name:Guillemin]] [[other_name:Aurélie]], [[address:6 rue du Rivage]], [[postcode_city:58000 Nevers]].
- Signalement au procureur si danger grave et immédiat ; sinon information préoccupante au conseil départemental.
HERNANDEZ|Valentina|||||*|Mme [[name:Hernández]] [[name:Valentina]], 32 ans, mexicaine, violences conjugales (coups, strangulation) ; ITT 8 jours ; mise à l'abri au [[address:foyer Flora Tristan]] (adresse confidentielle) ; conjoint M. [[other_name:Ruiz]] [[other_name:Alejandro]] en garde à vue.
* Audience du juge des enfants (Mme [[other_name:Jacquemin]], TJ de Besançon) le [[date:15/12/2025]] : placement de [[name:Enzo]] [[name:Cuenot]] et [[name:Lola]] [[name:Cuenot]] à l'ASE ; dossier [[id:225/00418]].
* Bébé secoué ? [[name:Noé]] [[name:Girod]], 3 mois, hématome sous-dural + hémorragies rétiniennes ; père M. [[other_name:Girod]] [[other_name:Kévin]] ; signalement au parquet de Lons-le-Saunier ; numéro parquet [[id:25 338 000 412]].
- Protocole enfance en danger : hospitalisation de protection, bilan squelette, fond d'œil, photos, avis de l'UAPED.
* UAPED : audition filmée de [[name:Camila]] [[name:Rodríguez]], 9 ans, le [[date_partial:4 décembre]] ; enquêteur brigade des mineurs M. [[other_name:Mangin]] ; mère Mme [[other_name:Pérez]] [[other_name:Yuleisy]] (cubaine) ; psychologue présente.
GONZALEZ|Mariana|||||*|Violences conjugales : Mme [[name:González]] [[name:Mariana]] (vénézuélienne) ; l'agresseur, M. [[other_name:Castillo]] [[other_name:Jhon]], a une voiture Renault Mégane grise [[id:FS-772-QH]] et rôde près de l'école ; téléphone grave danger attribué le [[date:01/12/2025]].
* Certificat pour ordonnance de protection : Mme [[name:Schwartz]] [[name:Laetitia]], [[address:3 rue de la Fontaine]], [[postcode_city:57100 Thionville]] ; plaintes antérieures ([[id:PV 2024/006512]], [[id:PV 2025/001209]]) ; enfants [[other_name:Tom]] et [[other_name:Emma]].
* Placement d'urgence : [[name:Ayelén]] [[name:Sosa]], 14 ans (argentine), fugue, hébergée à la [[address:Maison de l'enfance, 19 avenue Jean Jaurès]], [[postcode_city:25200 Montbéliard]] ; éducatrice référente Mme [[other_name:Vuillemot]] ([[phone:03 81 99 20 14]]).
- Les parents gardent l'autorité parentale sauf décision contraire du juge ; ils sont informés de l'hospitalisation.
* Enfant [[name:Jade]] [[name:Ferreira Lopes]], 7 ans, dit que « papa tape maman » ; consultation avec la mère Mme [[other_name:Lopes]] [[other_name:Sabrina]] qui refuse de porter plainte ; info au médecin scolaire Dr [[other_name:Beaupoil]].
* Mme [[name:Martínez]] [[name:Guadalupe]], née le [[date:30/09/1990]], [[diag_preg:enceinte]] de 28 [[diag_preg:SA]], coups au ventre ; monitoring normal ; assistante sociale Mme [[other_name:Régnier]] ; hébergement à l'[[address:hôtel Ibis Budget, ch. 17]] payé par le 115.
MOREY|Kylian|||||*|Ordonnance de placement provisoire n° [[id:OPP-39-2025-117]] pour [[name:Kylian]] [[name:Morey]], 11 ans ; famille d'accueil Mme [[other_name:Jeunet]] [[other_name:Sylvie]], [[address:12 route de Poligny]], [[postcode_city:39800 Bersaillin]] ; visites médiatisées le mercredi.
* Appel du commissariat : le conjoint de Mme [[name:Aguirre]] [[name:Florencia]] se présente aux urgences pour la voir ; ne pas communiquer de chambre ; patiente sous X pour les visites ; pseudonyme administratif [[id:PATIENT-ANON-0412]].
- Certificat de constatation : décrire sans interpréter, dater, mentionner les dires entre guillemets, ITT au sens pénal.
* Suivi ASE : [[name:Dylan]] [[name:Humbert]], 16 ans, foyer [[address:Les Cèdres, 4 rue Pasteur]], [[postcode_city:58640 Varennes-Vauzelles]] ; [[diag_addict:cannabis]] quotidien ; éducateur M. [[other_name:Régis]] [[other_name:Pernot]].
* Violences sur personne âgée : Mme [[name:Gauthier]] [[name:Simone]], 88 ans, son petit-fils [[other_name:Anthony]] [[other_name:Gauthier]] lui prend sa retraite ; signalement au procureur ; mandataire judiciaire demandée ; maison [[address:lieu-dit Champ-Rond]], [[postcode_city:58300 Decize]].
* Tél grave danger : numéro attribué à Mme [[name:Orozco]] [[name:Paola]] : [[phone:06 19 33 70 82]] ; ne pas noter dans le DPI l'adresse du foyer ; contact de l'association France Victimes 58, Mme [[other_name:Blanchot]].
- Mutilations sexuelles : examen, certificat, information sur la loi, orientation vers une consultation spécialisée.
* Courrier du juge aux affaires familiales (Mme [[other_name:Duvernois]]) : droit de visite du père M. [[other_name:Vázquez]] [[other_name:Diego]] suspendu ; l'enfant [[name:Mateo]] [[name:Vázquez]] reste chez sa mère, [[address:7 impasse des Ormes]], [[postcode_city:25000 Besançon]].
* Mme [[name:Pereyra]] [[name:Luciana]], [[email:luciana.pereyra.ar@gmail.com]], [[phone:+54 9 11 4432 7781]], touriste agressée dans la rue : examen UMJ, prélèvements ; ambassade d'Argentine prévenue.
""")

# Hospital-at-home pharmacy: deliveries, courier logs, chemotherapy at home, returns, cold chain
ROWS.append(r"""
# The PUI of an HAD: delivery rounds, door codes and lieux-dits, couriers' notes, cold chain, drugs returned; semicolon logs.
* Tournée PUI HAD du [[date:03/12/2025]] : 1) M. [[name:Lacoste]] [[name:Firmin]], [[address:lieu-dit Pech-Merle]], [[postcode_city:46330 Cabrerets]] : poches de nutrition parentérale x7 ; 2) Mme [[name:Delpech]] [[name:Odette]], [[address:3 côte de Cabessut]], [[postcode_city:46000 Cahors]] : pansements.
- Chaîne du froid : glacière validée 2-8 °C, enregistreur de température joint, relevé à l'arrivée noté sur le bon.
LAFON|Germaine|||||*|Livraison chimiothérapie à domicile (azacitidine) chez Mme [[name:Lafon]] [[name:Germaine]] ; accès : [[address:maison après le lavoir, chemin de la Garrigue]], [[postcode_city:24200 Sarlat-la-Canéda]] ; chien dans la cour ; prévenir la fille [[other_name:Brigitte]] au [[phone:06 81 27 54 90]].
* Coursier : "digicode [[address:4B21]], 3e gauche, nom sur la boîte [[name:Vignal-Teyssier]]" ; patient M. [[name:Vignal]] [[name:Paul]], [[address:22 bd de la Liberté]], [[postcode_city:07000 Privas]] ; livré 11h15 à l'épouse.
* Retour des stupéfiants non utilisés de feu M. [[name:Bouscarel]] [[name:Léon]] : 14 ampoules de morphine 10 mg rapportées par le neveu M. [[other_name:Roumégous]] [[other_name:Daniel]] le [[date_partial:2/12]] ; destruction tracée.
- Médicaments de la réserve hospitalière : délivrance par la PUI uniquement, ordonnance sécurisée, traçabilité des lots.
* Bon de livraison n° [[id:BL-HAD-25-04418]] : pompe PCA (Rythmic Evolution) et 2 cassettes de 100 mL pour Mme [[name:Jouve]] [[name:Lucienne]], [[address:La Croix du Pal]], [[postcode_city:07530 Antraigues-sur-Volane]].
MALLET|Roger|||||*|Livraison impossible le [[date_partial:mardi 2 décembre]] : route coupée (neige) vers [[address:hameau des Rousses d'Amont]], [[postcode_city:39220 Les Rousses]] ; M. [[name:Mallet]] [[name:Roger]] a 2 jours de stock ; relivraison par la gendarmerie ?
* Pharmacienne HAD (Dr [[other_name:Cantagrel]]) : conciliation à l'entrée de Mme [[name:Bouygues]] [[name:Irène]] ; 11 lignes, 2 divergences (Lasilix, Kardegic) ; officine de ville : pharmacie [[other_name:Pradines]], [[phone:05 65 35 12 48]].
* Stock au domicile de M. [[name:Teyssandier]] [[name:Julien]] : antibiotique IV (ceftriaxone) pour 10 jours ; pose de PICC line le [[date:28/11/2025]] ; IDE libérale Mme [[other_name:Marty]] ; boîte à clé code [[address:1-9-4-7]].
- Déchets d'activités de soins : collecteur jaune fourni, enlèvement à la fin de la prise en charge par le prestataire.
* SMS du livreur 16:42 : "Mme [[name:CHASTAING]] absente, colis laissé chez la voisine Mme [[other_name:BOURDIN]] au [[address:n°14]], ok ?" Réponse PUI : non, jamais de stupéfiants chez un tiers ; retour à la PUI.
* Ordonnance d'entrée HAD : Mme [[name:Rieux]] [[name:Marthe]], née le [[date:29/02/1936]] ; GHT du Lot ; domicile [[address:le bourg]], [[postcode_city:46160 Cajarc]] ; médecin traitant Dr [[other_name:Lagarrigue]] (RPPS [[rpps:{rpps:1000338214}]]).
COMBES|Tilio|||||*|HAD pédiatrique : [[name:Combes]] [[name:Tilio]], 5 ans, leucémie, entretien par 6-mercaptopurine et méthotrexate ; livraison tous les lundis chez les parents, [[address:Mas de la Borie]], [[postcode_city:48000 Mende]] ; père [[other_name:André]].
* Erreur de livraison : poche de Mme [[name:Daudé]] [[name:Jeanne]] livrée chez M. [[name:Daudet]] [[name:Jean]] (homonymie partielle, même village) ; récupérée à 18h ; déclaration d'événement indésirable [[id:EI-HAD-2025-077]].
- Rétrocession : médicaments hospitaliers délivrés aux patients ambulatoires, facturés à l'assurance maladie.
* Courrier : "Madame [[name:Fraysse]], votre prochaine livraison aura lieu le [[date:10 décembre 2025]] entre 9h et 12h ; pour toute question : [[email:pui.had@ch-figeac.fr]] ou [[phone:05 65 50 65 00]]."
* Transmissions HAD (DAR) : D : M. [[name:Laborie]] [[name:Pierre]], douleur non contrôlée ; A : bolus PCA x3 ; R : EVA 3 à 20h ; épouse [[other_name:Colette]] rassurée ; [[address:ferme de Lacam]], [[postcode_city:12260 Villeneuve]].
* Stupéfiants HAD : registre signé par l'IDE [[other_name:Audrey M.]] et la pharmacienne ; patient [[name:Fouilhoux]] [[name:René]] ; 5 patchs de fentanyl 50 restants ; transmission à la PUI.
* HAD obstétricale : Mme [[name:Valette]] [[name:Camille]], [[diag_preg:menace d'accouchement prématuré]] à 31 [[diag_preg:SA]], livraison d'Adalate ; sage-femme Mme [[other_name:Sirven]] passe tous les 2 jours ; [[address:12 chemin de Labouysse]], [[postcode_city:46090 Mercuès]].
- Délai de livraison : commande avant 14h pour une livraison le lendemain ; urgences le jour même selon la tournée.
* Fin de prise en charge HAD de M. [[name:Capdeville]] [[name:Jean-Pierre]] (décès à domicile le [[date:04/12/2025]]) ; récupération du matériel (lit, matelas, pompe) le [[date_partial:8/12]] ; fils [[other_name:Olivier]] présent.
""")

# Réunion, Mayotte and Madagascar: EVASAN, home logbooks, Creole, lieux-dits and ravines, names that are words
ROWS.append(r"""
# Evacuations from Mayotte and Madagascar to Réunion, SSIAD logbooks in the Hauts, Creole words, 0262/0692/0269 phones.
* EVASAN Mayotte -> Saint-Denis : Mme [[name:Madi]] [[name:Zaïnaba]], née le [[date:01/01/1998]] à Mamoudzou, [[diag_preg:prééclampsie]] sévère à 30 [[diag_preg:SA]] ; accompagnée de sa sœur [[other_name:Anlia]] ; adresse [[address:quartier Cavani Sud]], [[postcode_city:97600 Mamoudzou]].
- EVASAN : accord du médecin régulateur du CHU, billet d'avion de l'accompagnant à la charge de la CSSM.
GRONDIN|Marie-Josée|||||*|SSIAD des Hauts : Mme [[name:Grondin]] [[name:Marie-Josée]], 81 ans, [[address:chemin Ceinture, Bras-Sec]], [[postcode_city:97413 Cilaos]] ; la route est coupée par l'éboulis ; passage de l'IDE à pied ; fils [[other_name:Jean-Hugues]] au [[phone:0692 85 14 73]].
* Transmissions : M. [[name:TECHER]] [[name:Jean-Paul]] la pa manz (ne mange pas) depuis 2 jours, fatigué ; glycémie 3,1 ; resucrage ; Dr [[other_name:Maillot]] appelé ; case en bois sous les letchis, [[address:impasse des Goyaviers, Grand-Coude]], [[postcode_city:97480 Saint-Joseph]].
* Evasan de Madagascar : M. [[name:Rakotondrabe]] [[name:Andry Nirina]], CIN malgache [[id:101 231 045 678]], polytraumatisé (accident de taxi-brousse) ; assurance [[id:MSH-INT-25-99017]] ; frère [[other_name:Hajaniaina]] [[other_name:Rakotondrabe]] à Antananarivo ([[phone:+261 34 12 445 67]]).
* M. [[name:Clain]] [[name:Jean-Marc]], 62 ans, dengue ; vit [[address:rue Maillot, Bois-de-Nèfles]] ; épouse Mme [[other_name:Baret]] [[other_name:Josiane]] ; pas de signe d'alerte ; NFS le [[date_partial:lundi 8]].
- Lutte antivectorielle : visite des services de l'ARS au domicile, élimination des gîtes larvaires (soucoupes, pneus, bâches).
LATCHOUMANIN|Véronique|||||*|Mme [[name:Latchoumanin]] [[name:Véronique]], 54 ans, diabète, plaie du pied ; IDE libérale Mme [[other_name:Virapoullé]] ; adresse : [[address:1 ter chemin Vanille]], [[postcode_city:97440 Saint-André]] ; le cari sans sel est difficile.
* Appel du fils de Mme [[name:Ah-Hot]] [[name:Lucienne]] : [[other_name:Thierry]] [[other_name:Ah-Hot]] ([[phone:0262 21 47 30]]) dit qu'elle a chuté dans la boutique familiale, [[address:boutique chinois Ah-Hot, 4 rue du Four à Chaux]], [[postcode_city:97410 Saint-Pierre]] ; elle vit à l'étage.
* EVASAN refusée (pas de place) pour [[name:Soilihi]] [[name:Nassim]], 3 ans, Anjouan ; prise en charge à Dzaoudzi ; mère [[other_name:Faïza]] [[other_name:Ali]] ; numéro de dossier CHM [[id:CHM-25-033187]].
* Visite à domicile : M. [[name:Hoareau]] [[name:Louis-Max]], [[address:Ravine des Cabris, chemin Bœuf-Mort]], [[postcode_city:97432 Saint-Pierre]], [[diag_addict:rhum arrangé]] tous les jours, [[diag_addict:sevrage]] proposé ; neveu M. [[other_name:Lauret]] [[other_name:Johnny]].
- Ravine en crue : pas de visite possible ; appel téléphonique à la place, consignes d'alerte rappelées à la famille.
OMARJEE|Fatima|||||*|Consultation : Mme [[name:Omarjee]] [[name:Fatima]], 45 ans, commerçante [[address:rue du Grand Marché]] à Saint-Denis ; HTA ; [[email:f.omarjee974@orange.fr]] ; mari M. [[other_name:Omarjee]] [[other_name:Ibrahim]] (même adresse, [[address:17 rue Juliette Dodu]], [[postcode_city:97400 Saint-Denis]]).
* Transfert Mayotte : [[name:Ahamadi]] [[name:Mouhtar]], 17 ans, MNA, plaie par arme blanche ; pas d'adulte référent ; éducatrice Mme [[other_name:Mlanao]] de l'association ; [[phone:0639 62 11 04]].
* Mme [[name:Fontaine]] [[name:Marie-Claude]] de La Réunion, hospitalisée à Bordeaux, demande que son courrier soit envoyé chez sa cousine Mme [[other_name:Turpin]] [[other_name:Lise]], [[address:42 cours de la Marne]], [[postcode_city:33800 Bordeaux]].
* Transmissions SSIAD Salazie : [[name:dijoux]] [[name:pierrot]] toilette faite, ulcère propre, « li lé content » ; fille [[other_name:nadine]] passe le soir ; [[address:îlet à Vidot]], [[postcode_city:97433 Salazie]].
- Consignes cyclone : réserves d'eau et de médicaments pour 7 jours, oxygène et matériel électrique sur groupe électrogène.
* [[name:Randrianarisoa]] [[name:Fanja]], 27 ans, étudiante malgache à Saint-Denis : pas de couverture sociale ; PASS ; n° étudiant [[id:E2025-44172]] ; Mlle [[name:Randrianarisoa]] joignable au [[phone:0693 40 17 25]].
* Épidémie de chikungunya : liste du cabinet, semaine 48 : [[name:Payet]] [[name:Gilbert]] ; [[name:Payet]] [[name:Nicole]] ; [[name:Robert]] [[name:Jean-Luc]] ; [[name:Nativel]] [[name:Sabine]] ; [[name:Sautron]] [[name:Kévin]] ; tous de [[address:la Plaine-des-Grègues]].
* Courrier reçu du CHU Sud pour M. [[name:Ethève]] [[name:Joseph]] : [[address:BP 12]], [[postcode_city:97414 Entre-Deux]] ; RDV de néphrologie le [[date:17/12/2025]] à 10h ; taxi VSL réservé.
* Madagascar : Mme [[name:Rasoanaivo]] [[name:Voahangy]], née le [[date:13.07.1964]], arrivée par vol Air Austral avec un visa médical ([[id:VM-TNR-2025-1182]]) ; chimiothérapie au CHU ; hébergée chez sa nièce, [[address:résidence Les Bougainvilliers, appt 23]], [[postcode_city:97490 Sainte-Clotilde]].
- Langue : créole réunionnais compris par l'équipe ; malgache et shimaoré : interprète par téléphone.
""")

# A deaf patients' unit (LSF), medical tourism, a mobile health bus in camps, relayed messages
ROWS.append(r"""
# Interpreted consultations in sign language, SMS and video relay; foreign patients paying themselves; tents and camps as where people live.
* Unité d'accueil des patients sourds : M. [[name:Vigneron]] [[name:Thierry]], sourd profond, LSF ; interprète Mme [[other_name:Caussade]] ; consultation de cardiologie le [[date:09/12/2025]] ; contact par SMS uniquement au [[phone:06 23 71 48 05]].
- Relais téléphonique : les appels passent par la plateforme de transcription ; ne jamais appeler un patient sourd sur son portable sans accord.
CORDONNIER|Lucie|||||*|Mme [[name:Cordonnier]] [[name:Lucie]], sourde, [[diag_preg:enceinte]] ? non, test négatif ; visio-interprétation LSF ; adresse mail préférée : [[email:lucie.cordonnier.lsf@laposte.net]] ; compagnon M. [[other_name:Chapelle]] [[other_name:Yann]], entendant.
* Message vidéo LSF traduit : "Je suis [[name:Dauphin]] [[name:Hugo]], j'ai rendez-vous le [[date_partial:12]] mais je ne peux pas venir, mon fils [[other_name:Noah]] est malade, proposez une autre date par mail ([[email:hugo.dauphin@free.fr]])".
* Tourisme médical : M. [[name:Al-Otaibi]] [[name:Saad]], koweïtien, prothèse de hanche en chirurgie privée ; devis n° [[id:DV-2025-0931]] réglé par virement ; agence de santé MedTravel, coordinatrice Mme [[other_name:Haddadi]] [[other_name:Nour]], [[phone:+965 9661 2207]].
* Mme [[name:Ismailova]] [[name:Gulnara]] (Almaty) : [[diag_repro:FIV]] refusée à l'étranger, consultation privée ; passeport [[id:N 12239407]] ; hôtel [[address:Mercure Paris Gare de Lyon, ch. 614]] ; fille [[other_name:Madina]] traduit.
- Patients non résidents : devis préalable, acompte de 100 %, pas de prise en charge par l'assurance maladie.
* Bus santé (camp de [[address:la Linière]], [[postcode_city:59820 Gravelines]]) : M. [[name:Ahmadzai]] [[name:Ghulam]], 19 ans, gale ; tente [[address:n° 47, rangée C]] ; traitement ivermectine pour lui et ses deux compagnons de tente [[name:Safi]] [[name:Omid]] et [[name:Noori]] [[name:Jawad]].
* Bus santé, Calais : jeune homme érythréen qui se présente comme [[name:Tesfay]] [[name:Yonas]], âge déclaré 16 ans, pied de tranchée ; orienté vers la PASS ; dort [[address:sous le pont de la rocade est]].
MOHAMED SALEM|Brahim|||||*|Sahraoui, M. [[name:Mohamed Salem]] [[name:Brahim]], 33 ans, tuberculose pulmonaire ; DOT à la PASS du CH de Calais ; dort au [[address:squat de la rue Mollien]] ; traducteur hassanya M. [[other_name:Ould Ahmed]].
* Mme [[name:Khalifa]] [[name:Aïcha]], libyenne, sourde, sans interprète en arabe signé ; communication écrite en arabe ; [[diag_preg:grossesse]] de 12 [[diag_preg:SA]] ; hébergée au [[address:CADA de Coulogne, ch. 9]].
* Bus santé : liste du [[date_partial:mardi 2/12]] : [[name:Abakar]] [[name:Idriss]] (plaie du pied) ; [[name:Hamid]] [[name:Adam]] (toux) ; [[name:Zakaria]] [[name:Mahamat Nour]] (dentaire) ; [[name:Bashir]] [[name:Ali]] (gale) ; tous du [[address:campement du Virval]].
- Vaccinations proposées dans le bus : DTP, ROR, hépatite B ; carnet remis à la personne.
* LSF : [[name:Lemoine]] [[name:Clément]], 15 ans, sourd, collège (classe ULIS) ; mère Mme [[other_name:Lemoine]] [[other_name:Sonia]], entendante, interprète ; plan de soins dentaires.
* Message SMS d'un patient sourd : "bjr c [[name:mickael]] [[name:tisserand]], mon rdv demin 10h est tj ok ? mon adresse a changé : [[address:5 rue du moulin]] [[postcode_city:35000 rennes]]".
* Mme [[name:Jaber]] [[name:Rania]], venue de Jordanie pour une greffe de cornée, payée par elle ; garant : son frère M. [[other_name:Jaber]] [[other_name:Omar]], [[email:omar.jaber.amman@outlook.com]].
- Interprétation LSF : prévoir deux interprètes au-delà de deux heures ; les sous-titres ne remplacent pas l'interprète.
KAYA|Merve|||||*|Mme [[name:Kaya]] [[name:Merve]], sourde oraliste, lit sur les lèvres ; masques transparents ; IRM du rachis le [[date:11/12/2025]] ; pas de téléphone ; mail [[email:merve.kaya@hotmail.fr]].
* Bus santé, Grande-Synthe : [[name:Rasul]] [[name:Karwan]] (kurde irakien), brûlure de la main par le feu de camp ; il dort [[address:tente bleue derrière le gymnase du Moulin]] ; revu le [[date_partial:jeudi 4]].
* Tourisme médical : M. [[name:Al-Hashimi]] [[name:Hamad]], Émirats, bilan cardiologique privé ; chauffeur M. [[other_name:Suresh]] attend devant la clinique avec la voiture [[id:DXB 4 12345]].
* Visio LSF du [[date:05/12/2025]] : Mme [[name:Prud'homme]] [[name:Annie]] ne comprend pas son traitement ; schéma dessiné ; fille [[other_name:Julie]] [[other_name:Prud'homme]] (SMS [[phone:06 71 02 94 38]]) ajoutée comme contact.
* Patient sans nom connu, camp de [[address:Loon-Plage, zone du canal]], environ 25 ans, pied gelé ; se dit « [[name:Mohamed]] » ; rapporté au Dr [[other_name:Verbeke]] du PASS mobile.
- Maraude : eau chaude, couvertures, kits d'hygiène distribués ; consultations sous la tente médicale.
* Mme [[name:Bozkurt]] [[name:Elif]] ? non, M. [[name:Bozkurt]] [[name:Emre]], sourd, turc, LSF non, langue des signes turque ; visio avec un interprète d'Ankara ; ordonnance remise.
""")

# The identity desk of these services: INS qualification, dictated numbers, admissions by phone, forms
ROWS.append(r"""
# Identities read aloud on the phone or copied from cards: NIRs with spaces, INS, IPPs, dates and phones in words, ADELI and RPPS.
* Qualification INS : Mme [[name:SANNA]] [[name:Maria Grazia]], née le [[date:14/08/1949]] à Cagliari (Italie), matricule INS [[nir:{nir:2 49 08 99 127 044}]], OID 1.2.250.1.213.1.4.8 ; identité qualifiée après vérification de la carte d'identité italienne n° [[id:CA41182EG]].
- Identité provisoire : tant que l'INS n'est pas qualifiée, ne pas transmettre de documents par messagerie sécurisée.
* Au téléphone, la fille dicte le numéro de sécu de sa mère : « [[nir:deux, quarante-quatre, zéro trois, douze, deux cent deux, zéro cinquante-huit]] » ; Mme [[name:Vayssettes]] [[name:Marcelle]] ; la clé, elle ne l'a pas.
MELIS|Giovanni|{nir:1 52 05 99 127 113}||||*|M. [[name:Melis]] [[name:Giovanni]], NIR [[nir:{nir:1 52 05 99 127 113}]], retraité sarde, rapatrié de Sassari après un infarctus ; carte vitale mise à jour ; fille [[other_name:Francesca]] au [[phone:zéro six, quarante et un, vingt-deux, trente-trois, quatre-vingt-dix]].
* Admission par téléphone (SOS Mains) : "nom [[name:D.E.L.O.R.M.E]], prénom [[name:Jean-Luc]], né le [[date:trois mars mille neuf cent soixante-deux]], portable [[phone:06 point 12 point 98 point 44 point 07]]".
* Kiné libéral ADELI [[rpps:{rpps:6410230176}]]... non, ADELI [[rpps:641023017]] : M. [[other_name:Arrieta]] ; patiente Mme [[name:Deiana]] [[name:Rosa]] ; prescription de 15 séances après la greffe de peau de la main.
* IPP en double : M. [[name:PIRAS]] [[name:Antonio]] (IPP [[id:{ipp}]]) et M. [[name:PIRAS]] [[name:Antonino]] (IPP [[id:18 004 771]]) : même date de naissance [[date:05/05/1944]] ; fusion refusée après vérification (deux frères jumeaux).
* Formulaire de la CPAM retourné : numéro d'assuré illisible « [[nir:1 6O 11 12 2O2 117]] » pour M. [[name:Bessière]] [[name:Guy]] ; à recontacter au [[phone:05.65.42.18.09]].
- INS : les traits d'identité (nom de naissance, premier prénom, date et lieu de naissance, sexe) sont saisis tels qu'ils figurent sur la pièce d'identité.
* Visio de téléexpertise : Dr [[other_name:Ólafsson]] [[other_name:Einar]] (Reykjavik) demande l'avis du centre de brûlés pour Mme [[name:Jónsdóttir]] [[name:Hrefna]], kt. [[id:120389-2469]] ; photos jointes.
POUGET|Jeannine|||||*|Appel de la sœur de Mme [[name:Pouget]] [[name:Jeannine]] : « elle est née le [[date:premier avril trente-neuf]] », à Rodez ; adresse donnée : [[address:la Borie Basse]], [[postcode_city:douze mille Rodez]].
* Fiche de liaison : Mme [[name:MBA OBAME]] [[name:Sylvie]], née le [[date:O4/11/1975]] à Libreville, tél [[phone:+241 77 45 12 09]], titre de séjour n° [[id:7501234567]] valable jusqu'au [[date_partial:09/2027]].
* Patient non identifié admis à 4h : homme d'environ 60 ans, retrouvé [[address:quai de la Fosse]] ; identité provisoire [[id:ANONYME-25-1204-07]] ; identifié à 10h par sa carte de mutuelle : M. [[name:Kangur]] [[name:Peeter]].
- Identitovigilance : bracelet posé à l'entrée, vérification orale à chaque acte ; en cas de doute, ne pas réaliser l'acte non urgent.
* Mail du cabinet : [[email:cabinet.dr.tremblay-gagnon@medecin.mssante.fr]] — « Je vous adresse Mme [[name:Bouchard]] [[name:Ginette]], INS qualifiée [[nir:{nirk:2 58 12 99 401 008}]], pour avis sur son DAI. »
* Transmission orale de la régulation : « adresse, c'est le [[address:quarante-deux, chemin des Crêtes]], à Saint-Affrique, maison au bout, portail vert, code [[address:un deux trois quatre A]] » ; patient M. [[name:Maury]] [[name:Gilles]].
CARDONA|Ivan|||||*|Carte de résident n° [[id:1384 112 907]] de M. [[name:Cardona]] [[name:Ivan]] (colombien ? non, vénézuélien) ; ADRESSE : [[address:CHEZ MME SANCHEZ 8 RUE DES ÉCOLES]] [[postcode_city:31500 TOULOUSE]] ; tel [[phone:07.81.23.49.06]].
* Ordonnance : Dr [[other_name:Nkoghe]] [[other_name:Marcel]], RPPS [[rpps:{rpps:1000981733}]], médecin du centre de santé ; patiente [[name:Obiang]] [[name:Rosine]], [[date:22/06/1988]].
* Erreur d'IPP signalée par la biologie : tube étiqueté [[id:18227740]] pour Mme [[name:Mäkelä]] [[name:Aino]], alors que son IPP est [[id:{ipp}]] ; prélèvement refait.
- Pièce d'identité : carte nationale, passeport ou titre de séjour ; le livret de famille et la carte vitale ne valent pas pièce d'identité.
* Identité incomplète : « [[name:Ndiaye]] » sans prénom, né en [[date_partial:1957]], adressé par le foyer [[address:ADOMA Vitry, ch. 311]] ; carte AME n° [[id:AME 94 2025 0081773]].
* L'interprète en wolof (Mme [[other_name:Faye]] [[other_name:Astou]]) épelle : « [[name:G-U-E-Y-E]], [[name:Fatou Bintou]] » ; née le [[date:15 du 6 1982]] ; joignable au [[phone:07 44 21 86 30]].
* Courrier NPAI : Mme [[name:Ribeiro]] ? non, Mme [[name:Rebelo]] [[name:Inês]], ancienne adresse [[address:4 rue du Sergent Bobillot]], [[postcode_city:93100 Montreuil]] ; nouvelle adresse inconnue ; [[email:ines.rebelo@sapo.pt]].
* Dossier patient importé : NOM_NAISSANCE=[[name:KARLSSON]] ; NOM_USAGE=[[name:LEHMANN]] ; PRENOM=[[name:INGRID]] ; DDN=[[date:1952-10-30]] ; CP=[[postcode_city:67500]] ; VILLE=[[postcode_city:HAGUENAU]] ; IPP=[[id:{ipp}]].
* Appel du taxi conventionné : « je suis devant le [[address:12 bis]], il n'y a pas de nom sur la sonnette ; c'est bien M. [[name:Lagarde]] [[name:Fernand]] ? » ; chauffeur M. [[other_name:Bonnafous]], [[phone:06 07 88 41 52]].
""")

SET = HandSet("heldout18", "eighteenth", ROWS, HEADER_NOTE, "18")

if __name__ == "__main__":
    SET.main(__doc__)
