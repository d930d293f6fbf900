#!/usr/bin/env python3
"""The twenty-third hand set of labeled rows ("heldout23", issue 10).

  heldout23_corpus.py --write      write heldout23_rows_{dev,frozen}.txt
  heldout23_corpus.py --check      exit 1 if those files differ from what
                                   this script writes (make scrub-heldout)
  heldout23_corpus.py --lint       the writer's check, before the split

The rows below were typed by hand by the helper heldout23 (twenty-sixth
pass), who did not read the detectors (src/, include/, conf/) nor any
scrubber output while typing, nor any set's misses.  Read: the helpers'
brief; tests/scrub/handset.py whole; the docstring, the first two blocks
and the last block of heldout22_corpus.py (the frame: some hundred of its
rows seen once, no phrase reused); the first forty lines of
heldout15_corpus.py to heldout21_corpus.py (their genres and name
sources, to write elsewhere); the Makefile's genre lines of all
twenty-two sets and its scrub-heldout targets; the lead's sections "Drinks
and the addiction group", "Conventions left as they are" and "HPV in the
hand sets" of docs/scrub.md; the head of eval.py (POLICY_WORDS); for the
label widths, greps of the earlier sets' rows: a count of the sensitive
labels of heldout15-22's dev halves by kind, and some forty label excerpts
(`[[nir:`, `[[id:` including passports and declaration numbers,
`[[date_month:`, a year as `[[date_partial:`, `[[email:`, `[[iban:`,
`[[finess:`, `[[address:` with EHPAD rooms, initials such as `[[name:D.M.]]`
and `Dr [[other_name:C. Lemaire]]`, nicknames after `dite`, relatives after
`sa fille`/`son fils`).  The docs/scrub.md heldout22 section was read only
after the rows were typed and the files written (for the shape of this
set's own section).

The genres are the registers the twenty-two sets give least of, or a new
angle on one they name: EHPAD night transmissions (rounds, falls, the
night's calls from families, wandering, deaths certified at night; the
resident's room as home), pharmacovigilance, addictovigilance,
haemovigilance and materiovigilance declarations (patients by their
initials, CRPV case numbers, lots and serial numbers that are no one's),
the oncology day hospital (cycles C4J1, deferrals, the coordinating
nurse's calls, announcement consultations, wigs, clinical trial numbers),
SOS Médecins and out-of-hours GPs (PDSA, maison médicale de garde, house
calls with door codes, tourists and their insurance numbers), endoscopy,
eye, dental, orthoptic and hearing-aid letters (tooth numbers, acuities
and pressures that read as dates), patients' SMS, portal and WhatsApp
messages typed with typos, no accents, lower-case names, SMS shorthand,
in English, Spanish and Portuguese, a surname spelled letter by letter;
medical records requests, the DIM, coding and billing (ayants droit,
registered-mail numbers, RSS, ICD-10 codes, AME, mutuals, a lawyer's
request); travel medicine and vaccination centres, military medicine
(ranks before the name, matricules), a custody examination; palliative
care, chaplaincy, deaths and funeral arrangements; and about a third of
the rows label-free look-alikes (eponyms, scores, IPP as the drug class,
tooth numbers, visual acuities, blood pressures, guideline years,
hospitals named after a person, trades and things that are surnames used
as words: pigeon, moulin, boulanger, vigneron, petit, grand).

Name sources: typed from general knowledge, no list read or downloaded:
French surnames that are ordinary words, in kept positions (after a
title, after Dr, beside the thing of the same word: Pigeon, Moulin,
Petit, Grand, Lebrun, Boulanger, Vigneron, Renard, Loiseau, Chapelle,
Prince, Dauphin, Cordonnier, Tisserand, Bonhomme, Lejeune, Fleury,
Toussaint, Sage, Chevalier, Bouchard, Mercier, Legrand, Berger, Lenoir,
Vacher, Lapin, Bonnet, Sauvage, Rossignol, Corbeau, Faucon, Lapierre,
Poulain, Charbonnier, Vieux, Chevreuil, Leblanc, Leroy, Grenier, Roux),
given names that are words (Rose, Céleste, Constance, Prudence, Violette,
Aimé, Désiré, Prosper, Aurore, Clément, Blanche, Océane, Noëlle),
hyphenated and particle names (de La Villemarqué, de Montalembert,
Charles-Henri, Martin-Duclos, Petit-Renaud, Dubois-Martel, Leclerc-Vidal,
Ménard-Leclerc, Durand-Viel, Boulanger-Vidal, d'Harcourt, Van Damme, da Costa, Dos Santos, El-Khoury,
Al-Hassan, Ben Youssef, Abou Samra, Aït-Ouarab), initials (D.R., B.F.,
M-C.D., W., K., G., A.) and nicknames (Guite, Jipé, Momo, Lulu),
English, Irish, Scottish and American (O'Sullivan, Siobhan, Fitzgerald,
Declan, Kelly, Bridget, MacLeod, Ian, Thompson, Emily, Smith, Walker,
Susan, O'Brien, Kathleen), Québécois (Lavoie, Réal, Geneviève), Spanish
and Latin American (García Fernández, Pilar, Lopez Ruiz, Javier,
Jiménez, Álvaro, Ramírez, Lucía, Herrera Soto, Rosario, Fernández de la
Cruz, Diego, Guerrero, Alejandro, Sánchez, Pedro, Rivas, Yolanda,
Navarro), Portuguese and Brazilian (Oliveira, Fernanda, Duarte, Graça,
Pereira da Silva, Joaquim, Pinto, Armando, Martins), Italian (Rossi,
Angela, Marchetti, Luca), Arabic transliterated in several spellings
(Benyoucef, Abdelkader, Abdelmalek, Youssef, Haddad, Fouad, Hamza,
Mohamed, Bensalah, Rachid, Benhaddou, Rayan, Mansouri, Lina, Khadija,
Haddadi, Samia, Fatima-Zahra, Chérif, Ouali), West African and Nigerian
(Okafor, Chinedu, Okonkwo, Emeka, Kouassi, Yao, Mendy, Ousmane, Diallo,
Kadiatou, Camara, Fatoumata, Ba, Idrissa), Turkish (Ozturk, Kemal,
Selim), Chinese of Singapore (Ng, Mei Ling), Polish (Kowalczyk), Irish
Gaelic and Breton given names.

Everything is invented: people, homes, numbers.  Street names may be real
street names; no row is a real patient's.  The frame (row shorthand,
placeholders, what is computed, the split: rows ranked by
sha256("heldout23\\n" + row), the lower half to the dev file) is
tests/scrub/handset.py's, as heldout14's to heldout22's.

Labeling choices (heldout_corpus.py's, heldout22's and the lead's; new
cases written here): a patient named by initials only has them labelled
`name` as one label (`[[name:B.F.]]`), an initial before a given name
alone (`M. [[name:W.]] [[name:Kevin]]`); a nickname of the patient is
`name`, of a relative `other_name`; a surname spelled letter by letter
is `name` whole; a relative is `other_name` even with the patient's
surname; a resident's EHPAD, its name and its room are `address` (the
home), a hospital room is not; a funeral home, a taxi firm, an
audioprothésiste or a pharmacy named after a person stays; lots, serial
numbers, seal numbers and guideline years are no one's and stay; a CRPV
case number, a registered-mail number, an RSS, an assistance or insurance
file, a passport, a matricule, a requisition number and a trial
inclusion number are `id`; an ICD-10 code of a suppressed group
(`F10.2`) is labelled as its group, other codes stay; a drink alone
stays, `sevrage alcoolique`, `alcoolodépendance` are `diag_addict`;
`Xanax` and the other benzodiazepines and hydroxyzine are not labelled;
`pilule du lendemain` is `diag_repro` whole; `désir de grossesse` has
`grossesse` labelled; the weekday stays outside its date (`mardi
[[date_partial:9]]`, `Sunday [[date_partial:30 November]]`), `dia
[[date_partial:22]]` in Portuguese likewise; a month alone is
`date_month`, a year alone `date_partial`; the POLICY_WORDS (psychiatre,
CEIP, addictovigilance, addicto ...) are not labelled.
"""
from handset import HandSet

