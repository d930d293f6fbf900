#!/usr/bin/env python3
"""The fifteenth hand set of labeled rows ("heldout15", issue 10).

  heldout15_corpus.py --write      write heldout15_rows_{dev,frozen}.txt
  heldout15_corpus.py --check      exit 1 if those files differ from what
                                   this script writes (make scrub-heldout)
  heldout15_corpus.py --lint       the writer's check, before the split

The rows below were typed by hand by the helper heldout15 (session 19),
who did not read the detectors (src/detect*.c, src/scrub*.c,
src/sensitive*.c, include/, conf/) nor the rule descriptions of
docs/scrub.md, nor any set's misses, nor any scrubber output while typing.
Read: the helpers' brief; heldout13_corpus.py and heldout14_corpus.py whole
(their frame became tests/scrub/handset.py; heldout14's rows were seen on
the way, both halves, and heldout13's first rows); the first rows of
heldout14_rows_dev.txt; greps of the earlier dev halves for how a few
shapes were labeled (écrou and cellule, tribu, terme prévu, DDR, étage,
digicode, schools, employers) and the counts of the sensitive labels they
use; the heads of eval.py (kinds, POLICY_WORDS) and of heldout_table.py;
the Makefile's scrub-heldout targets; docs/scrub.md "Fourteenth hand set
(`heldout14`): first contact" (its genres, name sources and labeling
choices, to write elsewhere and label alike).

The genres and sources are those the fourteen earlier sets have least of:
SAMU regulation, paediatrics and PMI, maternity and perinatal psychiatry,
child psychiatry, prison health, occupational health, dental surgery,
community pharmacy and lab comments, harm reduction, Pacific and northern
overseas (Polynésie 987, Nouvelle-Calédonie 988, Wallis-et-Futuna 986,
Saint-Pierre-et-Miquelon 975, Saint-Martin 978, Guyane's rivers), notes by
staff trained abroad; Polynesian, Kanak, Wallisian, Hmong, Bushinengue,
Kali'na, Chinese, Armenian, Levantine, Kurdish, Georgian, Chechen, Romanian,
Albanian, Eritrean, Somali, Soninke, Ivorian, Cameroonian, Cape Verdean,
Mauritian, Manouche, Sephardic and northern French names.

Everything is invented: people, homes, numbers.  Street names may be real
street names; no row is a real patient's.  The frame (row shorthand,
placeholders, what is computed, the split: rows ranked by
sha256("heldout15\\n" + row), the lower half to the dev file) is
tests/scrub/handset.py's, as heldout14's.
"""
from handset import HandSet

HEADER_NOTE = """\
# Typed by hand by the helper heldout15 without reading the detectors or their rules (see the script's
# docstring for what was read); invented people, homes and numbers only. NIR keys, RPPS/FINESS Luhn digits,
# IBAN check digits and IPPs written `*` are computed by the script. Split by rank of sha256("heldout15\\n" + row), lower half dev.
"""

# ------------------------------------------------------------------ rows
# Typed by genre; within a genre, by register.

ROWS = []

# SAMU, centre 15: ARM and regulating doctor's notes, addresses as dictated, callbacks
ROWS.append(r"""
# Centre 15: ARM notes, regulation, addresses dictated on the phone, callbacks, SMUR and ambulance dispatch.
* ARM 02h47 : appel de Mme [[other_name:Vandenbussche]] pour son mari M. [[name:Vandenbussche]] [[name:Gérard]], 71 ans, douleur thoracique depuis 30 min. Adresse : [[address:12 bis rue Jean-Baptiste Lebas]], [[address:2e étage]], [[address:digicode 2580]], [[postcode_city:59800 Lille]]. Rappel au [[phone:03 20 57 41 96]].
- Régulation : douleur thoracique typique, ECG transmis par les pompiers, sus-décalage inférieur. Engagement SMUR, alerte salle de coronarographie, aspirine 250 IV.
* Appel du [[date:04/11/2025]] à 23h15, la voisine signale que Mme [[name:Delannoy]] [[name:Ghislaine]] ne répond plus depuis 2 jours, volets fermés. [[address:résidence les Tilleuls]], [[address:bât. B]], [[address:appt 14]], [[postcode_city:62300 Lens]]. Envoi pompiers + police pour ouverture de porte.
DUFOSSÉ|Kévin|||||*|MR : jeune homme de 19 ans, [[name:Kévin]] [[name:Dufossé]], alcoolisation aiguë en soirée étudiante ([[diag_addict:alcool]] + [[diag_addict:GHB]] ?), GCS 11, PLS, transport CHU. Appelant : son ami [[other_name:Enzo]], [[phone:07 81 22 64 09]].
- ARM : appel pour une personne âgée tombée à domicile, pas de blessure apparente, relevée par l'aide à domicile. Conseil : surveillance, passage du médecin traitant demain.
* Régulation pédiatrique : maman de [[name:Maëlys]] [[name:Lecanu]], 14 mois, convulsion fébrile de 2 min, résolutive, T 39,4. Adresse : [[address:hameau du Mesnil]], [[address:1 chemin des Pommiers]], [[postcode_city:50190 Périers]]. Envoi VSAV, orientation pédiatrie Saint-Lô.
- Conseil médical : fièvre chez un enfant de 3 ans sans signe de gravité, paracétamol 15 mg/kg toutes les 6h, consulter demain si persiste. Rappeler le 15 si convulsion ou somnolence.
* Appel d'un médecin de garde (Dr [[other_name:Chabrier]]) pour M. [[name:Peyrac]] [[name:Augustin]], 84 ans, [[address:lieu-dit la Croix-Blanche]], [[postcode_city:15300 Murat]] : suspicion d'AVC à 2h30, aphasie, hémiplégie droite. Hélico engagé, thrombolyse possible.
- Appel 03h02 : un homme appelle depuis une cabine, propos incohérents, raccroche. Rappel impossible (numéro masqué). Main courante.
ZHANG|Wei|||||*|ARM : appel en anglais d'un touriste chinois, Mr [[name:Zhang]] [[name:Wei]], sa femme [[other_name:Li Na]] a fait un malaise au [[address:Novotel Paris Gare de Lyon]], [[address:chambre 618]]. Interprète téléphonique (mandarin) conférencé.
* Dossier de régulation [[id:25-118347]] : Mme [[name:Hagopian]] [[name:Anahid]], 92 ans, dyspnée brutale, OAP probable. Fille au téléphone ([[other_name:Sona Hagopian-Der Sarkissian]]) : [[phone:06.61.29.08.33]]. Adresse : [[address:48 av. de Saint-Barnabé]], [[postcode_city:13012 Marseille]].
- MR : [[diag_preg:accouchement]] inopiné à domicile ? non, contractions toutes les 10 minutes, [[diag_preg:primipare]], 38 [[diag_preg:SA]]. Transport par ambulance privée vers la maternité prévue.
* Appel de la gendarmerie : M. [[name:Lagrène]] [[name:Django]], 35 ans, blessé au bras (plaie par verre) sur l'aire d'accueil des gens du voyage, [[address:aire des Sablons]], [[address:emplacement 7]], [[postcode_city:77160 Provins]]. Ambulance privée.
MOKHTARI|Souad|||||*|Régulation : Mme [[name:Mokhtari]] [[name:Souad]], 27 ans, [[diag_preg:enceinte]] de 8 semaines, métrorragies abondantes et douleur fosse iliaque G : [[diag_preg:GEU]] à éliminer. Transport pompiers vers les urgences gynéco. Conjoint [[other_name:Yacine]] présent.
- Fiche bilan secouristes : victime consciente, plaie du cuir chevelu 3 cm, pas de PC, TA 14/8, FC 92, SpO2 98 %. Laissée sur place avec conseils, refus de transport signé.
* ARM 14h20 : M. [[name:Thiébaut]] [[name:Raymond]] a avalé par erreur les comprimés de sa femme (Xarelto 20 mg x 2). Adresse du patient : [[address:7 ruelle du Moulin]], [[postcode_city:88100 Saint-Dié-des-Vosges]]. Avis centre antipoison : surveillance, pas de transport.
- Régulation : pas de moyen disponible avant 45 min sur le secteur Nord, demande de renfort au SDIS. Carence ambulancière notée.
* Appel pour une [[diag_mental:tentative de suicide]] médicamenteuse, Mme [[name:Rozenberg]] [[name:Léa]], 24 ans, a pris 20 cp de [[diag_mental:Seroplex]], appel du compagnon M. [[other_name:Nathan Benhamou]] ([[phone:06 03 48 91 27]]). [[address:14 rue des Rosiers]], [[address:4e gauche]], [[postcode_city:75004 Paris]].
ROUX|Cyril|||||*|MR nuit : M. [[name:Roux]] [[name:Cyril]], motard, accident sur la D 906 au PK 23, polytraumatisé, conscient. SMUR de Mende engagé, hélico demandé au lever du jour. Épouse (Mme [[other_name:Roux]]) prévenue par la gendarmerie.
- Appel d'un EHPAD : résidente de 96 ans, fièvre et désaturation, directives anticipées : pas d'hospitalisation. Conseil : oxygène, antipyrétique, appel du médecin coordonnateur demain.
* Rappel de contrôle 1h après : la maman de [[name:Timéo]] dit qu'il va mieux, il a bu son biberon, plus de fièvre. Numéro rappelé : [[phone:0622713408]].
SISSOKO|Mariam|||||*|Appel de la soeur ([[other_name:Fatoumata Sissoko]]) : Mme [[name:Sissoko]] [[name:Mariam]] a perdu connaissance à la sortie du métro, station Château-Rouge, puis s'est réveillée. Drépanocytaire connue. Orientation Lariboisière.
- Régulation libérale (SAS) : RDV de soins non programmés proposé à 17h30 dans une maison de santé du secteur. Patient d'accord.
* ARM : intervention au [[address:camping Les Flots Bleus]], [[address:mobil-home 112]], [[postcode_city:34300 Agde]] : Mme [[name:Kouassi]] [[name:Adjoua]], piqûre de guêpe, oedème du visage. Adrénaline IM par les pompiers. Mari : [[other_name:Koffi]].
- Information aux appelants : le centre 15 ne donne pas d'avis par SMS. En cas d'urgence vitale, composer le 15 ou le 112.
""")

# Paediatrics, PMI, neonatology: children named by their first names, parents, carnets, schools
ROWS.append(r"""
# Paediatrics and PMI: consultations, neonatology, vaccinations, school doctors, child protection.
* Consultation PMI : [[name:Inaya]] [[name:Traoré]], née le [[date:03/02/2025]], 9 mois, poids 8,1 kg (courbe OK), vaccins à jour (Hexa, Prevenar, ROR 1 à faire). Maman ([[other_name:Aïssata]]) [[diag_preg:allaite]] encore le soir.
- Consultation nourrisson : reflux simple, épaississement du lait, position proclive inutile. Revoir à 4 mois pour les vaccins.
DIARRA|Moussa|||||*|Pédiatrie, 3e jour : [[name:Moussa]], 6 ans, bronchiolite ? non, asthme du nourrisson devenu asthme de l'enfant, crise modérée, Ventoline en chambre d'inhalation. Père (M. [[other_name:Diarra]]) formé au plan d'action.
* Néonatologie : bébé [[name:Gashi]], garçon né le [[date_partial:28/10]] à 34 [[diag_preg:SA]] + 2 j, 2140 g, ictère traité par photothérapie 24h. Mère Mme [[other_name:Krasniqi Blerta]], chambre mère-enfant.
- Service de pédiatrie : rappel du protocole douleur, échelle EVENDOL chez les moins de 7 ans, FLACC chez les enfants handicapés. Crème EMLA avant les ponctions.
* Médecin scolaire : [[name:Yanis]] [[name:Benhamou]], CM1, école Jean-Macé, bilan de la vue : 6/10 OD, 8/10 OG, courrier aux parents pour consultation d'ophtalmologie. Adresse des parents : [[address:3 rue du Maréchal-Foch]], [[postcode_city:94300 Vincennes]].
TAVARES|Lara|||||*|Urgences pédiatriques : [[name:Lara]] [[name:Tavares]], 4 ans, chute d'une balançoire, fracture supra-condylienne stade II, bloc ce soir. Tante ([[other_name:Ivone Semedo]]) présente, la maman arrive de Lisbonne demain ([[phone:+351 912 645 118]]).
- Pédiatrie de ville : otite moyenne aiguë bilatérale, amoxicilline 80 mg/kg/j pendant 8 jours. Pas de crèche pendant 48h.
* Information préoccupante transmise à la CRIP le [[date:12.09.2025]] concernant [[name:Kylian]] [[name:Poulain]], 2 ans, ecchymoses multiples d'âges différents. Mère : Mme [[other_name:Poulain Jessica]], [[address:12 cité des Mineurs]], [[postcode_city:62800 Liévin]].
- Vaccination : rappel DTP-coqueluche à 6 ans, méningocoque B chez le nourrisson, papillomavirus proposé aux garçons et aux filles dès 11 ans.
* PMI, visite à domicile de la puéricultrice : [[name:Lina]] [[name:Vang]], 3 semaines, prise de poids 25 g/j. Famille hmong, grand-mère [[other_name:Mai Xiong]] très présente. [[address:Village Cacao]], [[postcode_city:97353 Roura]].
NKOULOU|Ethan|||||*|Consultation drépanocytose : [[name:Ethan]] [[name:Nkoulou]], 9 ans, SS, Siklos 20 mg/kg, pas de crise depuis [[date_partial:avril 2025]]. Doppler transcrânien normal. Mère : Mme [[other_name:Mbarga Nkoulou Brigitte]], [[phone:06 58 14 27 90]].
- Pédiatre : la courbe de croissance est dans la norme, pas de cassure. Puberté débutante (Tanner 2). Rien à signaler.
* Néonat : jumeaux [[name:Lenfant]] (J1 et J2) nés le [[date:7 août 2025]] à 31 [[diag_preg:SA]], J1 [[name:Noé]] 1560 g, J2 [[name:Zélie]] 1420 g. Père M. [[other_name:Lenfant]] très présent, mère en réa maternelle ([[diag_preg:HELLP]]).
- Consultation d'allergologie pédiatrique : test de provocation orale à l'arachide négatif, réintroduction progressive à domicile. Trousse d'urgence inutile.
* Pédiatrie : [[name:Adam]] [[name:Abdi Warsame]], 7 ans, somalien, arrivé en France en [[date_partial:juin 2025]], rattrapage vaccinal complet, IDR négative, sérologies VHB négatives. Papa [[other_name:Abdi]] parle anglais.
CHEVALIER|Louise|||||*|Lettre au médecin traitant : je revois ce jour [[name:Louise]] [[name:Chevalier]] (née le [[date:19/05/2019]]) pour son suivi de diabète de type 1, HbA1c 7,4 %, pompe Omnipod. Elle fait du cheval (sans jeu de mots) deux fois par semaine.
- Puériculture : conseils de couchage (sur le dos, turbulette, pas de tour de lit), tabagisme passif à éviter, bain à 37 °C.
* Hospitalisation de [[name:Maïwenn]], 15 ans, pour [[diag_mental:anorexie mentale]], IMC 14,8, contrat de poids signé avec la mère ([[other_name:Katell Le Floch]]) et le pédopsychiatre. Visites suspendues jusqu'à 38 kg.
- Consultation post-urgence : gastro-entérite virale, réhydratation orale bien conduite, pas de signe de déshydratation. Retour en crèche lundi.
* Mail de la crèche Les P'tits Loups : [[name:Rayan]] ([[name:Ould Ahmed]]) a de la fièvre depuis midi, on a appelé la maman au [[phone:06 71 33 05 62]], elle vient le chercher à 16h.
HOXHA|Arbër|||||*|Urgences pédiatriques : [[name:Arbër]] [[name:Hoxha]], 11 ans, ingestion d'une pile bouton il y a 1h. Radio : pile dans l'oesophage. Endoscopie en urgence. Père ([[other_name:Besnik]]) traduit pour la mère.
- Dépistage néonatal : buvard fait à J3, surdité : OEA normales des 2 côtés. Sortie de maternité à J4.
* Pédopsychiatrie (CMP enfants) : [[name:Noah]] [[name:Printemps]], 8 ans, [[diag_mental:TDAH]] confirmé, traitement du matin bien toléré. Au printemps, réévaluation avec l'école.
""")

# Maternity, midwives, perinatal psychiatry
ROWS.append(r"""
# Maternity: midwives' notes, delivery room, post-partum, antenatal consultations, perinatal psychiatry, PMA.
* Consultation sage-femme : Mme [[name:Tesfay]] [[name:Selam]], érythréenne, [[diag_preg:G2P1]], [[diag_preg:grossesse]] de 24 [[diag_preg:SA]], DDR [[date_partial:18/06]], terme le [[date:25/03/2026]]. Interprète tigrinya. Hébergée au CADA, [[address:15 rue de la Paix]], [[postcode_city:21000 Dijon]].
- Salle de naissance : travail spontané, péridurale à 4 cm, poche rompue à 6 cm, liquide clair. Rythme cardiaque foetal normal.
MANUTAHI|Heiata|||||*|[[diag_preg:Post-partum]] J2 : Mme [[name:Manutahi]] [[name:Heiata]], [[diag_preg:accouchée]] par voie basse d'une fille [[other_name:Vaimiti]] le [[date_partial:2 décembre]], périnée intact, [[diag_preg:allaitement]] maternel. Conjoint [[other_name:Teva]] rentre à Papeete demain.
* Consultation [[diag_preg:prénatale]] : Mme [[name:Azoulay]] [[name:Déborah]], 39 ans, [[diag_preg:G3P2]], diabète [[diag_preg:gestationnel]] sous régime, écho T3 : bébé eutrophe. Prochaine consultation le [[date_partial:16 janvier]].
- Maternité, réunion de staff : 3 inductions prévues cette semaine, 1 [[diag_preg:césarienne]] programmée jeudi, lits de maternité pleins jusqu'à vendredi.
* Note SF de garde : Mme [[name:Isaeva]] [[name:Madina]], tchétchène, [[diag_preg:enceinte]] de 36 [[diag_preg:SA]], CU toutes les 5 min, col à 2 cm. Son mari [[other_name:Rouslan]] ne veut pas d'homme en salle. Appelé l'interprète russe.
POPESCU|Ioana|||||*|[[diag_preg:Post-partum]] J5 : Mme [[name:Popescu]] [[name:Ioana]] pleure beaucoup, dort mal, dit qu'elle n'aime pas son bébé : [[diag_mental:dépression du post-partum]] ? EPDS à 16. Avis de l'équipe de psychiatrie périnatale demandé. Mari [[other_name:Mihai]] informé.
- Consultation d'anesthésie : pas de contre-indication à la péridurale, plaquettes 210 G/L, pas d'anticoagulant.
* Unité mère-bébé : Mme [[name:Thao]] [[name:Pa Nhia]], 22 ans, [[diag_mental:psychose puerpérale]], sous [[diag_mental:olanzapine]] 10 mg, bébé [[other_name:Kaleb]] en chambre avec elle la journée. Père : M. [[other_name:Yang Tou]].
- Préparation à la naissance : séance collective 4 sur 7, thème l'[[diag_preg:allaitement]] et le retour à la maison. 8 couples présents.
* Échographie du 1er trimestre (Dr [[other_name:Ekotto]]) : Mme [[name:Ngo Biyong]] [[name:Clarisse]], [[diag_preg:grossesse]] monochoriale biamniotique, LCC 62 mm, clarté nucale 1,4 mm. Datation : début de [[diag_preg:grossesse]] le [[date:02/09/2025]].
FORTES|Jucelina|||||*|Consultation [[diag_preg:post-natale]] : Mme [[name:Fortes]] [[name:Jucelina]], [[diag_preg:césarienne]] le [[date:10.10.2025]], cicatrice propre, rééducation périnéale prescrite. [[diag_repro:Contraception]] : [[diag_repro:implant]] posé ce jour. Domicile : [[address:27 rue Carnot]], [[address:bât. 3]], [[postcode_city:95200 Sarcelles]].
- [[diag_preg:Grossesse]] gémellaire : surveillance écho toutes les 2 semaines à partir de 16 [[diag_preg:SA]]. Pas de signe de transfusion foeto-foetale.
* Centre de [[diag_repro:PMA]] : couple [[name:Der Sarkissian]] [[name:Aline]] / [[other_name:Haroutioun Der Sarkissian]], 2e tentative de [[diag_repro:FIV]], transfert d'un embryon le [[date_partial:14/11]], bêta-hCG le [[date_partial:26/11]].
- Consultation pré-conceptionnelle : acide folique 0,4 mg/j, vaccination coqueluche à jour, arrêt du tabac conseillé.
* SF libérale, visite à domicile J8 : Mme [[name:Wamytan]] [[name:Marie-Claude]], bébé [[other_name:Kenzo]] 3,4 kg, reprise du poids de naissance. Famille à la [[address:tribu de Wagap]], [[postcode_city:98822 Poindimié]], joignable au [[phone:+687 42 81 37]].
- Protocole hémorragie du [[diag_preg:post-partum]] : Nalador en 2e intention, appel anesthésiste dès 500 mL, chariot vérifié chaque matin.
ABDI|Hodan|||||*|Consultation : Mme [[name:Abdi]] [[name:Hodan]], excision de type III, [[diag_preg:enceinte]] de 20 [[diag_preg:SA]], désinfibulation proposée avant l'[[diag_preg:accouchement]]. Orientation vers l'unité de chirurgie réparatrice. Soeur [[other_name:Ifrah]] accompagne.
* Entretien [[diag_preg:prénatal]] précoce : Mme [[name:Lefebvre]] [[name:Océane]], 17 ans, [[diag_preg:grossesse]] non désirée découverte tardivement (22 [[diag_preg:SA]]), hors délai d'[[diag_repro:IVG]]. Accompagnement par l'assistante sociale, mère ([[other_name:Sandrine Lefebvre]]) au courant.
- Néonatalogie : en cas de naissance avant 32 [[diag_preg:SA]], appel systématique du pédiatre de garde, table de réanimation préchauffée.
* Courrier de sortie maternité : Mme [[name:Ramdin]] [[name:Priya]], [[diag_preg:accouchement]] le [[date:30/11/2025]] à 40 [[diag_preg:SA]] + 3, fils [[other_name:Aarav]] 3,620 kg, Apgar 10/10. Rhésus négatif : [[diag_preg:Rhophylac]] fait. Sortie au [[address:9 allée des Cytises]], [[postcode_city:31770 Colomiers]].
- Consultation : nausées du premier trimestre de [[diag_preg:grossesse]], Donormyl le soir, fractionnement des repas. Pas d'amaigrissement.
* Perinatal psychiatry, note by the visiting fellow: Mrs [[name:Okafor]] [[name:Chiamaka]], 6 weeks [[diag_preg:postpartum]], [[diag_mental:low mood]], intrusive thoughts of harming the baby, no plan. Husband [[other_name:Emeka]] supportive. Started on [[diag_mental:sertraline]] 50 mg.
""")