HEADER_NOTE = """\
# Typed by hand by the helper heldout23 without reading the detectors or any scrubber output (see the script's
# docstring for what was read); invented people, homes and numbers only. NIR keys, RPPS/FINESS Luhn digits,
# IBAN check digits and IPPs written `*` are computed by the script. Split by rank of sha256("heldout23\\n" + row), lower half dev.
"""

# ------------------------------------------------------------------ rows
# Typed by genre; within one, by register.

ROWS = []

# EHPAD night transmissions (rounds, falls, families calling at night, deaths at night)
ROWS.append(r"""
* Transmissions de nuit, EHPAD [[address:Les Charmilles]] : Mme [[name:Pigeon]] [[name:Yvonne]], [[address:ch. 17]], déambulation de 1h à 3h, recouchée après une tisane, pas de chute.
* Ronde de 2h : le résident de la [[address:chambre 4]], M. [[name:Moulin]] [[name:Gaston]], retrouvé au sol près du lit, pas de plaie, relevé à deux, constantes normales ; fiche chute faite, sa fille [[other_name:Danielle]] prévenue à 7h.
- Nuit calme dans l'ensemble, 3 résidents réveillés par l'orage, protections changées à 0h et à 5h.
* Mme [[name:Petit]] [[name:Marguerite]] (« [[name:Guite]] » pour l'équipe), [[address:ch. 9]] de l'EHPAD, appelle sa sœur décédée toute la nuit, angoissée ; médecin de garde non appelé, présence rassurante.
* 23h40 : M. [[name:Lebrun]] [[name:Marcel]] refuse son [[diag_mental:Tercian]] du coucher, crache le comprimé ; retenté à 0h15, pris dans de la compote.
* Résidente de la [[address:chambre 22]] (Mme [[name:Grand]] [[name:Odette]]) : toux grasse, T 38,4, SpO2 91 %, oxygène 2 L, médecin de garde appelé par le 15 à 3h10.
* Appel du fils de M. [[name:Boulanger]] [[name:René]] à 0h30 (M. [[other_name:Boulanger]] [[other_name:Thierry]], [[phone:06 71 29 48 03]]) : veut savoir si son père a mangé ; rassuré, rappellera demain le cadre.
* Décès de Mme [[name:Vigneron]] [[name:Simone]] constaté à 4h20 par le Dr [[other_name:Rossignol]] (SOS Médecins), famille présente, toilette mortuaire faite, pompes funèbres Lapierre contactées à 7h.
- Protection changée à 5h, siège sec, effleurage des talons, mise au fauteuil non faite (résident endormi).
* M. [[name:de La Villemarqué]] [[name:Hervé]], [[address:ch. 2]], a sonné 11 fois entre 22h et 4h pour « avoir l'heure » ; montre posée sur la table de nuit.
* Nuit agitée pour Mme [[name:Renard]] [[name:Colette]] : hallucinations visuelles (« des enfants dans le couloir »), pas de fièvre, glycémie 1,32 ; à signaler au Dr [[other_name:Tisserand]] (médecin co).
* Mme [[name:Loiseau]] [[name:Paulette]] n'a pas uriné depuis 14h, globe vésical au bladder scan (620 mL), sondage aller-retour à 1h, soulagée.
- Porte de l'unité protégée trouvée ouverte à 3h15 : code changé par l'agent de sécurité, aucun résident sorti.
* Fugue nocturne : M. [[name:Chapelle]] [[name:Armand]], résident de l'unité Alzheimer, retrouvé à 2h par la gendarmerie devant son ancienne maison, [[address:8 rue des Tanneurs]], [[postcode_city:72200 La Flèche]] ; ramené, pas de blessure.
* 1h : Mme [[name:O'Sullivan]] [[name:Maureen]] parle anglais la nuit (« I want to go home »), reconnaît sa fille [[other_name:Siobhan]] sur la photo, se rendort.
* Chute de M. [[name:Prince]] [[name:Lucien]] à 5h50 en allant seul aux toilettes, plaie du cuir chevelu de 2 cm, stéristrips ; sous apixaban : surveillance neurologique horaire, Dr [[other_name:Dauphin]] prévenu.
- Hydratation de nuit : eau gélifiée proposée à 23h et à 3h, bien acceptée par les résidents de l'aile B.
* Mme [[name:García Fernández]] [[name:Pilar]] appelle « [[other_name:Manolo]] » (son mari, décédé en [[date_partial:2019]]) toute la nuit, en espagnol ; apaisée vers 4h avec la radio.
* Sonde nasogastrique arrachée à 0h20 par M. [[name:Benyoucef]] [[name:Abdelkader]] ([[address:ch. 31]]), non reposée la nuit, à voir avec l'IDE de jour.
- Épisode de vomissements chez 2 résidents du 1er étage : précautions contact, prélèvement de selles demandé au matin.
* Pour l'équipe de jour : Mme [[name:Cordonnier]] [[name:Germaine]] a eu son [[diag_mental:Seroplex]] à 22h au lieu de 8h (erreur de pilulier), médecin co informé, fiche d'événement indésirable faite.
* M. [[name:Lamy]] [[name:Jean-Pierre]], dit « [[name:Jipé]] », a refusé la PPC (masque arraché 3 fois) ; saturation nocturne 88-90 %, à revoir avec le pneumologue.
* Mme [[name:Bonhomme]] [[name:Alice]] ([[address:chambre 6]]) pleure la nuit depuis la visite de sa belle-fille, Mme [[other_name:Bonhomme]] [[other_name:Sylvie]] ; propos : « ils vont vendre ma maison ». Signalé au cadre.
- Ronde de 4h : tous les résidents vus, 2 réveillés, 1 collation servie, pas d'événement.
* Nuit du [[date_partial:14]] : Mme [[name:Fleury]] [[name:Rose]], résidente, dyspnée à 3h, crépitants, appel au 15, transfert aux urgences de Laval par les pompiers à 3h50 ; DLU et traitement joints, neveu ([[other_name:Gilles Fleury]], [[phone:02 43 56 17 90]]) prévenu.
* [[address:EHPAD Le Clos Fleuri]], [[address:ch. 108]] : M. [[name:Van Damme]] [[name:Willy]] a mis ses chaussures à 2h pour « aller à l'usine » ; réorienté, recouché sans contention.
- Le chariot d'urgence a été vérifié cette nuit, scellé n° 4471, aspirateur de mucosités en panne signalé au technicien.
* Mme [[name:Toussaint]] [[name:Noëlle]] refuse d'aller au lit, dort au fauteuil du salon ; couverture, pas de barrières (elle refuse), passage toutes les heures.
* Pilulier du matin de M. [[name:Dos Santos]] [[name:Manuel]] préparé par la nuit ; [[diag_addict:sevrage alcoolique]] en cours (Séresta 10 mg x3), pas de tremblement ni de sueurs cette nuit.
* 22h50, appel de la nièce de Mme [[name:Lejeune]] [[name:Blanche]] (Mme [[other_name:Aubert]] [[other_name:Prudence]], [[email:prudence.aubert@laposte.net]]) : veut être appelée en cas d'aggravation, quelle que soit l'heure.
* Nuit du [[date_partial:3]] au [[date_partial:4/12]], EHPAD [[address:Saint-Vincent]] : M. [[name:Faucon]] [[name:Albert]], [[address:chambre 12]], diarrhée x4, réhydratation orale, isolement, pas de fièvre.
* Le Dr [[other_name:Corbeau]], médecin de garde, a prescrit par téléphone à 1h du paracétamol pour Mme [[name:Poulain]] [[name:Aimée]] (T 38,7) ; prescription à signer par lui demain.
""")