# Prison health: USMP, SMPR, UHSI, extractions
ROWS.append(r"""
# Prison health: USMP consultations, SMPR, arrivals, extractions, UHSI, release planning.
* USMP, visite arrivant : M. [[name:Beridze]] [[name:Giorgi]], géorgien, écrou n° [[id:61 347]], [[address:quartier arrivants]], [[address:cellule 008]]. Hépatite C connue, jamais traitée. [[diag_addict:Héroïne]] IV jusqu'à l'incarcération, [[diag_addict:méthadone]] 60 mg poursuivie.
- USMP : la consultation dentaire du jeudi est annulée (extraction judiciaire du dentiste... non, formation). Reportée à la semaine prochaine.
UMAROV|Aslan|||||*|SMPR : M. [[name:Umarov]] [[name:Aslan]], 26 ans, écrou [[id:58122]], [[address:bât. D2]], [[address:cel. 214]], [[diag_mental:idées suicidaires]] depuis le jugement, placé en cellule de protection d'urgence. Surveillance spécifique demandée au chef de détention.
* Extraction médicale au CHU le [[date:15/12/2025]] à 9h pour M. [[name:Tchakarian]] [[name:Vahé]] (écrou [[id:60 911]]), coloscopie. Escorte niveau 2. Ne pas communiquer la date au détenu.
- Note de l'UCSA : la distribution des traitements se fait en cellule le matin, sauf les [[diag_addict:traitements de substitution]] donnés en présence de l'IDE.
* Consultation IDE : M. [[name:Ionescu]] [[name:Florin]], détenu [[address:bâtiment A]], [[address:2e étage]], [[address:cellule 231]], grève de la faim depuis le [[date_partial:1er décembre]], poids 61 kg (-5 kg). Médecin prévenu, certificat fait.
GASHI|Driton|||||*|UHSI : M. [[name:Gashi]] [[name:Driton]], transféré de la maison d'arrêt de Nanterre pour une pneumopathie, sous [[diag_hiv:Biktarvy]] ([[diag_hiv:VIH]] connu depuis 2018), charge virale indétectable. Avocat : Me [[other_name:Delahaye]].
* Préparation à la sortie : M. [[name:Lebrun]] [[name:Steven]], levée d'écrou prévue le [[date_partial:22/12]], hébergement chez sa mère Mme [[other_name:Lebrun Nadine]], [[address:4 rés. du Parc]], [[address:esc. B]], [[postcode_city:76300 Sotteville-lès-Rouen]]. RDV CSAPA pris.
- Centre pénitentiaire : 2 cas de gale au quartier hommes, traitement collectif (ivermectine) des 2 coursives. Linge à 60 °C.
* Consultation psychiatrique : détenue Mme [[name:Winterstein]] [[name:Maria]], [[address:quartier femmes]], [[address:cellule 17]], [[diag_mental:trouble bipolaire]] sous [[diag_mental:Téralithe]], [[diag_mental:lithiémie]] à 0,8. Demande de parloir avec sa fille [[other_name:Chenoa]] accordée.
NASSAR|Karim|||||*|USMP : M. [[name:Nassar]] [[name:Karim]], plaie de la main (bagarre en promenade), 4 points de suture. Certificat médical initial descriptif, ITT 5 jours. Écrou : [[id:59 402]].
- Dépistage en détention : proposé à tous les arrivants (VHB, VHC, [[diag_hiv:VIH]], [[diag_sti:syphilis]]), 82 % d'acceptation ce trimestre.
* SMPR, hospitalisation en UHSA demandée pour M. [[name:Benali]] [[name:Abdelkader]], écrou [[id:57786]], [[diag_mental:décompensation psychotique]], refuse son traitement ([[diag_mental:Loxapac]]). Son frère [[other_name:Mourad Benali]] a appelé le service ([[phone:06 25 80 14 73]]).
* Courrier au JAP : M. [[name:Haddouche]] [[name:Samir]], né le [[date:08/08/1990]], suivi en addictologie en détention pour [[diag_addict:cocaïne]] et [[diag_addict:alcool]], demande d'aménagement de peine avec obligation de soins.
- UCSA : renouvellement des lunettes impossible sans ordonnance de moins de 3 ans, demander à l'opticien partenaire.
AL-HAMWI|Omar|||||*|Visite arrivant : M. [[name:Al-Hamwi]] [[name:Omar]], syrien, parle arabe et un peu d'anglais, écrou [[id:61 502]]. Dit avoir été torturé en Syrie : cicatrices des pieds, [[diag_mental:état de stress post-traumatique]] probable. Orientation SMPR.
* Extraction pour scanner annulée (pas d'escorte disponible), reprogrammée le mardi [[date_partial:6 janvier]]. Détenu : M. [[name:Dumitru]] [[name:Costel]], [[address:QI]], [[address:cellule 4]].
- Réunion pluridisciplinaire (CPU) : 3 détenus en [[diag_mental:risque suicidaire]] élevé, surveillance renforcée la nuit, couvertures indéchirables distribuées.
* Consultation de sortie : Mme [[name:Mendes Semedo]] [[name:Carla]], sortie le [[date_partial:19 décembre]], ordonnance de [[diag_addict:Subutex]] 8 mg pour 7 jours, RDV au CSAPA le [[date_partial:23/12]]. Adresse de sortie : foyer [[address:Les Glycines]], [[address:chambre 6]], [[postcode_city:33800 Bordeaux]].
""")

# Occupational health
ROWS.append(r"""
# Occupational health: visits, fitness notices, workplace accidents, exposures, return-to-work.
* Visite d'information et de prévention : M. [[name:Delattre]] [[name:Baptiste]], 23 ans, cariste en plateforme logistique, né le [[date:21/03/2002]]. Pas de contre-indication au poste. Audiogramme normal. Prochaine visite dans 5 ans.
- Santé au travail : campagne de vaccination antigrippale pour le personnel soignant, 3 demi-journées, sans RDV, au rez-de-chaussée du bâtiment administratif.
MERCIER|Audrey|||||*|Visite de reprise après 4 mois d'arrêt : Mme [[name:Mercier]] [[name:Audrey]], aide-soignante en EHPAD, lombalgie chronique. Apte avec aménagement : pas de port de charges > 10 kg, lève-personne obligatoire. Courrier à l'employeur.
* Accident d'exposition au sang le [[date_partial:3/11]] : Mme [[name:Koné]] [[name:Awa]], IDE de nuit, piqûre avec aiguille creuse. Patient source : sérologie [[diag_hiv:VIH]] négative, VHC négatif. Pas de [[diag_hiv:TPE]]. Suivi sérologique à 6 semaines et 3 mois.
- Médecine du travail : fiche d'entreprise mise à jour pour l'atelier de peinture, exposition aux solvants, masques à cartouche A2 obligatoires.
* Visite à la demande du salarié : M. [[name:Hodžić]] [[name:Emir]], soudeur, dit être harcelé par son chef d'équipe, [[diag_mental:syndrome anxio-dépressif]], arrêt par son médecin traitant. Orienté vers la consultation souffrance au travail. Tél : [[phone:06 42 17 88 05]].
LECLERCQ|Stéphanie|||||*|Visite de pré-reprise : Mme [[name:Leclercq]] [[name:Stéphanie]], caissière, [[diag_mental:épisode dépressif]] réactionnel, suivie par un psychiatre, sous [[diag_mental:sertraline]] 100 mg. Temps partiel thérapeutique à envisager à partir du [[date_partial:5 janvier]].
- Étude de poste au service de stérilisation : chaleur, gestes répétitifs, proposition d'un tapis anti-fatigue et de rotations toutes les 2 heures.
* Visite périodique : M. [[name:Batbayar]] [[name:Ganzorig]], mongol, ouvrier du BTP, exposition à l'amiante (désamiantage), EFR normale, scanner thoracique tous les 5 ans. Adresse : [[address:37 bd de la Liberté]], [[address:appt 52]], [[postcode_city:93300 Aubervilliers]].
- Accident du travail : chute de plain-pied dans le couloir mouillé, entorse de cheville, déclaration faite par le cadre, 7 jours d'arrêt.
* Visite d'embauche : Mme [[name:Tenzin]] [[name:Dolma]], tibétaine, ASH au CHU, NIR [[nir:{nir:2 88 04 99 217 063}]], vaccinations hépatite B à compléter (Ac anti-HBs < 10).
* Convocation du service de santé au travail pour M. [[name:Van Hecke]] [[name:Jordan]], chauffeur poids lourd, convoqué après un éthylotest inopiné à 0,2 g/L, sous le seuil. Apte, revu dans 6 mois.
- Infirmière de santé au travail : entretien de prévention des TMS pour les agents de blanchisserie, démonstration des étirements.
TRAN VAN|Hugo|||||*|Visite : M. [[name:Tran Van]] [[name:Hugo]], informaticien, télétravail 3 jours, cervicalgies. Conseils ergonomiques, deuxième écran. Pas de suivi particulier. Mail perso : [[email:hugo.tranvan@free.fr]].
* Inaptitude : Mme [[name:Lamarque]] [[name:Christiane]], 58 ans, agent d'entretien, épaule droite opérée deux fois, inapte à son poste, apte à un poste sans bras levés. Étude de reclassement le [[date_partial:12 janvier]] avec la DRH.
- Risques psychosociaux : questionnaire anonyme distribué dans les services de soins, retour avant la fin du mois, analyse en CSE.
* Surveillance des expositions aux rayonnements : Dr [[other_name:Khoury]] [[other_name:Rami]], radiologue interventionnel, dosimètre poignet 2,1 mSv sur le trimestre, sous la limite. RPPS [[rpps:1010457823]].
GHEBREMEDHIN|Senait|||||*|Visite de reprise après maternité : Mme [[name:Ghebremedhin]] [[name:Senait]], ASH, [[diag_preg:allaitement]] en cours, demande un local pour tirer son lait : accordé (salle 3). Aucune restriction.
- Consultation : asthme professionnel suspecté chez une boulangère, EFR avec test de provocation à prévoir, déclaration de maladie professionnelle (tableau 66).
* Accident de trajet le [[date:17.10.2025]] : M. [[name:Ferhat]] [[name:Ali]], livreur à vélo, renversé avenue Jean-Jaurès à la hauteur du n° 140, fracture du poignet. Employeur : plateforme de livraison. Certificat AT fait.
""")

# Dental surgery: tooth numbers that must stay, practices, quotes
ROWS.append(r"""
# Dental: chairside notes, tooth numbers (FDI), quotes, orthodontics, oral surgery, dental care of special groups.
* Cabinet dentaire : Mme [[name:Bonheur]] [[name:Josiane]], 67 ans, douleur sur 36, pulpite irréversible, pulpectomie faite, obturation provisoire. RDV le [[date_partial:8/01]] pour la couronne. Sous Kardégic, pas d'arrêt.
- Détartrage complet, polissage, conseils d'hygiène (brosse souple, fil dentaire). Carie sur 47 et 16 à soigner. Radio rétro-alvéolaire 15-16.
AH-HOT|Jean-Marc|||||*|Devis prothétique : M. [[name:Ah-Hot]] [[name:Jean-Marc]], bridge 24-25-26, implant en 46, total 3 850 EUR, reste à charge après mutuelle 1 120 EUR. Adresse : [[address:18 chemin Vavangues]], [[postcode_city:97490 Sainte-Clotilde]].
* Chirurgie orale : extraction des 4 dents de sagesse (18, 28, 38, 48) sous AG chez [[name:Léo]] [[name:Vérité]], 17 ans. Bain de bouche, amoxicilline, paracétamol-codéine. Mère ([[other_name:Nathalie Vérité]]) prévenue des consignes.
- Orthodontie : bagues posées sur l'arcade supérieure, élastiques de classe II, contrôle dans 6 semaines.
* Soins dentaires sous MEOPA : [[name:Hugo]] [[name:Ledoux]], 12 ans, autisme, polycaries (54, 55, 64, 74, 84). Séance bien tolérée. Éducatrice de l'IME (Mme [[other_name:Carré]]) présente.
- Urgence dentaire : cellulite génienne débutante d'origine 46, drainage, Augmentin 1 g x 3 pendant 7 jours.
* Dr [[other_name:Ramassamy]] [[other_name:Vellayoudom]] (chirurgien-dentiste, RPPS [[rpps:1000862144]]) adresse M. [[name:Payet]] [[name:Jean-Bernard]] pour une biopsie d'une lésion blanche de la langue, fumeur, 30 PA. Tél du cabinet : [[phone:02 62 41 07 83]].
KAPANADZE|Nino|{nir:2 91 08 99 135 220}|07 58 20 66 14|nino.kapanadze@gmail.com||*|Consultation dentaire : Mme [[name:Kapanadze]] [[name:Nino]], [[diag_preg:enceinte]] de 5 mois, gingivite [[diag_preg:gravidique]], détartrage fait. Pas de radio. Revoir après l'[[diag_preg:accouchement]].
- Bilan bucco-dentaire EHPAD : 14 résidents vus, 6 prothèses à rebaser, 2 extractions à programmer (dents mobiles). Liste à l'IDEC.
* Dentiste en détention : M. [[name:Krasniqi]] [[name:Arben]], écrou [[id:48 710]], abcès sur 37, extraction faite. Prochain RDV dans 15 jours au cabinet de l'UCSA.
- Radiographie panoramique : alvéolyse généralisée modérée, kyste radiculaire sur 22 ? à confirmer par cone beam.
* Note de la prothésiste : empreinte de M. [[name:Lapierre]] [[name:Gilbert]] refaite (bulle sur 13), livraison de l'appareil le jeudi [[date_partial:18 décembre]] au cabinet du Dr [[other_name:Sitbon]].
BUTT|Ayesha|||||*|Consultation : Mme [[name:Butt]] [[name:Ayesha]], bruxisme, gouttière de nuit prescrite. Patiente sous [[diag_mental:paroxétine]] (à signaler, effet possible sur le bruxisme). Prise en charge CSS, n° d'adhérent [[id:CSS-4471-2093]].
- Hygiéniste : indice de plaque 45 %, saignement au sondage 30 %. Motivation à l'hygiène, revoir dans 3 mois.
* Urgences odontologiques du CHU, samedi : M. [[name:Aydın]] [[name:Serkan]], fracture coronaire de 11 et 21 (coup de poing), reconstitution provisoire. Domicile : [[address:6 allée Rouget-de-Lisle]], [[postcode_city:67200 Strasbourg]].
- Stérilisation : cycle de l'autoclave du mardi non conforme (test Bowie-Dick), instruments re-stérilisés, traçabilité complétée.
* Pédodontie : [[name:Sarah]] [[name:Attal]], 5 ans, traumatisme de 51 (intrusion), surveillance, pas de repositionnement. Père (M. [[other_name:David Attal]]) joignable au [[phone:+972 52 418 3367]] (en Israël jusqu'au [[date_partial:20/12]]).
""")

# Community pharmacy and lab comments
ROWS.append(r"""
# Community pharmacy (officine) notes, dispensing comments, lab comments and validation remarks, sendouts.
* Officine, opinion pharmaceutique : ordonnance du Dr [[other_name:Guérin]] pour M. [[name:Fabre]] [[name:Honoré]], association Kardégic + ibuprofène 400 x3, appel au prescripteur, ibuprofène remplacé par paracétamol. Tél patient [[phone:04 66 21 83 57]].
- Pharmacie : rupture d'amoxicilline buvable 250, préparation magistrale proposée, délai 24 h.
CHEN|Xiaoling|||||*|Délivrance : Mme [[name:Chen]] [[name:Xiaoling]], [[diag_repro:pilule]] ([[diag_repro:Optimizette]]) renouvelée exceptionnellement pour 1 mois (ordonnance expirée le [[date_partial:30/11]]). Conseillé de voir la sage-femme.
* Pharmacie de garde, 23h : délivrance de [[diag_repro:Norlevo]] à une jeune fille mineure, gratuite et anonyme. Pas de nom demandé. Conseil : test de [[diag_preg:grossesse]] dans 3 semaines.
- Dossier pharmaceutique consulté : pas d'interaction, pas de doublon. Carte vitale mise à jour.
* Officine : M. [[name:Nguyen Van]] [[name:Thanh]] vient chercher sa [[diag_addict:méthadone]] (délivrance fractionnée tous les 7 jours, prescripteur Dr [[other_name:Akrour]], CSAPA du secteur). Flacons de 60 mg x 7 délivrés le [[date:02/12/2025]].
LOPES|Maria José|||||*|Note officine : Mme [[name:Lopes]] [[name:Maria José]] a oublié sa carte vitale, facture en mode dégradé, feuille de soins papier. NIR noté : [[nir:{nir:2 56 07 99 139 114}]]. Adresse : [[address:22 rue des Acacias]], [[postcode_city:37000 Tours]].
- Laboratoire : hémolyse importante, kaliémie non interprétable, prélèvement à refaire. Prévenir le service.
* Commentaire biologiste : glycémie à 0,32 g/L chez M. [[name:Taputu]] [[name:Moana]] (prélevé à 6h10), appel téléphonique à l'IDE ([[other_name:Vaihere]]) à 6h42, resucrage fait. Valeur critique tracée.
- Sérologie : Ac anti-HBs 8 mUI/mL, non protecteur, rappel de vaccination conseillé. Ac anti-HBc négatif.
* Laboratoire : identité discordante, tube étiqueté [[name:LEVY]] [[name:Sarah]] mais prescription au nom de [[name:LÉVY-BENSOUSSAN]] [[name:Sarah]], née le [[date:14/02/1979]]. Prélèvement non analysé, à refaire.
WONG|Kam Fai|||||*|Résultat transmis par fax au Dr [[other_name:Teriitehau]] : M. [[name:Wong]] [[name:Kam Fai]], charge virale [[diag_hiv:VIH]] 1 240 copies/mL (rebond), génotypage de résistance envoyé au laboratoire de référence. Dossier [[id:LAB-25-0981347]].
- Bactériologie : ECBU, E. coli > 10^5 UFC/mL, sensible à tous les antibiotiques testés sauf amoxicilline. Leucocyturie 10^4/mL.
* Biologie de la reproduction : spermogramme de M. [[name:Chabert]] [[name:Quentin]], oligo-asthéno-spermie, bilan d'[[diag_repro:infertilité]] du couple (compagne Mme [[other_name:Roussel Aurélie]]), orientation [[diag_repro:AMP]].
- Commentaire : TSH à 0,02 mUI/L, T4 libre augmentée, hyperthyroïdie à confirmer, recherche d'Ac anti-récepteurs de la TSH ajoutée.
* PCR sur prélèvement vaginal : [[diag_sti:Chlamydia trachomatis]] positif chez Mme [[name:Faleafaga]] [[name:Sefo]], 19 ans. Traitement et dépistage du partenaire. Résultat communiqué par téléphone au [[phone:+681 72 19 04]].
- Contrôle qualité interne hors limites sur l'automate d'hématologie (niveau 2), série repassée après recalibration.
ADAM ISHAG|Abakar|||||*|Laboratoire : frottis-goutte épaisse positif à Plasmodium falciparum, parasitémie 3,2 %, chez M. [[name:Adam Ishag]] [[name:Abakar]], soudanais, arrivé le [[date_partial:27 novembre]]. Urgences prévenues à 14h05.
* Pharmacie hospitalière, rétrocession : [[diag_hiv:Biktarvy]] délivré à M. [[name:Oyono]] [[name:Serge-Alain]] pour 3 mois, prochaine délivrance le [[date:03/03/2026]]. Ordonnance du Dr [[other_name:Boulanger]], service des maladies infectieuses.
- Pharmacie : retour de médicaments non utilisés (Cyclamed) accepté, pas de reprise des seringues.
* Officine : M. [[name:Deschamps]] [[name:Rodolphe]] présente une ordonnance de [[diag_addict:Subutex]] 16 mg falsifiée (chiffres surchargés), refus de délivrance, appel au prescripteur Dr [[other_name:Maes]] qui confirme 8 mg. Signalement fait.
- Laboratoire : INR 5,8 sous AVK sans saignement, appel du médecin traitant, saut d'une prise, contrôle à 48 h.
* Bilan demandé par la PMI pour [[name:Kaïs]] [[name:Meziani]], 2 ans : plombémie 62 µg/L (saturnisme ? seuil 50), enquête environnementale au logement [[address:8 rue Marx-Dormoy]], [[address:4e étage]], [[postcode_city:75018 Paris]].
""")