# Pharmacovigilance, addictovigilance, haemovigilance and materiovigilance declarations
ROWS.append(r"""
* Déclaration au CRPV : patiente de 54 ans (initiales [[name:M-C.D.]]), éruption maculo-papuleuse à J9 de l'allopurinol, DRESS suspecté ; arrêt le [[date:12/11/2025]], hospitalisée en dermatologie.
- Effet indésirable grave : angio-œdème sous périndopril, patient de 71 ans, déclaré au CRPV de Lyon, numéro de dossier en attente.
* Fiche de pharmacovigilance : M. [[name:W.]] [[name:Kevin]], 29 ans, hépatite cytolytique (ALAT à 18 N) sous amoxicilline-acide clavulanique, début des signes le [[date_partial:3 octobre]], imputabilité plausible.
* Cas [[id:LY20251187]] : Mme [[name:G.]], 83 ans, hyponatrémie à 118 mmol/L sous [[diag_mental:escitalopram]] depuis 3 semaines, arrêt, restriction hydrique.
* Réponse du CRPV (Dr [[other_name:Ménard-Leclerc]], [[email:crpv.pharmacovigilance@chu-exemple.fr]]) : l'association tramadol et [[diag_mental:sertraline]] explique le syndrome sérotoninergique de M. [[name:Haddad]] [[name:Fouad]].
- Matériovigilance : rupture du ballonnet d'une sonde urinaire Ch 16, lot 2409117, référence conservée, déclaration à l'ANSM faite.
* Signalement de matériovigilance : pompe à perfusion (n° de série SN-88420-B) ayant délivré dix fois la dose de morphine à Mme [[name:Fontanel]] [[name:Hélène]] le [[date:28/10/2025]] à 14h ; pompe retirée du service.
* Addictovigilance : déclaration au CEIP pour M. [[name:K.]] [[name:Anthony]], 19 ans, convulsions après usage de [[diag_addict:protoxyde d'azote]] (30 cartouches par soirée).
- Erreur médicamenteuse évitée : KCl prescrit en IV directe, interception par l'IDE, appel du prescripteur, correction de la prescription.
* Hémovigilance : frissons et T 39,5 à 20 min du 2e CGR chez Mme [[name:Petitjean]] [[name:Denise]] ; transfusion arrêtée, poche et tubulure renvoyées à l'EFS, FEIR faite le [[date_partial:2/12]].
* Déclaration faite par la patiente elle-même sur le portail de signalement : Mme [[name:Martin-Duclos]] [[name:Anne]], chute de cheveux sous [[diag_repro:DIU]] au lévonorgestrel.
* Fiche CRPV — Initiales : [[name:B.F.]] — Sexe : F — Né(e) : [[date_partial:02/1989]] — Médicament suspect : lamotrigine (épilepsie) — Effet : syndrome de Stevens-Johnson.
- Notification de l'ANSM : rappel de lots de metformine, les patients concernés seront contactés par leur pharmacie.
* La pharmacie Bonnefoy déclare pour M. [[name:Guerrero]] [[name:Alejandro]] une confusion de boîtes (Lasilix 40 au lieu de Lasilix Faible) ; patient rappelé au [[phone:04 68 35 22 91]], pas de conséquence.
* Hypoglycémie sévère chez M. [[name:Fitzgerald]] [[name:Declan]], 77 ans, sous glimépiride et clarithromycine, glycémie 0,31 g/L ; déclaration faite par l'interne (Dr [[other_name:Abou Samra]]).
- Vaccinovigilance : fièvre à 39 °C et pleurs persistants 6 h après le vaccin hexavalent chez un nourrisson de 2 mois, déclaration faite.
* Interaction signalée par la pharmacie hospitalière : [[diag_hiv:Biktarvy]] et fer oral pris ensemble par M. [[name:Okafor]] [[name:Chinedu]] ; prise à 2 h d'écart conseillée, charge virale à recontrôler.
* Mme [[name:A.]] [[name:Fatima-Zahra]], 42 ans : hépatite sous [[diag_addict:baclofène]] à 150 mg/j (pour une [[diag_addict:alcoolodépendance]]), déclarée au CRPV.
- Déclaration d'incident : seringue électrique non reprogrammée au changement d'équipe, pas de conséquence, rappel de la procédure.
* Exposition en cours de [[diag_preg:grossesse]] : Mme [[name:Moreau-Lambert]] [[name:Élise]], [[diag_preg:enceinte]] de 7 [[diag_preg:SA]], a pris du valproate jusqu'au [[date_partial:20/11]] ; appel au CRAT, échographie de référence demandée.
* Le Dr [[other_name:J.-M. Faucon]] (RPPS [[rpps:{rpps:1000384726}]]) signale une rhabdomyolyse sous atorvastatine et ticagrélor chez son patient M. [[name:Corbeau]] [[name:Henri]], 69 ans.
* Allergie à la pénicilline notée dans le DPI de Mme [[name:Leroy]] [[name:Violette]] : urticaire généralisée en [[date_partial:2011]], pas de choc.
* Identitovigilance à l'administration : deux patients nommés [[name:Roux]] dans l'unité (M. [[name:Roux]] [[name:Gérard]], ch. 8, et M. [[other_name:Roux]] [[other_name:Gilbert]], ch. 10) ; bracelets vérifiés à chaque administration.
* Déclarant : EHPAD [[address:Les Charmes]], FINESS [[finess:{finess:51000743}]] ; Mme [[name:Charpentier]] [[name:Lucienne]], 91 ans, chute sous zolpidem, fracture du poignet.
""")

# Oncology day hospital (cycles, deferrals, coordinating nurse, announcement)
ROWS.append(r"""
* HDJ oncologie : Mme [[name:Bouchard]] [[name:Céleste]], C4J1 FOLFOX reporté d'une semaine (PNN 0,9 G/L), nouveau RDV le [[date_partial:18/12]] à 8h30, NFS la veille au laboratoire de ville.
- C3J8 gemcitabine : bilan conforme, feu vert de l'oncologue, début de la perfusion à 10h10.
* Appel de l'IDE coordinatrice à M. [[name:Lopez Ruiz]] [[name:Javier]] ([[phone:06 84 12 57 30]]) à J5 de son cycle : diarrhées grade 2, lopéramide, rappel du numéro d'urgence du service.
* RCP sein du [[date_partial:9 décembre]] : Mme [[name:Chevalier]] [[name:Constance]], 37 ans, carcinome canalaire infiltrant, désir de [[diag_preg:grossesse]] : orientée en oncofertilité avant la chimiothérapie.
* Prescription de prothèse capillaire pour Mme [[name:Sage]] [[name:Violette]], perruque de classe 1, fournisseur : l'institut capillaire de la rue du Marché.
- Pose de PAC prévue au bloc, cathéter de 8 Fr, site sous-clavier droit, contrôle radiographique après la pose.
* M. [[name:Abdelmalek]] [[name:Youssef]] (NDA [[id:25H0047712]]) : extravasation d'épirubicine au pli du coude droit, protocole appliqué, dexrazoxane, photos faites, revu en dermatologie le [[date_partial:2/12]].
* Oncogériatrie : Mme [[name:Marchal]] [[name:Odile]], 86 ans, G8 à 11/17, vit seule au [[address:3 rue du Grand-Moulin]], [[postcode_city:51100 Reims]], aide-ménagère deux fois par semaine.
* Mme [[name:Kelly]] [[name:Bridget]] (anglophone) : consentement de l'essai traduit, numéro d'inclusion [[id:ONCO-BR-014-0331]], randomisée dans le bras B.
- Neutropénie fébrile : T 38,6, PNN 0,3 G/L, hémocultures, pipéracilline-tazobactam dans l'heure.
* Message vocal de M. [[name:Jiménez]] [[name:Álvaro]] à 7h15 : ne viendra pas à sa chimio, « trop fatigué » ; rappelé, vu par l'oncologue à 11h, cure reportée au lundi [[date_partial:22]].
* Mme [[name:Rossi]] [[name:Angela]] voit la psychologue (Mme [[other_name:Vidal]]) pour un [[diag_mental:syndrome dépressif]] réactionnel, [[diag_mental:mirtazapine]] 15 mg débutée par l'oncologue.
- Hormonothérapie par anastrozole, arthralgies, ostéodensitométrie demandée, activité physique adaptée proposée.
* Immunothérapie de M. [[name:Vasseur]] [[name:Aimé]] suspendue : colite grade 3, corticoïdes 1 mg/kg ; cure du [[date_partial:15]] annulée.
* Taxi conventionné de M. [[name:Mercier]] [[name:Désiré]] non venu à 16h, patient resté jusqu'à 18h30, retour par les Taxis Girard ; réclamation faite à la CPAM.
* Mme [[name:El-Khoury]] [[name:Rita]], C2 carboplatine-paclitaxel : réaction d'hypersensibilité à la 5e minute (flush, dyspnée), arrêt, reprise à débit réduit après prémédication.
- CA 15-3 à 48 U/mL, en hausse, scanner thoraco-abdomino-pelvien avancé.
* Fin du traitement actif annoncée à M. [[name:Legrand]] [[name:Fernand]] en présence de son épouse (Mme [[other_name:Legrand]] [[other_name:Paulette]]) et de l'IDE d'annonce ; orientation vers l'équipe de soins palliatifs.
* IDE libérale de Mme [[name:Duarte]] [[name:Graça]] (Mme [[other_name:Tavernier]], [[phone:06 45 88 13 02]]) : pansement du PICC line refait le [[date_partial:29/11]], pas de signe local.
- Mucite grade 2 : bains de bouche au bicarbonate, lidocaïne visqueuse, alimentation mixée.
* Mme [[name:Beaulieu]] [[name:Aurore]], 38 ans, mère de trois enfants, demande à décaler la cure du [[date_partial:24 décembre]] pour Noël : accepté, C5 le [[date_partial:26/12]].
* Appel de Mme [[name:Ramírez]] [[name:Lucía]] : fièvre à 38,9 à J10, sous G-CSF ; adressée aux urgences avec sa carte de patient sous chimiothérapie.
- RCP digestive : adénocarcinome du rectum T3N1, radio-chimiothérapie puis chirurgie, dossier présenté par l'interne.
* Consultation d'annonce : M. [[name:Beaumont]] [[name:Clément]], 52 ans, [[diag_hiv:VIH]] connu depuis [[date_partial:2008]], lymphome B diffus à grandes cellules ; R-CHOP à discuter avec l'infectiologue (interactions avec son [[diag_hiv:Triumeq]]).
* Mme [[name:Lenoir]] [[name:Claire]] (IPP [[id:{ipp}]]) : chimiothérapie orale par capécitabine, syndrome main-pied grade 1, crème émolliente, pas de réduction de dose.
""")