# Overseas: Polynésie, Nouvelle-Calédonie, Wallis-et-Futuna, Saint-Pierre-et-Miquelon, Saint-Martin, Guyane's rivers
ROWS.append(r"""
# Overseas, the places the sets have least: Pacific addresses (PK, servitude, tribu, village), islands, rivers; local phone shapes.
* CHPF Taaone, urgences : Mme [[name:Teriitahi]] [[name:Hinatea]], 34 ans, habite [[address:PK 18,2 côté montagne]], [[address:servitude Tehei]], [[postcode_city:98712 Papara]]. Dengue probable, NS1 positif. Tél : [[phone:87 71 22 49]].
- Évasan : patient stabilisé, transfert par avion vers Papeete demain 7h, accompagnant autorisé. Dossier papier dans l'enveloppe.
TAUTU|Raimana|||||*|Évasan depuis Hiva Oa : M. [[name:Tautu]] [[name:Raimana]], 58 ans, infarctus, transféré à Tahiti le [[date:11/10/2025]]. Domicile : [[address:vallée de Puamau]], [[postcode_city:98741 Atuona]]. Épouse [[other_name:Tehina]], [[phone:+689 87 30 61 58]].
* Dispensaire de Rangiroa : enfant [[name:Teva]] [[name:Mahinui]], 4 ans, otite, amoxicilline. Maman [[other_name:Moerani]] demande un certificat pour la cantine. Numéro DN : [[id:3 214 577]].
- Tahiti : campagne de dépistage de la filariose, distribution de traitement de masse dans les quartiers de Faa'a cette semaine.
* CHT Gaston-Bourret : M. [[name:Wayenece]] [[name:Jean-Pierre]], 46 ans, de la [[address:tribu de Tiéta]], [[postcode_city:98833 Voh]], leptospirose sévère, dialyse. Sa soeur [[other_name:Angèle]] a appelé du dispensaire de Koné.
GORODEY|Marie-Line|||||*|Nouméa : Mme [[name:Gorodey]] [[name:Marie-Line]], [[address:12 rue Jules-Garnier]], [[address:quartier Magenta]], [[postcode_city:98800 Nouméa]], RAA chez sa fille de 9 ans ([[other_name:Kimberly]]), Extencilline toutes les 3 semaines. Tél : [[phone:79 43 18]].
- Nouvelle-Calédonie : rappel, les prescriptions de la CAFAT ne sont pas remboursées en métropole, prévoir une prise en charge avant l'évacuation.
* Wallis : M. [[name:Takala]] [[name:Petelo]], village de [[address:Mata-Utu]], [[address:district de Hahake]], diabète déséquilibré (HbA1c 11), amputation d'orteil. Évasan vers Nouméa. Fils [[other_name:Soane Takala]] accompagne.
* Futuna : Mme [[name:Lauhea]] [[name:Malia]], [[address:village de Leava]], [[address:royaume de Sigave]], [[diag_preg:enceinte]] de 7 mois, hypertension, évacuée sur Wallis pour l'[[diag_preg:accouchement]]. Tél : [[phone:72 48 55]].
- Wallis-et-Futuna : l'agence de santé assure les soins gratuits, pas de carte vitale. Les dossiers sont papier.
DETCHEVERRY|Yannick|{nir:1 71 05 97 502 031}|05 08 41 27 63||14 rue du Maréchal-Foch|*|Saint-Pierre : M. [[name:Detcheverry]] [[name:Yannick]], marin-pêcheur, main écrasée dans un treuil, suture et attelle. Domicile : [[address:14 rue du Maréchal-Foch]], [[postcode_city:97500 Saint-Pierre]]. Tél : [[phone:05 08 41 27 63]].
* Miquelon : Mme [[name:Girardin]] [[name:Odette]], 81 ans, chute sur la glace, col du fémur, évacuée vers Saint-Pierre par avion le [[date_partial:2 février]]. Fille ([[other_name:Nadine Girardin-Briand]]) : [[phone:+508 41 53 19]].
- SPM : la traversée Saint-Pierre-Miquelon est annulée pour cause de tempête, les consultations avancées sont reportées.
* Saint-Martin : Mme [[name:Gumbs]] [[name:Shirley]], anglophone, [[address:Sandy Ground]], [[address:Rambaud Road 27]], [[postcode_city:97150 Saint-Martin]], diabète et HTA, suivie aussi côté hollandais (Sint Maarten). Tél [[phone:06 90 55 21 48]].
MAPOU|Sandra|||||*|Saint-Barthélemy : Mme [[name:Mapou]] [[name:Sandra]], [[address:quartier de Lorient]], [[postcode_city:97133 Saint-Barthélemy]], plaie infectée après corail, pansement et antibiotique. Fait le [[date:05/08/2025]].
* Maripasoula (Guyane) : [[name:Aboikoni]] [[name:Sandra]], 16 ans, [[diag_preg:enceinte]] de 20 [[diag_preg:SA]], accouchera à Cayenne. Domicile : [[address:village Papaïchton]], [[address:écart Loka]], [[postcode_city:97316 Papaïchton]]. Mère [[other_name:Mèrie Aboikoni]].
- Centre délocalisé de prévention et de soins : pirogue médicale mensuelle sur le haut Maroni, vaccinations et suivi des [[diag_preg:grossesses]].
* Saint-Georges-de-l'Oyapock : M. [[name:Tiouka]] [[name:Alexis]], kali'na, [[address:village Espérance]], [[postcode_city:97313 Saint-Georges]], paludisme à vivax, primaquine après dosage de G6PD. Tél de l'épicerie du village : [[phone:0594 37 02 18]].
- Guyane : l'hélicoptère ne peut pas se poser de nuit à Camopi, évacuation prévue demain 7h. Surveillance par l'infirmier du centre.
* Nouméa, CHS Albert-Bousquet : M. [[name:Naisseline]] [[name:Kévin]], 24 ans, [[diag_mental:schizophrénie]], [[diag_addict:cannabis]] ++ (« [[diag_addict:paka]] »), sortie prévue chez sa tante à la [[address:tribu de Hnadro]], [[postcode_city:98820 Maré]].
- Polynésie : note sur l'ordonnance, "Ne pas délivrer de tramadol sans vérifier le fichier", selon la circulaire territoriale.
* Raiatea : Mme [[name:Tehei]] [[name:Vaea]], Raiatea, [[address:PK 7 Avera]], [[address:côté mer]], [[postcode_city:98735 Uturoa]], [[diag_preg:grossesse]] de 12 semaines. [[diag_preg:Grossesse]] déclarée à la CPS le [[date_partial:12/11]]. Tél [[phone:89 55 02 71]].
""")

# Notes by staff trained abroad (PADHUE, FFI), their French and their own languages
ROWS.append(r"""
# Staff trained abroad: PADHUE and FFI notes, calques from Arabic, Romanian, Spanish, Russian, English; dates and numbers as written at home.
* Observation médicale (Dr [[other_name:Al-Khatib]], FFI) : Le patient M. [[name:Chaouch]] [[name:Habib]] âgé de 64 ans est admis pour dyspnée, il est connu diabétique depuis 10 ans, il a été hospitalisé chez nous le [[date:3-6-2024]] pour la même chose.
- Note FFI : le malade est stable hémodynamiquement, apyrétique, conscient, coopérant, on continue le même traitement et on refait le bilan demain inchallah.
DUMITRESCU|Elena|||||*|Note Dr [[other_name:Dumitrescu]] (médecin roumain) : pacienta Mme [[name:Dumitrescu]] [[name:Elena]], ma compatriote, née le [[date:07.04.1958]], vient pour HTA, je traduis pour elle. Son fils [[other_name:Andrei]] vit à [[address:Str. Lalelelor 12]], [[postcode_city:400190 Cluj-Napoca]].
* FFI (Madagascar) : patiente Mme [[name:Rasoanaivo]] [[name:Voahirana]], on a fait l'ECG, il y a rien. Elle dit sa tension il monte quand elle stresse. Numéro de sa cousine : [[phone:034 12 456 78]] (Madagascar), ou [[phone:07 53 88 41 20]].
- Observation : pt admis pour AEG, pas de fièvre, bilan en cours. Le pt refuse la ponction lombaire, on a expliqué les risques, il a signé la décharge.
* Interne syrien, note de garde : appelé pour Mme [[name:Khoury]] [[name:Samira]] lit 12, agitation nocturne, pas de globe, pas de fièvre, donné [[diag_mental:Tercian]] ? non, donné rien, réorientée. Sa fille [[other_name:Rima]] est arrivée à 1h du matin.
AVETISYAN|Narek|||||*|Médecin arménien : M. [[name:Avetisyan]] [[name:Narek]], 70 ans, né le [[date:1955.11.02]] à Gyumri, BPCO, parle russe et arménien. Adresse en France : chez sa nièce [[other_name:Lusine]], [[address:23 boulevard Vauban]], [[postcode_city:26000 Valence]].
- Note de l'interne FFI : bilan préop fait, groupe, RAI, coagulation, ECG. La consultation d'anesthésie c'est le lundi.
* Dr [[other_name:Ouédraogo]] (PADHUE, gynécologue) : Mme [[name:Sawadogo]] [[name:Rasmata]] consulte pour désir de [[diag_preg:grossesse]] depuis 3 ans, on fait le bilan d'[[diag_repro:infertilité]], HSG programmée le [[date_partial:10 janvier]].
- Note de garde (externe) : vu le patient du lit 7 pour douleur, il est mieux après le Skenan 10. Le réa ne passe pas.
GONZÁLEZ|Valentina|||||*|Nota de la residente (Colombie) : Sra [[name:González]] [[name:Valentina]], 41 años, dolor abdominal, eco normal. Je parle avec son mari [[other_name:Andrés]] en espagnol, il dit qu'elle ne mange pas depuis el lunes [[date_partial:1 de diciembre]].
* Médecin russe : больной M. [[name:Smirnov]] [[name:Dmitri]], 52 ans, гипертония, traité par amlodipine, il boit [[diag_addict:vodka]] 0,5 L par jour (dit lui). Жена [[other_name:Olga]] au téléphone [[phone:+7 916 245 80 13]].
- FFI : le patient veut sortir contre avis médical, on a appelé le senior, il a signé. On a donné les ordonnances et le courrier.
* Dr [[other_name:Haidari]] (Afghanistan), note : Mme [[name:Rahimi]] [[name:Fereshta]] parle dari, elle a des douleurs partout depuis elle est arrivée, je pense [[diag_mental:dépression]], elle dit pas dormir, voit son mari mort dans les rêves. Orientée au psychiatre.
* Interne tunisien : reçu M. [[name:Ben Salah]] [[name:Mongi]] [[date_partial:12/12]] à 3h pour colique néphrétique ; rentré de Tunisie le [[date:11/12/25]], habite [[address:cité Ennour]], Sousse ; en France chez son frère [[other_name:Lotfi]], [[address:7 avenue Lénine]], [[postcode_city:69200 Vénissieux]].
- Resident from Ireland: patient bed 4 ok overnight, obs stable, bloods sent, for review by the reg in the morning. No concerns.
NAZARYAN|Gohar|||||*|Sage-femme formée en Arménie : Mme [[name:Nazaryan]] [[name:Gohar]], 3e [[diag_preg:grossesse]], 32 [[diag_preg:SA]], ventre dur, on fait le monitoring, contractions 2 par 10 min, on donne Adalate. Son mari [[other_name:Tigran]] attend dehors.
* Note Dr [[other_name:Mbuyi]] (RDC) : la maman du petit [[name:Kabongo]] [[name:Merveille]], 3 ans, dit que l'enfant a eu la fièvre depuis 3 jours, on suspecte palu car ils sont rentrés de Kinshasa le [[date_partial:28/11]]. TDR positif.
- Note en anglais de l'interne : patient has been NBM since midnight, for theatre at 14:00, consented, site marked, VTE prophylaxis given.
* Interne marocaine : Mme [[name:El Idrissi]] [[name:Fatima-Zahra]] a fait un malaise au couloir, glycémie 0,6, resucrée, bien. Elle fait le ramadan. Son fils [[other_name:Anas]], tél [[phone:+212 661 48 20 93]].
LEE|Ying|||||*|Hmong interpreter note: Mrs [[name:Lee]] [[name:Ying]] (Hmong, lives at [[address:Village Cacao]], [[postcode_city:97353 Roura]]) refuses blood transfusion for now, wants to ask her husband [[other_name:Chue Lee]] first. Haemoglobin 6.8.
* Dr [[other_name:Perera]] (Sri Lanka) : Mr [[name:Jayasuriya]] [[name:Nuwan]], 45 yrs, DM type 2, foot ulcer on R big toe. Dressing daily by IDE. Wife [[other_name:Dilani]] on [[phone:06 29 44 71 05]].
""")

# Psychiatry, child psychiatry, addiction and harm reduction
ROWS.append(r"""
# Psychiatry and addiction: adolescent units, CMP, mobile teams, harm reduction (CAARUD, HSA), post-cure, court orders.
* Maison des adolescents : [[name:Chloé]] [[name:Delmotte]], 14 ans, [[diag_mental:scarifications]] des avant-bras depuis la rentrée, harcèlement au collège. Entretien avec la mère ([[other_name:Séverine]]). Revue le mercredi [[date_partial:17/12]].
- CMP : réunion clinique du jeudi, 4 situations présentées, 2 nouvelles demandes à attribuer, liste d'attente 3 mois pour un premier RDV.
KURT|Berivan|||||*|Équipe mobile psychiatrie-précarité : Mme [[name:Kurt]] [[name:Berivan]], kurde, à la rue depuis 3 semaines, dort à la gare, [[diag_mental:syndrome psychotique]] non traité. Orientée vers la PASS psy. Pas de téléphone.
* Unité pour adolescents : [[name:Enzo]] [[name:Carpentier]], 16 ans, [[diag_mental:TS]] par phlébotomie le [[date_partial:29 novembre]], [[diag_addict:cannabis]] quotidien. Père M. [[other_name:Carpentier Fabrice]], [[phone:06 14 72 39 85]]. Contrat de soins signé.
- CAARUD : distribution de 340 kits d'injection ce mois-ci, 12 nouveaux usagers, 3 dépistages VHC par TROD (1 positif orienté).
* CAARUD, accueil de jour : [[name:Dylan]] (ne donne pas son nom), 28 ans, injecte de la [[diag_addict:3-MMC]], abcès au bras droit, soins faits, orienté vers la PASS. Vit en squat [[address:rue de la Mouche]].
PINAS|Ronaldo|||||*|Guyane, CSAPA de Saint-Laurent : M. [[name:Pinas]] [[name:Ronaldo]], 31 ans, [[diag_addict:crack]] (« [[diag_addict:roche]] ») depuis 5 ans, demande de [[diag_addict:sevrage]]. Domicile : [[address:quartier de la Charbonnière]], [[postcode_city:97320 Saint-Laurent-du-Maroni]].
* Halte soins addictions (salle de consommation) : M. [[name:Mourad]], 45 ans, overdose d'[[diag_addict:héroïne]] à 15h10, [[diag_addict:naloxone]] intranasale, reprise de conscience en 2 min. Refuse l'hospitalisation.
- Psychiatrie : sortie de chambre d'isolement à 14h après 36h, réévaluation toutes les 12h tracée, registre à jour.
* Consultation post-cure : Mme [[name:Bouvier]] [[name:Sylvie]], abstinente de l'[[diag_addict:alcool]] depuis [[date_partial:mars 2025]], [[diag_addict:Aotal]] arrêté, suivie par un groupe d'entraide de Chalon-sur-Saône.
ZENATI|Walid|||||*|Programme de soins (SDRE) : M. [[name:Zenati]] [[name:Walid]], [[diag_mental:schizophrénie]] paranoïde, injection de [[diag_mental:Xeplion]] 150 mg tous les mois au CMP, prochaine le [[date_partial:8 janvier]]. Tuteur : UDAF, mandataire Mme [[other_name:Dos Santos]].
- Psychiatrie, infirmiers de secteur : visites à domicile des patients en programme de soins, véhicule du CMP réservé le lundi et le jeudi.
* Urgences psy : Mme [[name:Oliveira]] [[name:Rosa]], 52 ans, [[diag_mental:épisode maniaque]], n'a pas dormi depuis 4 nuits, dépenses inconsidérées, arrêt du [[diag_mental:lithium]] il y a 2 mois. Mari [[other_name:Manuel]] à l'origine de la demande (SPDT).
* Pédopsychiatrie, hôpital de jour : [[name:Mathis]] [[name:Lebœuf]], 6 ans, trouble du spectre de l'autisme, atelier pataugeoire le mardi, orthophonie en libéral. Parents : [[other_name:Julie]] et [[other_name:Romain Lebœuf]], [[address:8 impasse des Noisetiers]], [[postcode_city:80090 Amiens]].
- CSAPA : consultation jeunes consommateurs, 6 jeunes reçus ce mois, principalement pour [[diag_addict:cannabis]] et écrans. Intervention au lycée professionnel jeudi.
MAGASSA|Demba|||||*|CMP : M. [[name:Magassa]] [[name:Demba]], soninké, suivi pour [[diag_mental:trouble psychotique bref]] après la mort de son frère, traitement arrêté, va bien. Vit au foyer de travailleurs [[address:Bara]], [[address:chambre 214]], [[postcode_city:93100 Montreuil]].
* ELSA : M. [[name:Lecomte]] [[name:Didier]] hospitalisé en orthopédie, [[diag_addict:alcoolodépendance]], score CIWA à 12, [[diag_addict:sevrage]] par diazépam. Fille [[other_name:Amandine]] au courant. Consultation d'addictologie à la sortie le [[date:19/01/2026]].
- Psychiatre de garde : avis pour un patient agité aux urgences, prescrit une contention de 2h et un traitement sédatif, réévaluation à 2h.
* Consultation mémoire ? non, CMP personnes âgées : Mme [[name:Rossignol]] [[name:Yvette]], 79 ans, [[diag_mental:dépression]] du sujet âgé, [[diag_mental:mirtazapine]] 15 mg, le rossignol de sa voisine chante toute la nuit (elle le dit sans rire). Fille [[other_name:Martine]].
ARSLAN|Deniz|||||*|[[diag_addict:Chemsex]] (CeGIDD) : M. [[name:Arslan]] [[name:Deniz]], 33 ans, consommation de [[diag_addict:GHB]] et de [[diag_addict:méphédrone]] en soirées, [[diag_hiv:PrEP]] à la demande, dépistage [[diag_sti:syphilis]] négatif, [[diag_sti:gonocoque]] pharyngé positif. Tél [[phone:07 66 40 12 38]].
- Psychiatrie adulte : rappel, les permissions de sortie de moins de 48 h des patients en soins sans consentement doivent être signalées au bureau des admissions.
* CSAPA, [[diag_addict:TSO]] : Mme [[name:Leroux]] [[name:Kelly]], [[diag_addict:buprénorphine]] 6 mg, [[diag_preg:enceinte]] de 4 mois, suivi conjoint avec la maternité. Compagnon [[other_name:Jordan]] aussi suivi. Adresse : [[address:résidence Le Bosquet]], [[address:bât. F]], [[postcode_city:02100 Saint-Quentin]].
""")