# SOS Médecins, out-of-hours GPs (PDSA, maison médicale de garde), house calls
ROWS.append(r"""
* Visite SOS Médecins à 21h40, [[address:27 avenue Gambetta]], [[address:4e étage sans ascenseur]], code [[address:B4712]] : M. [[name:Moulinier]] [[name:Paul]], 81 ans, fièvre à 39,1, foyer pulmonaire droit, amoxicilline, pas d'hospitalisation.
* Appel à 23h12 de la voisine de Mme [[name:Lebœuf]] [[name:Jacqueline]] (Mme [[other_name:Ferrand]], [[phone:03 80 41 72 56]]) : volets fermés depuis deux jours ; le régulateur envoie les pompiers.
- Maison médicale de garde : 34 passages ce dimanche, dont 12 enfants, 2 orientations aux urgences.
* Certificat de décès établi à domicile par le Dr [[other_name:Morvan]] (SOS Médecins) pour M. [[name:Carpentier]] [[name:Lucien]], [[address:lieu-dit La Croix Blanche]], [[postcode_city:27400 Louviers]] ; obstacle médico-légal : non.
* Régulation libérale : Mme [[other_name:Oliveira]] [[other_name:Fernanda]] appelle pour son fils [[name:Enzo]], 4 ans, fièvre à 40 depuis ce matin ; conseil : paracétamol, rappeler si taches, consultation à la MMG à 9h.
- Conseil téléphonique : brûlure du 1er degré de l'avant-bras par eau chaude, refroidissement 15 minutes, pas de consultation urgente.
* Visite de nuit chez M. [[name:Grandjean]] [[name:Roger]], [[address:12 rue Pasteur]], [[postcode_city:59300 Valenciennes]] : rétention aiguë d'urine, sondage impossible, adressé aux urgences en ambulance.
* Appel du 15 transféré à SOS Médecins : l'enfant [[name:Benali]] [[name:Inès]], 7 ans, otalgie ; la mère ([[other_name:Samira]]) est joignable au [[phone:07 52 88 41 09]] ; délai de visite annoncé 2 h.
* SOS Médecins : Mlle [[name:Thompson]] [[name:Emily]], étudiante américaine de 21 ans, colique néphrétique, kétoprofène ; assurance voyage, dossier [[id:AXA-TRV-5584129]].
- Visite refusée par le patient à l'arrivée du médecin, refus signé, conseils donnés à l'épouse.
* [[diag_mental:Idées suicidaires]] exprimées par M. [[name:Berger]] [[name:Alain]] à la visite de 22h, seul à domicile, fusil de chasse dans la grange ; régulateur appelé, hospitalisation à la demande de son frère (M. [[other_name:Berger]] [[other_name:Luc]]).
* Dr [[other_name:Aït-Ouarab]], de garde sur le secteur 14 : visite pour certificat de décès chez Mme [[name:Vacher]] [[name:Hortense]], mort naturelle, famille en route depuis Lille.
- Consultation non programmée : entorse de cheville, règles d'Ottawa négatives, pas de radio, attelle.
* M. [[name:MacLeod]] [[name:Ian]], touriste écossais logé au gîte [[address:Le Moulin Neuf]], [[postcode_city:46300 Gourdon]] : chute à vélo, plaie du genou suturée (4 points) ; carte européenne n° [[id:80826000011234567890]].
* Le fils de Mme [[name:Lenoir]] [[name:Eugénie]] rappelle à 1h : « maman a encore vomi » ; deuxième visite, déshydratation, hospitalisation décidée.
* Appel de l'[[address:EHPAD Les Tilleuls]] pour M. [[name:Fournier]] [[name:Abel]] : saignement autour de la sonde de gastrostomie ; conseil : compression, visite à 7h si ça persiste.
- Délai d'attente annoncé de 3 heures sur le secteur nord (grippe, gastro), deux médecins en visite.
* Crise d'angoisse de Mme [[name:da Costa]] [[name:Maria Helena]] après une dispute avec son fils : hyperventilation, pas de douleur thoracique, ECG normal, hydroxyzine 25 mg.
* SOS Médecins Grand Avignon, Dr [[other_name:Leclerc-Vidal]], compte rendu de la visite du [[date:07/12/2025]] à 2h : M. [[name:Sánchez]] [[name:Pedro]], douleur thoracique atypique, adressé aux urgences.
* Nuit de garde : appel de Mme [[name:Petit-Renaud]] [[name:Pascale]] ([[phone:+33 6 19 74 02 55]]) pour un renouvellement de Xanax : refusé par téléphone, orientée vers son médecin traitant.
- Visite annulée : le patient est parti aux urgences par ses propres moyens.
* Visite chez M. [[name:Vigneron]] [[name:Alphonse]], viticulteur, [[address:domaine des Trois Chênes]], [[postcode_city:21700 Nuits-Saint-Georges]] : lombalgie aiguë après la taille, arrêt de travail 5 jours.
""")

# Endoscopy, eye, dental, orthoptic and hearing-aid letters
ROWS.append(r"""
* Demande de coloscopie pour M. [[name:Vigneau]] [[name:Marc]], 58 ans, test immunologique positif ; sous Kardégic, à poursuivre ; préparation en deux prises, la veille et le matin.
* Compte rendu de gastroscopie : Mme [[name:Ben Youssef]] [[name:Leïla]], œsophagite grade B, biopsies pour Helicobacter (prélèvement n° [[id:A25-18843]]).
- Préparation colique insuffisante (Boston 4), examen à refaire après un régime sans résidu de 3 jours.
* Ophtalmologie : M. [[name:Aubry]] [[name:Bertrand]], DMLA exsudative OD, 4e IVT d'aflibercept le [[date_partial:11/12]], acuité à 4/10.
* Lettre au Dr [[other_name:Lefebvre]] (ophtalmologue, [[address:2 cours de la Libération]], [[postcode_city:38000 Grenoble]]) : merci de revoir Mme [[name:Boyer]] [[name:Ginette]] pour son glaucome, PIO à 28 mmHg sous collyre.
- Acuité visuelle 10/10 P2 aux deux yeux avec correction, fond d'œil normal.
* Chirurgie de la cataracte OG de M. [[name:Lapin]] [[name:Gérard]] programmée le [[date:16/01/2026]] ; consultation d'anesthésie le [[date_partial:5/01]] ; pas d'anticoagulant.
* Chirurgien-dentiste, Dr [[other_name:Berthelot]] : extraction de la 36 et de la 37 chez M. [[name:Faure]] [[name:Denis]] sous AVK, INR à 2,3 le matin, hémostase par colle et sutures.
- Bilan orthoptique : insuffisance de convergence, 12 séances de rééducation orthoptique.
* Courrier du dentiste : Mlle [[name:Mathieu]] [[name:Clémentine]], 17 ans, érosions palatines évocatrices de vomissements provoqués ; [[diag_mental:boulimie]] suspectée, adressée au médecin traitant.
* Audioprothésiste (Audition Lemaire) : appareillage binaural de M. [[name:Rousseau]] [[name:Prosper]], 84 ans, essai de 30 jours, devis n° [[id:DV-2025-1187]] transmis à la mutuelle.
- Audiogramme : surdité de perception bilatérale symétrique, perte moyenne de 55 dB, indication d'appareillage.
* Demande d'écho-endoscopie pour Mme [[name:Delacroix]] [[name:Marie-Thérèse]] : kyste du pancréas de 28 mm, suite de la CPRE du [[date_partial:3 novembre]].
* Vidéocapsule avalée à 8h15 par M. [[name:Okonkwo]] [[name:Emeka]] ; boîtier rendu à 16h à l'accueil, lecture par le Dr [[other_name:Meunier]].
- Fibroscopie bronchique : aspiration de sécrétions purulentes, lavage broncho-alvéolaire envoyé en bactériologie.
* M. [[name:Bonnet]] [[name:Victor]] non à jeun à 8h (a pris un café) : coloscopie décalée à 14h, accord de l'anesthésiste.
* Orthodontie pour l'enfant [[name:Dubois-Martel]] [[name:Lou]], 11 ans ; la mère (Mme [[other_name:Martel]] [[other_name:Claire]]) demande un devis pour la mutuelle.
* Kératoplastie transfixiante OD de Mme [[name:Haddadi]] [[name:Samia]] : greffon reçu de la banque de cornées, suites simples, lettre au Dr [[other_name:Chérif]].
- Rétinographie de dépistage de la rétinopathie diabétique : pas de lésion, contrôle dans 2 ans.
* Message de l'endoscopie : la CPRE de M. [[name:Sauvage]] [[name:Lucien]] du mardi [[date_partial:9]] est annulée (duodénoscope en réparation), nouveau créneau le [[date_partial:16]].
* Amygdalectomie de l'enfant [[name:Charpentier]] [[name:Noé]], 6 ans : saignement à J8, reprise au bloc, sortie le [[date_partial:21/11]].
- Verres progressifs : OD +1,25 (-0,50 à 90°) add 2,25 ; OG +1,00 add 2,25.
* Soins dentaires sous MEOPA pour M. [[name:Guillot]] [[name:Thibault]], 24 ans, [[diag_mental:trouble du spectre de l'autisme]], accompagné de son éducateur (M. [[other_name:Ba]] [[other_name:Idrissa]]).
* Mme [[name:Lapierre]] [[name:Josette]], née le [[date:30/08/1944]] : lunettes perdues à l'hôpital, déclaration au bureau des relations avec les usagers, ordonnance de l'ophtalmologiste refaite.
""")

# Patients' SMS, portal and WhatsApp messages (typos, no accents, other languages)
ROWS.append(r"""
MOULIN|Sandrine|||||*|Message portail : « bjr c [[name:sandrine]] [[name:moulin]], mon rdv du [[date_partial:12]] je peu pas venir ma fille est malade, on peut decaler svp ? merci »
* SMS : « slt docteur c mme [[name:pigeon]], le sirop du petit marche pas il tousse tjr la nuit, jpeu passer demain ? »
SMITH|John|||||*|SMS: "Hi, this is [[name:John]] [[name:Smith]], I have an appointment on [[date_partial:Dec 15]] at 10am with Dr [[other_name:Garnier]], can I bring my wife as interpreter? Thanks"
* SMS reçu du [[phone:06 32 77 14 85]] : « c la fille de mr [[name:petit]] il a encore fait une chute cette nuit il veut pas aller a l hopital qu est ce quon fait »
* Mail : « Buenos días, soy [[other_name:Lucía]], la hija de [[name:Rosario]] [[name:Herrera Soto]]. Mi madre no entiende el francés, ¿pueden llamarme al [[phone:+34 612 48 90 33]]? Gracias »
BOULANGER|Kévin|||||*|Message portail de M. [[name:Boulanger]] [[name:Kévin]] : « jai perdu mon ordonance de [[diag_addict:subutex]], la pharmacie veux pas me depanner, je fais comment, je suis en manque »
* SMS : « Bonsoir, [[name:Grand]] [[name:Nathalie]] ici, le test de [[diag_preg:grossesse]] est positif, je dois arreter le traitement pour la thyroide ??? »
* Portail patient, message de [[email:lulu.vigneron59@gmail.com]] : « cest [[name:Lucie]] [[name:Vigneron]], pouvez vous menvoyer les resultats de la prise de sang du [[date_partial:2/12]] sur cette adresse »
- Message du portail : « Bonjour, le rdv est bien maintenu malgré la grève ? Merci. »
* WhatsApp transféré par l'assistante sociale : « Mr [[name:Hamza]] [[name:Mohamed]] dort dans sa voiture depuis 3 nuits devant le [[address:12 rue Jules-Ferry]], il a plus ses medicaments »
LEBRUN|Océane||07 66 21 48 93|||*|SMS de la patiente ([[phone:07.66.21.48.93]]) : « dsl pr ce matin, jsui tombée en panne sur l'A7, je peux venir jeudi 14h ? [[name:Océane]] [[name:Lebrun]] »
* Mensagem : « Bom dia, sou [[name:Joaquim]] [[name:Pereira da Silva]], tenho consulta dia [[date_partial:19]] mas estou em Portugal até dia [[date_partial:22]], posso mudar? »
* Portail : « dr jai toujours mal au ventre depuis l'operation du [[date_partial:24/11]], la cicatrice coule un peu, c grave ? — [[name:momo]] »
* SMS: "Please call me back, it's [[name:Aisha]] [[name:Rahman]], my baby [[other_name:Zayn]] has a rash since yesterday, number [[phone:+44 7700 900418]]"
ROSSIGNOL|Josiane|||||*|Message vocal retranscrit : « oui bonjour c'est madame [[name:Rossignol]] euh [[name:Josiane]] [[name:R O S S I G N O L]] je rappelle pour mes résultats de la biopsie merci »
* SMS : « bonjour, j'ai pris la [[diag_repro:pilule du lendemain]] samedi, est ce que je peux faire mon vaccin lundi ? [[name:Camille]] »
- SMS envoyé par le service : « Rappel : RDV le [[date_partial:10/12]] à 9h30, hôpital de jour de diabétologie, 2e étage. Répondre STOP pour ne plus recevoir de SMS. »
* « Bonjour docteur, mon fils [[name:Rayan]] a vomi 4 fois depuis hier soir, il boit un peu, on vient ou pas ? [[other_name:Nadia]] [[other_name:Benhaddou]] »
* « mr le docteur je vous ecris pour mon pere [[name:Antoine]] [[name:Lefort]] né le [[date:3/4/1939]], il mange plus rien depuis la mort de ma mere, on fait quoi, [[other_name:Sylvie]] »
* Mail de [[email:j.obrien@outlook.ie]] : « Dear Doctor, my mother [[name:Kathleen]] [[name:O'Brien]] was admitted on Sunday [[date_partial:30 November]] and nobody has called me since. »
* « Salam, c [[other_name:Khadija]], ma mère peut pas venir au rdv du [[date_partial:8 janv]] elle est au bled jusqu'en [[date_month:février]], merci de decaler »
* SMS : « ok pr mercredi. g oublié ma carte vitale la derniere fois, mon numero c [[nir:{nir:2 91 07 75 114 032}]] »
MARCHAND|Théo|||||*|Portail : « j'ai arrêté le [[diag_mental:depakote]] tout seul depuis 10 jours, je dors plus du tout. [[name:Théo]] »
- Message du portail : « Merci pour votre accueil hier, toute l'équipe a été très gentille. »
* « bjr jai besoin dun certificat pour le sport de ma fille [[name:Lina]] [[name:Mansouri]] née le [[date:14/06/2014]], c pour le judo, merci »
* « Hola, soy [[name:Diego]] [[name:Fernández de la Cruz]], mi número nuevo es [[phone:06 15 39 82 07]], gracias »
* SMS de 02h13 : « jai encore pris trop de cachets jsp combien » — numéro [[phone:06 99 41 27 58]], rappelé par le régulateur, M. [[name:Tessier]] [[name:Dylan]], [[diag_mental:IMV]] probable.
* Mail : « Bonjour, je suis l'assistante de vie de Mme [[name:Chevreuil]] [[name:Odile]], elle n'a plus de pansements, vous pouvez faxer l'ordonnance à la pharmacie ? [[other_name:Fatou]] »
""")