# Geriatrics in EHPAD, home hospitalisation, palliative care at home
ROWS.append(r"""
# Geriatrics: EHPAD rooms (homes), UCC and PASA, HAD and palliative care at home, family meetings, guardianship.
* EHPAD [[address:Les Jardins d'Arcadie]], [[address:chambre 112]] : Mme [[name:Bouchard]] [[name:Geneviève]], 93 ans, déshydratation, hypodermoclyse 1 L/24h, refuse de boire. Petit-fils [[other_name:Thibault]] passe le soir.
- UCC : 2 entrées la semaine prochaine, 1 sortie vers l'EHPAD d'origine. Atelier musique le mardi, jardin thérapeutique fermé (travaux).
BOUCHER|André|||||*|HAD : M. [[name:Boucher]] [[name:André]], 88 ans, soins palliatifs, [[address:la Ferme du Haut]], [[address:route de Lapoutroie]], [[postcode_city:68650 Le Bonhomme]]. Midazolam si détresse, protocole au domicile. Fils [[other_name:Pascal]] : [[phone:03.89.47.51.06]].
* Réunion de famille : M. [[name:Girard]] [[name:Fernand]], entré à l'EHPAD le [[date:14/04/2023]], unité Alzheimer, [[address:ch. 8]]. Sa fille (Mme [[other_name:Nicole Girard-Pons]]) voudrait le reprendre à domicile : trop lourd, équipe réservée.
- PASA : activité mémoire avec les photos d'autrefois, 9 résidents, bonne participation. Goûter partagé.
* Mesure de protection : Mme [[name:Granger]] [[name:Simone]], curatelle renforcée, curateur M. [[other_name:Aubert]] (mandataire judiciaire, [[phone:04 73 91 20 56]]). Compte bancaire géré par l'UDAF.
- Infirmière coordinatrice : 4 résidents sous anticoagulants, INR de la semaine dans le classeur, 1 à recontrôler.
GUEYE|Mamadou|||||*|HAD, visite J3 : M. [[name:Gueye]] [[name:Mamadou]], 77 ans, plaie du pied diabétique, antibiothérapie IV par PICC line. Vit avec sa femme [[other_name:Khady]] au [[address:112 rue de Crimée]], [[address:6e étage]], [[address:porte face ascenseur]], [[postcode_city:75019 Paris]].
* EHPAD : M. [[name:Lenoble]] [[name:Octave]], 101 ans (né le [[date:2 septembre 1924]]), anniversaire fêté hier avec le maire. Résident de la [[address:chambre 3]], toujours lucide.
- Gériatrie aiguë : évaluation gériatrique standardisée pour les 3 entrants, chutes à répétition, dénutrition, polymédication. Staff jeudi.
* Équipe mobile de soins palliatifs : Mme [[name:Pottier]] [[name:Madeleine]], 90 ans, cancer du pancréas, à domicile [[address:2 sente des Meuniers]], [[postcode_city:60300 Senlis]]. Sa fille [[other_name:Anne]] épuisée, répit proposé en USP.
WALCZAK|Zofia|||||*|EHPAD, transmissions : Mme [[name:Walczak]] [[name:Zofia]], polonaise, ne parle plus le français depuis son AVC, on communique avec des pictos. Sa nièce [[other_name:Agnieszka]] appelle de Cracovie le dimanche.
- SSIAD : tournée modifiée pour les fêtes, 2 aides-soignantes seulement le 25, priorité aux toilettes au lit.
* DLU : M. [[name:Chabot]] [[name:Lucien]] né le [[date:01/01/1935]], EHPAD [[address:Saint-Joseph]], [[address:chambre 27]], [[postcode_city:49000 Angers]]. Personne de confiance : Mme [[other_name:Chabot Solange]] (épouse), [[phone:02 41 66 08 93]].
- Chute d'une résidente en salle à manger, relevée, pas de douleur, surveillance 24 h, déclaration d'événement indésirable faite.
* Gériatrie, consultation mémoire : M. [[name:Seznec]] [[name:Yvon]], MMS 19/30, maladie d'Alzheimer probable, accompagné de sa femme [[other_name:Maryvonne]] qui conduit toujours. Domicile : [[address:Kergoff]], [[postcode_city:29260 Lesneven]].
RAKOTO|Jeanne|||||*|HAD post-chirurgie : Mme [[name:Rakoto]] [[name:Jeanne]], 84 ans, suites de colectomie, poche de colostomie, éducation de sa fille [[other_name:Hanta]]. Infirmière libérale : Mme [[other_name:Pellerin]].
- EHPAD : la kiné passe lundi, mercredi et vendredi. Marche assistée dans le couloir pour 6 résidents.
* Directives anticipées rédigées le [[date:9 mai 2025]] par M. [[name:Castaing]] [[name:Émile]] : pas d'intubation, pas de réanimation. Document scanné. Neveu : [[other_name:Xavier Castaing]], [[email:x.castaing@orange.fr]].
""")

# Social work, administration, numbers in all shapes
ROWS.append(r"""
# Social work and administration: AME, CSS, MDPH, bank details, FINESS, NIR and file numbers as people write them.
* Assistante sociale : Mme [[name:Yao]] [[name:Affoué]], ivoirienne, AME demandée le [[date:20/10/2025]], dossier AME n° [[id:753 2025 04417]]. Hébergée chez une amie, [[address:3 allée des Jonquilles]], [[postcode_city:91000 Évry-Courcouronnes]].
- Service social : permanence le mardi et le jeudi de 14h à 17h, sans RDV, bureau 12 au rez-de-chaussée.
MANOUKIAN|Arpi|||||*|Dossier MDPH : Mme [[name:Manoukian]] [[name:Arpi]], AAH demandée, n° de dossier MDPH [[id:013-2025-88471]], certificat médical fait par le Dr [[other_name:Balian]]. Adresse postale : [[address:BP 212]], [[postcode_city:13244 Marseille Cedex 01]].
* Remboursement des frais de transport : M. [[name:Leblond]] [[name:Maxime]], RIB [[iban:{iban:20041 01005 0500013M026 06}]], à saisir avant le [[date_partial:15/12]].
- Bureau des admissions : factures des patients étrangers non assurés à transmettre au service contentieux.
* Signalement : Mme [[name:Sahin]] [[name:Elif]], 34 ans, victime de violences conjugales, mise à l'abri à l'hôtel [[address:Le Relais]] ([[address:chambre 9]]), plainte déposée. Ne jamais donner son adresse à M. [[other_name:Sahin Murat]].
HAMOUDI|Naïma|||||*|Carte vitale : Mme [[name:Hamoudi]] [[name:Naïma]], NIR [[nir:{nir:2.81.09.93.066.145}]], ayant droit : sa fille [[other_name:Lina]]. Mutuelle : n° adhérent [[id:0098 7741 25]].
* Établissement d'accueil : EHPAD [[address:Les Charmilles]], FINESS [[finess:{finess:44001234}]], résident M. [[name:Poirier]] [[name:Roger]], [[address:chambre 14]]. Facturation à l'aide sociale du département.
- Rappel : toute demande de dossier médical doit être accompagnée d'une copie de pièce d'identité. Délai légal de 8 jours (2 mois si plus de 5 ans).
* Demande d'accès au dossier par Me [[other_name:Carvalho]], avocat de M. [[name:Fonseca]] [[name:Joaquim]] (décédé le [[date:03/09/2025]]). Ayant droit : sa veuve Mme [[other_name:Fonseca Lurdes]], [[address:17 rue Pasteur]], [[postcode_city:87000 Limoges]].
SEMEDO|Nelson||06 12 48 90 37|||*|Service social : M. [[name:Semedo]] [[name:Nelson]], cap-verdien, sans titre de séjour, PASS ouverte, n° PASS [[id:P-25-1187]]. Domiciliation : CCAS, [[address:BP 88]], [[postcode_city:92000 Nanterre]].
* NIR incomplet dans le dossier de Mme [[name:Nguyen]] [[name:Thi Lan]] : [[nir:2 47 03 99 243 118]] (clé manquante), demander la carte vitale à la famille (fils [[other_name:Minh]], [[phone:06 40 88 13 27]]).
- Facturation : séjours de plus de 30 jours à contrôler avant l'envoi à la CPAM, liste jointe.
* Tutelle : M. [[name:Besson]] [[name:Julien]], 42 ans, tutelle confiée à l'ATI de la Drôme, mandataire Mme [[other_name:Charrier]], [[address:12 avenue Félix-Faure]], [[postcode_city:26000 Valence]], tél [[phone:04 75 82 31 00]].
* Mail de l'AS à la CPAM : « Bonjour, pour M. [[name:Kebe]] [[name:Ousmane]] (NIR [[nir:{nir:1 79 12 99 337 042}]]), la CSS a été refusée par erreur, pouvez-vous réexaminer ? Cordialement, [[other_name:Hélène Marchal]], assistante sociale. »
HENRIQUES|Paula|||||*|Changement d'adresse : Mme [[name:Henriques]] [[name:Paula]] habite désormais [[address:Lot. Les Hauts de Bellevue]], [[address:n° 23]], [[postcode_city:97122 Baie-Mahault]] (ancienne adresse : [[address:Rés. Les Flamboyants]], [[address:app. 5]], [[postcode_city:97110 Pointe-à-Pitre]]).
- Admissions : le logiciel ne prend pas les noms de plus de 38 caractères, noter le nom complet dans le champ commentaire.
* Bon de transport : M. [[name:Leroy-Beaulieu]] [[name:Charles-Henri]], VSL aller-retour pour séances de dialyse 3x/semaine, départ du [[address:15 quai de la Fosse]], [[postcode_city:44000 Nantes]]. Prescripteur RPPS [[rpps:1000394862]].
* Note administrative : doublon fusionné, IPP [[id:15 004 217]] absorbé par IPP [[id:{ipp}]] pour Mme [[name:Kaci]] [[name:Lydia]], née le [[date:25.12.1990]].
""")