# Medical records requests, DIM and coding, billing
ROWS.append(r"""
* Demande de communication du dossier de feu M. [[name:Grandin]] [[name:Lucien]] (décédé le [[date:02/03/2025]]) par sa fille, Mme [[other_name:Grandin]] [[other_name:Élodie]], ayant droit ; motif : faire valoir ses droits ; pièces : acte de décès, livret de famille.
* Copie du dossier de Mme [[name:Chapelier]] [[name:Agnès]] envoyée en recommandé n° [[id:1A 184 226 9731 5]] le [[date_partial:28/11]] à l'adresse : [[address:14 allée des Peupliers]], [[postcode_city:33600 Pessac]].
- Demande incomplète : pas de copie de la pièce d'identité, courrier de relance envoyé, délai suspendu.
* DIM : séjour [[id:250041877]] de M. [[name:Petitdemange]] [[name:Raymond]], diagnostic principal I50.1, diagnostics associés E11.9 et [[diag_addict:F10.2]].
- Codage : GHM confirmé, niveau de sévérité 3, pas de contrôle externe prévu pour ce séjour.
* Contrôle T2A : le dossier de Mme [[name:Leroy]] [[name:Violette]] (RSS n° [[id:2025-118432]]) est demandé par le médecin-conseil, Dr [[other_name:Hamon]] ; retour sous 15 jours.
* Facturation : M. [[name:Bertin]] [[name:Gaspard]], sans mutuelle, reste à charge de 1 284 €, échéancier accepté, RIB [[iban:{iban:30004 00823 00012345678 42}]] pour le prélèvement.
* AME : Mme [[name:Diallo]] [[name:Kadiatou]], attestation n° [[id:AME-93-2025-004417]] valable jusqu'au [[date:14/05/2026]], pas de carte Vitale.
- Rappel du DIM : les comptes rendus d'hospitalisation doivent partir chez le médecin traitant le jour de la sortie.
* Dossier de M. [[name:Lacroix]] [[name:Bernard]] demandé par son avocat (Me [[other_name:Durand-Viel]]) : refus, la demande doit venir du patient ou d'un médecin qu'il désigne.
* Doublon entre l'IPP [[id:{ipp}]] et l'IPP [[id:23018542]] pour Mme [[name:Le Goff]] [[name:Annick]], née le [[date:17/09/1950]] ; fusion demandée à la cellule d'identitovigilance.
* Recours de la CPAM : accident de la voie publique de M. [[name:Ferreira]] [[name:Hugo]] le [[date:21/08/2025]], tiers responsable, sinistre n° [[id:2508AV77413]].
- Archives : dossiers papier conservés au sous-sol du bâtiment C, délai de récupération de 48 h.
* Mlle [[name:Morel]] [[name:Jade]], 15 ans, a demandé le secret vis-à-vis de ses parents pour son [[diag_repro:IVG]] du [[date_partial:6 octobre]] : aucune communication du dossier aux parents.
* Mutuelle : chambre particulière refusée pour M. [[name:Poulain]] [[name:Étienne]], adhérent n° [[id:0044 571 28]], courrier de contestation rédigé par sa fille.
* Attestation de présence parentale : M. [[other_name:Charbonnier]] [[other_name:Yann]] a accompagné son fils [[name:Malo]], hospitalisé du [[date_partial:2]] au [[date_partial:5 décembre]].
* Le fils de Mme [[name:Hubert]] [[name:Marcelle]] conteste le forfait journalier ; adresse de facturation : [[address:Résidence du Parc]], [[address:appt 31]], [[address:2 rue Victor-Hugo]], [[postcode_city:63000 Clermont-Ferrand]].
- Le bureau des entrées est fermé le samedi après-midi ; les admissions passent par les urgences.
* Admission : M. [[name:Santoni]] [[name:Pierre-Paul]], NIR [[nir:{nir:1 55 04 2A 004 118}]], mutuelle à jour, chambre seule demandée.
* Mme [[name:Bonnefoy]] [[name:Solange]] demande la copie de son dossier d'[[diag_mental:anorexie mentale]] de [[date_partial:1998]] : dossier archivé, transmis par le médecin du DIM.
* Titre de recette n° [[id:2025-FAC-0098341]] adressé à M. [[name:Walker]] [[name:Peter]], non assuré social, [[address:18 Grove Road]], [[postcode_city:Bristol BS6 5JT]].
""")

# Travel medicine, vaccination, military medicine, custody examination
ROWS.append(r"""
* Centre de vaccinations internationales : M. [[name:Marchetti]] [[name:Luca]], départ au Burkina Faso le [[date_partial:3 janvier]], fièvre jaune faite, certificat n° [[id:CVI-2025-07731]], passeport [[id:21AB45612]].
- Vaccin contre la fièvre jaune valable à vie, pas de rappel sauf situation particulière.
* Conseils aux voyageurs : Mme [[name:Dubreuil]] [[name:Hélène]], [[diag_preg:enceinte]] de 14 [[diag_preg:SA]], voyage au Sénégal : vaccin amaril à discuter, chimioprophylaxie par atovaquone-proguanil.
* Consultation post-voyage : M. [[name:Kouassi]] [[name:Yao]], retour d'Abidjan le [[date_partial:28/11]], fièvre à 39,5, goutte épaisse : accès palustre à P. falciparum, parasitémie 1,2 %.
* Service médical d'unité : Caporal-chef [[name:Lemaire]] [[name:Quentin]], matricule [[id:1698042731]], inapte temporaire (entorse), reprise prévue le [[date_partial:15/12]].
* Sergent [[name:Mendy]] [[name:Ousmane]], retour d'opération extérieure : [[diag_mental:état de stress post-traumatique]], suivi par le psychiatre du centre médical des armées.
- Visite médicale périodique : profil SIGYCOP 1111112, vaccinations à jour, pas de restriction d'emploi.
* Le lieutenant [[name:de Montalembert]] [[name:Charles-Henri]] demande un certificat de non-contre-indication à la plongée ; visite faite le [[date:04/12/2025]], tympans normaux.
* Rapatriement par l'assistance (dossier [[id:EA-2511-88342]]) de Mme [[name:Walker]] [[name:Susan]], fracture du col fémoral à Marrakech, arrivée prévue le [[date_partial:8/12]] sur civière, vol commercial.
- Rage : 3 injections à J0, J7 et J21, pas de rappel sauf nouvelle exposition.
* BCG refusé par les parents de [[name:Noah]] [[name:Al-Hassan]], 2 mois ; le père (M. [[other_name:Al-Hassan]] [[other_name:Omar]]) signe le refus, PMI informée.
* Réquisition n° [[id:02417/2025]] de la gendarmerie : examen de compatibilité de M. [[name:Bouvier]] [[name:Dylan]] avec la garde à vue, examiné à 3h : compatible, [[diag_addict:méthadone]] 40 mg à délivrer.
* Certificat : Mme [[name:Rivas]] [[name:Yolanda]] déclare avoir été frappée par son conjoint (M. [[other_name:Navarro]]) le [[date_partial:1er décembre]] ; ITT de 5 jours.
- Épreuve d'effort pour le permis poids lourd : pas de contre-indication cardiologique.
* Marin-pompier [[name:Giraud]] [[name:Bastien]], exposé aux fumées d'un incendie le [[date_partial:30/11]], carboxyhémoglobine à 8 %, oxygène 6 h.
* Expatriée, Mme [[name:Ng]] [[name:Mei Ling]] : adresse à Singapour [[address:Blk 42 Toa Payoh Lorong 5, #08-117]], [[postcode_city:Singapore 310042]], rappel de l'encéphalite japonaise.
* Rattrapage ROR pour Mlle [[name:Camara]] [[name:Fatoumata]], 19 ans, étudiante en soins infirmiers, carnet perdu ; sérologie de la rougeole demandée.
* Adjudant [[name:Faucher]] [[name:Loïc]] : blessure par balle de la cuisse à l'entraînement, évacué sur l'HIA, famille prévenue par l'unité (épouse, [[phone:06 48 20 93 17]]).
""")

# Palliative care, chaplaincy, deaths and funerals
ROWS.append(r"""
* EMSP : M. [[name:Lavoie]] [[name:Réal]], 79 ans, québécois, directives anticipées rédigées le [[date:12/09/2024]] ; personne de confiance : sa fille Mme [[other_name:Lavoie]] [[other_name:Geneviève]] ([[phone:+1 514 555 0187]]).
- Sédation proportionnée débutée à 22h, midazolam 1 mg/h, échelle de Rudkin à 3, famille informée.
* L'aumônier catholique (Père [[other_name:Kowalczyk]]) est passé voir Mme [[name:Chevreuil]] [[name:Madeleine]] à sa demande ; l'imam de l'hôpital est prévenu pour M. [[other_name:Bensalah]] [[other_name:Rachid]], ch. 14.
* Décès de M. [[name:Pinto]] [[name:Armando]] le [[date:05/12/2025]] à 6h10, en présence de son épouse ; rapatriement au Portugal par les pompes funèbres Martins, dossier de transport [[id:RP-PT-1125-04]].
- Soins de bouche toutes les 2 heures, matelas à air, position de confort, arrêt des bilans sanguins.
* Mme [[name:Berthier]] [[name:Lise]] souhaite mourir chez elle, [[address:hameau de Chazelles]], [[postcode_city:43200 Yssingeaux]] : HAD contactée, lit livré demain, IDE libérale Mme [[other_name:Roche]].
* Réunion collégiale (Dr [[other_name:Fabre]], Dr [[other_name:Ouali]], IDE [[other_name:Margaux]]) : limitation des thérapeutiques actives pour M. [[name:Dauphin]] [[name:Léon]], pas de réanimation, décision tracée.
* La psychologue rappelle Mme [[other_name:Grenier]] [[other_name:Claudine]], veuve de M. [[name:Grenier]] [[name:Robert]] décédé le [[date_partial:14 octobre]] dans le service ; suivi de deuil proposé.
- Chambre mortuaire : présentation du corps possible de 10h à 17h, en présence d'un agent.
* Dernières volontés de M. [[name:Ozturk]] [[name:Kemal]] : inhumation en Turquie, toilette rituelle par la famille (son frère, M. [[other_name:Ozturk]] [[other_name:Selim]], [[phone:06 25 17 84 39]]).
* Don du corps : carte de donneur de Mme [[name:Leblanc]] [[name:Germaine]] (n° [[id:DC-1998-0412]]) trouvée dans son portefeuille, faculté de médecine prévenue.
* M. [[name:Vieux]] [[name:Marius]], 96 ans, « je suis prêt » ; refuse l'hydratation sous-cutanée, refus respecté après discussion avec son petit-fils [[other_name:Kylian]].
- Protocole de détresse respiratoire asphyxique affiché dans la chambre, seringue prête, IDE formée.
* Mme [[name:Lebrun]] [[name:Constance]] décédée à 3h15 ; sa fille unique, Mme [[other_name:Perrot]] [[other_name:Aurélie]], vit à Montréal, prévenue par mail ([[email:aurelie.perrot@videotron.ca]]).
""")