# Letters, e-mails, SMS and voicemail: dates and homes as people write them
ROWS.append(r"""
# Letters and messages: GP letters, families' e-mails, SMS, voicemail transcribed; dates in words, homes with directions.
* SMS de la fille de Mme [[name:Le Gall]] : "bjr c [[other_name:Morgane]] la fille de Mme [[name:Le Gall]], elle a pas dormi de la nuit, elle a encore vomi, on peut passer demain matin ? mon num c le [[phone:06 87 12 43 90]]"
- Message vocal retranscrit : un patient demande si ses résultats sont arrivés, ne laisse pas son nom, rappellera.
BERTRAND|Lucie|||||*|Mail de Mme [[name:Bertrand]] [[name:Lucie]] : « Je vous écris pour décaler le RDV de ma fille [[other_name:Zoé]] du jeudi [[date_partial:onze décembre]] au lundi quinze... ou au [[date_partial:15 décembre]] si c'est plus simple. Merci. [[email:lucie.bertrand74@gmail.com]] »
* Lettre du médecin traitant : Cher confrère, je vous adresse M. [[name:Descamps]] [[name:Philippe]], né le [[date:vingt-trois avril mil neuf cent cinquante]], pour avis sur une anémie ferriprive. Bien confraternellement, Dr [[other_name:Wattebled]], [[address:2 place du Général-de-Gaulle]], [[postcode_city:59170 Croix]].
- Secrétariat : merci de rappeler les patients de la consultation annulée du vendredi, liste sur le bureau. Proposer le mardi suivant.
* Message vocal : "Oui bonjour c'est [[name:Jean-Claude]] [[name:Moreau]], j'habite [[address:la maison jaune après l'église]], au [[address:lieu-dit Les Bruyères]], à [[postcode_city:23200 Aubusson]], vous pouvez m'envoyer l'ambulance jeudi pour mon rendez-vous ? Merci."
DA SILVA|Bruno|||||*|Courriel de l'employeur ? Non, de l'épouse : « Mon mari [[name:Bruno]] [[name:Da Silva]] est hospitalisé chez vous depuis le 2, pouvez-vous me dire s'il va mieux ? Mon téléphone : [[phone:+41 79 512 36 84]] (je suis en Suisse). [[other_name:Cristina]] »
* SMS à l'IDEL : "Bonjour Mme [[other_name:Faure]], c'est la voisine de M. [[name:Jacquet]], la clé est sous le pot de fleurs à gauche de la porte, [[address:3 chemin de la Source]], [[address:code portail 1834]]. Il vous attend vers 8h."
- Courrier type : nous vous informons que votre rendez-vous est confirmé. Merci de vous présenter 15 minutes à l'avance au bureau des admissions muni de votre carte vitale.
* Lettre de sortie : Mme [[name:Dupont-Aignan]] [[name:Bernadette]] a séjourné du [[date_partial:1er]] au [[date:12 novembre 2025]] pour pneumopathie. Retour au domicile, [[address:Les Grands Chênes]], [[address:11 route de Blois]], [[postcode_city:41350 Vineuil]].
LEMAIRE|Pierre|||||*|Mail pasté de M. [[name:Lemaire]] [[name:Pierre]] : "Objet : mon dossier. Né le [[date:31.07.62]], je souhaite obtenir le compte rendu de mon opération du mois de [[date_month:juin]]. Adresse : [[address:45, rue du 8-Mai-1945]], [[postcode_city:94200 Ivry-sur-Seine]]."
- Mail du service qualité : enquête de satisfaction e-Satis, taux de réponse 32 %, les commentaires libres sont anonymisés avant diffusion.
* Courrier au CMP : je vous adresse Mme [[name:Boyer]] [[name:Aurore]], 27 ans, [[diag_mental:boulimie]] ancienne, récidive depuis l'été, vomissements 3x/j. Elle habite toujours chez ses parents, [[address:Mas de la Garrigue]], [[address:chemin des Oliviers]], [[postcode_city:30900 Nîmes]].
* Voicemail from a British patient: "Hello, it's [[name:Margaret]] [[name:Hughes]], I was seen in A&E on the [[date_partial:third of December]], could someone call me back on [[phone:+44 7700 912 345]]? We're staying at [[address:Le Moulin de Plessis]] near Sarlat."
HUGUET|Anaïs|||||*|SMS de Mme [[name:Huguet]] [[name:Anaïs]] : "J'arrive pas à venir demain pr la prise de sang, je peux le 16 ? sinon le [[date_partial:18/12]]. Jsuis au [[address:12 bis rue Lafayette]] maintenant" ... à vérifier avec l'accueil.
- Mail interne : la réunion de service est avancée à 13h30, salle du conseil. Ordre du jour : planning des fêtes.
* Lettre de la mère de [[name:Théo]] [[name:Marchand]] (8 ans) au pédiatre : « Docteur, depuis notre déménagement au [[address:4 bis allée des Érables]] à [[postcode_city:38130 Échirolles]], [[name:Théo]] tousse toutes les nuits. » Signé [[other_name:Élodie Marchand]].
* Réponse de la famille : « Maman est née le [[date:3 du 3 1936]] », dit la fille de Mme [[name:Bernier]] [[name:Lucienne]] : date de naissance corrigée en [[date:03/03/1936]].
""")

# What must stay: tooth and bed numbers, scores, eponyms, drugs, places of care; names that are words beside the words
ROWS.append(r"""
# Must-survive words and numbers, next to persons whose names are the same words.
- Pédiatrie : score de Silverman 2, Apgar 7 puis 9, test de Guthrie fait, réflexe de Moro présent, manoeuvre d'Ortolani négative, signe de Barlow négatif.
* Mme [[name:Lenfant]] [[name:Sophie]] (la mère) est venue avec l'enfant ; l'enfant dort, la maman rassurée. Revue en consultation le [[date_partial:2/02]].
- Obstétrique : score de Bishop 7, manoeuvre de Mauriceau non nécessaire, délivrance dirigée, révision utérine. Ocytocine 5 UI.
* M. [[name:Printemps]] [[name:Gaston]] n'aime pas le printemps (allergie aux pollens de bouleau), Aerius 5 mg toute la saison, ses petits-enfants [[other_name:Chloé]] et [[other_name:Arthur]] l'appellent « Papi [[name:Gaston]] ».
- Dentaire : classification de Kennedy classe III, crochet de Ackers, test de Schiller. Score CPAO 9.
- Psychiatrie de liaison : échelle de Hamilton 14, MADRS 18, test de Folstein 27/30. Score de Fagerström 6, questionnaire CAGE négatif.
* Mme [[name:Lamarque]] [[name:Jeannine]] a retrouvé la marque de ses lunettes, Afflelou. Rien de médical.
- SAMU : score de Glasgow 14, échelle de Cincinnati positive, NIHSS 9, score de Fine classe III. Manoeuvre de Heimlich réalisée par un passant.
* M. [[name:Bonheur]] [[name:Anselme]] dit que le bonheur c'est de rentrer chez lui. Sortie avec l'HAD, matériel livré [[address:11 rue Émile-Zola]], [[postcode_city:42100 Saint-Étienne]].
- Lab : méthode de Westergren, coloration de Gram, de Ziehl et de May-Grünwald-Giemsa. Test de Coombs direct négatif. Formule de Friedewald.
- Médecine du travail : test d'Ishihara normal, test de Snellen 10/10, échelle de Karasek pour le stress. Tableau 57 des maladies professionnelles.
* Chambre 12 : M. [[name:Lavigne]] [[name:Jacques]], vigneron, se plaint de la vigne à tailler. Pas de douleur. Sa femme ([[other_name:Colette Lavigne]]) apporte du raisin.
- Prison : les détenus du bâtiment Vauban et de l'aile Louis-Pasteur sont vus à l'UCSA le matin ; le quartier Mandela est fermé pour travaux.
* Mme [[name:Vérité]] [[name:Agathe]] : « la vérité c'est que je ne prends pas mes médicaments ». Observance à travailler avec le pharmacien.
- Pharmacie : Ventoline, Spiriva, Seretide, Symbicort ; Doliprane, Dafalgan, Efferalgan ; Clamoxyl, Orelox. Pansements Urgo et Mepilex.
- Geriatrics : échelle de Norton 12, grille AGGIR GIR 3, test de Tinetti 18, NPI-ES 24, échelle de Cornell négative, test de l'horloge échoué.
* M. [[name:Poulain]] [[name:Marcel]], ancien éleveur de chevaux, parle de son poulain né au printemps ; pas de confusion. Fille [[other_name:Élise]].
- Hôpital Necker-Enfants malades, Robert-Debré, Trousseau : correspondants de l'équipe de néonatologie. CHU de la Timone.
- Réanimation néonatale : Curosurf, caféine, CPAP nasale. Score de Silverman suivi toutes les 3 h.
* M. [[name:Lapierre]] [[name:Florent]] a une lithiase (une « pierre ») de 6 mm. Tamsulosine, filtrer les urines. Voisin de chambre : M. [[other_name:Petitpierre]].
- Pédiatrie : maladie de Still, purpura de Henoch, syndrome de Kawasaki incomplet chez un autre enfant ; syndrome de Di George évoqué.
* Mme [[name:Chevalier]] [[name:Pauline]], cavalière, chute de cheval, fracture du scaphoïde (signe de la tabatière). Plâtre de type Colles 6 semaines.
- Dentaire : appareil de Hawley, bagues de Ricketts, fraise Gates-Glidden, lime K. Aucune personne citée.
- Overseas : maladie de Hansen surveillée à Wallis, ciguatera à Tahiti, filariose lymphatique à Futuna. Pas de patient nommé.
""")

SET = HandSet("heldout15", "fifteenth", ROWS, HEADER_NOTE, "15")

if __name__ == "__main__":
    SET.main(__doc__)