# Label-free look-alikes: eponyms, scores, drugs, devices, hospitals named after a person, words that are surnames
ROWS.append(r"""
- Tension artérielle 13/8 couché, 11/7 debout : hypotension orthostatique, bas de contention.
- Dilution de la morphine au 1/10, soit 1 mg par mL, titration par bolus de 2 mg toutes les 5 minutes.
- Score de Norton à 12, risque d'escarre élevé, matelas à air commandé.
- Échelle Algoplus à 3/5 pendant la toilette : antalgique 30 minutes avant les soins.
- Maladie de Parkinson évoluée, fluctuations motrices, Modopar 125 toutes les 3 heures.
- Signe de Murphy positif, échographie : lithiase vésiculaire, cholécystite aiguë.
- Manœuvre de Heimlich faite au réfectoire par l'aide-soignante, désobstruction efficace.
- Signe de Romberg positif, ataxie proprioceptive, dosage de la vitamine B12 demandé.
- Le pigeon entré par la fenêtre du 3e a été évacué ; la fenêtre du couloir reste fermée.
- Moulin à comprimés en panne : écraser au mortier, sauf les formes LP et gastrorésistantes.
- Pain du boulanger du village livré à 6h30 pour le petit-déjeuner des résidents.
- Atelier jardinage annulé pour la pluie, remplacé par un loto dans le grand salon.
- Le vigneron du domaine voisin offre une visite de la cave adaptée aux fauteuils roulants.
- Hôpital Georges-Pompidou, hôpital Bichat, hôpital Lariboisière : trois services d'urgences saturés ce soir.
- Centre Léon-Bérard, Institut Paoli-Calmettes, Centre François-Baclesse : avis de second recours possibles.
- Hôpital Édouard-Herriot, pavillon H, unité de soins intensifs de cardiologie.
- Maladie de Crohn iléale, calprotectine fécale à 850 µg/g, début de l'adalimumab.
- Ulcère bulbaire Forrest IIa, clip hémostatique posé, IPP IV à forte dose pendant 72 heures.
- IPP (inhibiteur de la pompe à protons) à arrêter : pas d'indication retrouvée, réévaluation à 1 mois.
- Ésoméprazole 40 mg IV, puis IPP per os 20 mg pendant 8 semaines.
- Score de Child-Pugh B8, MELD à 14, ascite modérée.
- Œsophagite de Los Angeles grade C, contrôle endoscopique à 8 semaines.
- Score de Boston à 8, coloscopie complète jusqu'au bas-fond caecal, 2 polypes réséqués à l'anse froide.
- Échelle de Borg à 5 en fin de séance, saturation minimale à 90 %.
- OD 3/10, OG 6/10 sans correction ; Parinaud 4 de près.
- Tonus oculaire 18/17 mmHg, pachymétrie 540/545 µm.
- Dent 46 : carie profonde, traitement endodontique en deux séances, couronne à prévoir.
- Bridge de 24 à 26, empreinte prise, pose dans 3 semaines.
- Rappel dTcaP à 25, 45 et 65 ans, puis tous les 10 ans.
- Vaccin contre l'encéphalite japonaise : 2 doses à J0 et J28.
- Cycle 2 jour 8 de paclitaxel hebdomadaire, 80 mg/m2, prémédication standard.
- AUC 5 de carboplatine, débit de filtration glomérulaire estimé à 72 mL/min.
- Version 3.2 du protocole de chimiothérapie validée par le COMEDIMS, diffusion aux services.
- Réfrigérateur de la pharmacie à 9 °C à 4h, thermosensibles isolés, alerte au pharmacien d'astreinte.
- Stupéfiants de l'unité contrôlés : registre à jour, 12 ampoules de morphine 10 mg.
- Fiche de poste de l'agent de nuit : ronde toutes les 2 heures, ouverture de la porte principale à 6h45.
- Le médecin coordonnateur passe le mardi et le vendredi matin.
- Les résidents de l'unité protégée dînent à 18h15, coucher accompagné à partir de 20h.
- Groupe électrogène testé à 3h : coupure de 4 minutes, ascenseur bloqué, personne à l'intérieur.
- Nutrition entérale par gastrostomie, 1500 mL sur 16 h, rinçage de 50 mL d'eau toutes les 4 heures.
- Hypodermoclyse de 500 mL de sérum physiologique sur la nuit, cuisse droite.
- Chambre implantable rincée, aiguille de Huber changée tous les 7 jours.
- Drain de Redon retiré à J2, 40 mL sur 24 h.
- Manœuvre de Valsalva inefficace, adénosine 6 mg, réduction de la tachycardie jonctionnelle.
- Signe de Chvostek négatif, calcémie corrigée à 2,18 mmol/L.
- Réanimation selon les recommandations ERC 2021, retour à une circulation spontanée à 12 minutes.
- AUDIT-C à 2, pas de consommation à risque.
- MMS à 22/30, test de l'horloge altéré, bilan mémoire programmé.
- Le médecin de garde est joignable sur le bip 3318 jusqu'à 8h30.
- Standard de nuit : composer le 9 puis le 15 pour le SAMU, le 3 pour le bip du réanimateur.
- Brancardier demandé à 6h pour le scanner de 7h, bon rempli, patient à jeun.
- Cystoscopie souple sous anesthésie locale, urines stériles au dernier ECBU.
- Lentilles de contact à retirer 48 heures avant la topographie cornéenne.
- Panoramique dentaire : kyste radiculaire en regard de la 22.
- Boulangerie Le Petit Moulin : commande de 40 galettes pour la fête des résidents.
- La chorale des Petits Chanteurs vient chanter au grand salon samedi à 15h.
- Pèlerinage à Lourdes des résidents : 2 AS accompagnantes, sac d'urgence, DLU de chacun.
- Le grand brûlé admis cette nuit a été transféré au centre des brûlés par hélicoptère.
- Plaie du petit doigt gauche, 3 points de suture, ablation à J10.
- Coliques du nourrisson, pleurs le soir, pas de fièvre, croissance normale.
- Holter tensionnel de 24 h : moyenne diurne 138/86 mmHg, nocturne 124/78.
- Rapport albuminurie/créatininurie à 45 mg/mmol, néphropathie diabétique débutante.
- 15 séances de rééducation du genou après ligamentoplastie DIDT.
- Saturation à 94 % sous 1 L/min, fréquence respiratoire 22/min.
- Bain de bouche sans alcool, brosse souple, pas de fil dentaire pendant l'aplasie.
- Ranibizumab : injection mensuelle pendant 3 mois puis à la demande.
- Angiographie à la fluorescéine : néovaisseaux visibles, pas de contre-indication à l'IVT.
- L'interprète en arabe marocain est réservé pour 10h, l'interprète en tamoul n'est pas disponible avant jeudi.
- Charlotte aux fraises au goûter, eau gélifiée à la menthe pour les résidents dysphagiques.
- Escarre sacrée stade 3, pansement hydrocellulaire, changement tous les 3 jours.
- Thank you for your referral; the MRI shows no evidence of recurrence and we will review in six months.
- Prise en charge en chambre seule : précautions contact pour BHRe, dépistage des voisins de chambre.
- Le renard aperçu dans le parc de l'EHPAD la nuit a fait peur à deux résidents.
- Le Petit Prince lu à voix haute à l'atelier lecture du mercredi, douze résidents présents.
- La chapelle de l'ancien hospice est fermée pour travaux ; la messe a lieu dans la salle d'animation.
- Le tisserand de la vallée expose ses tapisseries dans le hall jusqu'à la fin du mois.
- Le cordonnier du quartier vient chercher les chaussures orthopédiques à réparer le lundi.
- Test de Mantoux à 12 mm, radiographie de thorax normale, infection tuberculeuse latente.
- Classification de Garden III, prothèse intermédiaire de hanche prévue demain.
- Syndrome de Cushing iatrogène, décroissance de la prednisone de 5 mg par semaine.
- Score de Wells à 1, D-dimères négatifs, pas d'angioscanner.
- Pseudo-obstruction colique (syndrome d'Ogilvie), exsufflation endoscopique.
- Les boîtes d'Augmentin 1 g de l'armoire du 2e sont périmées, retour à la PUI.
- Recommandation HAS 2019 : pas de PSA de dépistage systématique après 75 ans.
""")

# A few more: a wandering resident's daughter abroad, a portal message with an address, a neighbour who holds the keys
ROWS.append(r"""
* Mme [[name:Dauphin]] [[name:Yolande]], résidente, a demandé à 3h d'appeler sa fille à Madrid (Mme [[other_name:Dauphin-Ortega]] [[other_name:Carla]], [[phone:+34 91 555 27 41]]) ; appel passé à 8h, pas avant.
* Portail : « bonjour, j'ai déménagé, ma nouvelle adresse est [[address:5 bis impasse des Vignes]] [[postcode_city:13090 aix en provence]], merci de changer pour les courriers. [[name:Prince]] [[name:Stéphane]] »
* Clé de M. [[name:Tisserand]] [[name:Henri]] chez la voisine, Mme [[other_name:Boucher]] ([[address:appartement 14]], même palier) : SOS Médecins peut passer après 20h.
* Mme [[name:d'Harcourt]] [[name:Éléonore]] ne veut voir que « le petit docteur » (Dr [[other_name:Le Meur]]) ; refuse l'interne de nuit, rassurée par l'IDE [[other_name:Jo]].
* Pharmacovigilance : réaction au point d'injection (nodule de 4 cm) après le vaccin du [[date_partial:22/10]] chez M. [[name:Boulanger-Vidal]] [[name:Fabrice]], pharmacien d'officine lui-même.
* SMS : « c'est [[name:Lulu]] ([[name:Lucienne]] [[name:Marchand]]) de la [[address:chambre 5]] de la résidence, je suis tombée hier soir, j'ai mal au poignet »
* SOS Médecins chez M. [[name:Mesnil]] [[name:Jean-Baptiste]], [[address:Ferme du Grand Pré]], [[postcode_city:14600 Honfleur]] : plaie de la main par tronçonneuse, adressé à SOS Mains de Caen.
* Dr [[other_name:Moulin]], médecin traitant de Mme [[name:Renaudin]] [[name:Gisèle]], demande par fax le compte rendu de la coloscopie du [[date_partial:27 novembre]].
* Oncologie : M. [[name:Boudjema]] [[name:Mohammed]] (écrit aussi [[name:Mohamed]] sur la carte Vitale) ; identité vérifiée au passeport, nom de la carte corrigé par les admissions.
* La voisine de M. [[name:Pigeon]] [[name:Lucien]], Mme [[other_name:Loiseau]], a trouvé la porte ouverte et l'a trouvé confus dans la cuisine ; visite SOS Médecins à 19h.
* Ophtalmologie pédiatrique : [[name:Ethan]] [[name:Rodrigues]], 5 ans, amblyopie de l'œil gauche, occlusion 2 h par jour, contrôle le [[date_partial:14/01]] avec l'orthoptiste (Mme [[other_name:Guérin]]).
* Compte rendu d'endoscopie faxé au Dr [[other_name:Petit]] ([[phone:01 48 57 20 36]]) pour Mme [[name:Grandjean]] [[name:Colette]] : polype sessile de 15 mm réséqué, histologie en attente.
""")

SET = HandSet("heldout23", "twenty-third", ROWS, HEADER_NOTE, "23")

if __name__ == "__main__":
    SET.main(__doc__)
