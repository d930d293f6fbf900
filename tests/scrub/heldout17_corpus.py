#!/usr/bin/env python3
"""The seventeenth hand set of labeled rows ("heldout17", issue 10).

  heldout17_corpus.py --write      write heldout17_rows_{dev,frozen}.txt
  heldout17_corpus.py --check      exit 1 if those files differ from what
                                   this script writes (make scrub-heldout)
  heldout17_corpus.py --lint       the writer's check, before the split

The rows below were typed by hand by the helper heldout17 (session 20),
who did not read the detectors (src/detect*.c, src/scrub*.c,
src/sensitive*.c, include/, conf/) nor the rule descriptions of
docs/scrub.md, nor any set's misses, nor any scrubber output while typing.
Read: the helpers' brief; tests/scrub/handset.py whole; the head, the
docstring, the first four blocks and the last block of heldout16_corpus.py;
the heldout16 section of docs/scrub.md (genres, name sources, labeling
choices); the Makefile's genre lines for sets 6 to 16; a list of the words
the earlier dev halves label diag_preg (to label alike).

The genres are those the sixteen earlier sets have least of: letters typed
by secretaries with their full headers and footers (letterheads, RPPS,
FINESS, "copie à", references); operating room check-lists, anaesthesia
consultations and recovery room notes; neonatology and NICU (babies named
after their mothers, twins, milk bank); school and university nurses,
students abroad; home oxygen and medical device suppliers (PSAD);
ambulance and taxi companies' billing notes; clinical research
coordinators (inclusions, randomisation and screening numbers, eCRF
queries); medico-legal certificates, judicial requisitions, ITT; eye, ENT
and skin clinics; travellers (gens du voyage), seasonal workers,
repatriation assistance; pets in the notes; sexual health and
teleconsultation; tables and mails pasted in a cell.  Name origins chosen
away from the earlier sets: Kabyle, Tunisian (and Tunisian Jewish),
Lebanese and Syriac, Syrian, Iraqi Kurdish, Yemeni, Sudanese; mainland
Chinese (pinyin), Khmer, Thai, Nepali, Tibetan, Mongolian; Serbian,
Croatian, Bosnian, Bulgarian, Moldovan, Slovak, Dutch, German, Irish;
Brazilian, Colombian, Chilean; Congolese, Cameroonian, Malian (Bambara),
Mauritian; French regional names of Limousin, Vendée and Poitou, Burgundy,
Champagne, the Ardennes, Dauphiné, the Cévennes, Berry and Touraine;
hyphenated given names, married and birth names (née, épouse, nom
d'usage).

Everything is invented: people, homes, numbers.  Street names may be real
street names; no row is a real patient's.  The frame (row shorthand,
placeholders, what is computed, the split: rows ranked by
sha256("heldout17\\n" + row), the lower half to the dev file) is
tests/scrub/handset.py's, as heldout14's to heldout16's.

Pets: a pet's name (Médor, Félix, Pompon) names no person and is not
labeled; it is a word that should stay.  A horse's or a dog's owner is a
person and is labeled.
"""
from handset import HandSet

HEADER_NOTE = """\
# Typed by hand by the helper heldout17 without reading the detectors or their rules (see the script's
# docstring for what was read); invented people, homes and numbers only. NIR keys, RPPS/FINESS Luhn digits,
# IBAN check digits and IPPs written `*` are computed by the script. Split by rank of sha256("heldout17\\n" + row), lower half dev.
"""

# ------------------------------------------------------------------ rows
# Typed by genre; within a genre, by register.

ROWS = []

# Letters typed by secretaries: letterheads, references, "Cher confrère", footers, copies
ROWS.append(r"""
# Consultation letters and discharge letters as the secretary types them: header, object, body, signature block, copies.
* Service de Cardiologie - Pr [[other_name:Lachaud]] - Secrétariat : [[phone:05 55 05 61 22]] - Limoges, le [[date:28 novembre 2025]]. Cher confrère, j'ai revu en consultation M. [[name:Peyrat]] [[name:Jean-Baptiste]], né le [[date:14/03/1951]], pour le suivi de sa cardiopathie ischémique.
* Objet : Mme [[name:MAZEAUD]] [[name:Marie-Laure]] épouse [[name:CHABRAT]], DDN [[date:02.09.1964]]. Réf. : [[id:{ipp}]]/JL/MB. Copie à : Dr [[other_name:Faucher]] [[other_name:Hélène]], [[address:9 place Jourdan]], [[postcode_city:87000 Limoges]].
- Conclusion : FEVG conservée à 60 %, pas d'ischémie résiduelle sur la scintigraphie. Poursuite Kardegic 75, bisoprolol 2,5 mg, atorvastatine 40. Revoir dans un an avec ECG et bilan lipidique.
GUILBAUD|Anne-Claire|||||*|Chère Consœur, votre patiente Mme [[name:Guilbaud]] [[name:Anne-Claire]] (nom de naissance [[name:Rabiller]]) a été hospitalisée du [[date:03/11/2025]] au [[date:09/11/2025]] pour une pyélonéphrite aiguë droite. Bien confraternellement, Dr [[other_name:Gaborit]].
* Dr [[other_name:Pacaud]] [[other_name:Sébastien]] - Médecin généraliste - [[address:12 rue Georges Clemenceau]] - [[postcode_city:85000 La Roche-sur-Yon]] - RPPS [[rpps:{rpps:1010482317}]] - tél [[phone:02.51.37.84.06]]. Lettre de liaison concernant M. [[name:Mandin]] [[name:Pierre-Yves]].
- Secrétariat de consultation ouvert du lundi au vendredi de 8h30 à 17h. Pour toute demande de rendez-vous, merci d'utiliser la plateforme en ligne ou le numéro du standard.
BOUHIER|Gisèle|||||*|Dijon, le [[date:02/12/2025]] - Madame [[name:BOUHIER]] [[name:Gisèle]], [[address:5 allée des Tilleuls]], [[postcode_city:21121 Fontaine-lès-Dijon]] - Madame, suite à votre consultation du [[date_partial:25 novembre]], je vous prie de trouver ci-joint vos ordonnances.
* Compte rendu de consultation de rhumatologie (dicté le [[date:21/11/25]], tapé le [[date:26/11/25]]) : M. [[name:Millot]] [[name:Jean-Claude]], 71 ans, pseudo-polyarthrite rhizomélique, cortisone à 7 mg/j. Vu avec sa fille Mme [[other_name:Ravier]] [[other_name:Agnès]].
* CENTRE HOSPITALIER DE CHARLEVILLE-MEZIERES - FINESS [[finess:{finess:08000022}]] - Service de pneumologie - Dr [[other_name:WAUTHIER]] - Lettre de sortie de Mme [[name:LAMBOTTE]] [[name:Raymonde]] née [[name:JACQUINET]] le [[date:07/07/1939]].
- Documents joints : ordonnance de sortie, compte rendu opératoire, résultats biologiques, fiche de liaison infirmière. Le patient a reçu un exemplaire.
THIEBAUT|Marc-Antoine|||||*|Cher Ami, je te remercie de m'avoir adressé [[name:Marc-Antoine]] [[name:Thiébaut]], 17 ans, pour une scoliose thoracique droite à 28° Cobb. Corset de Chêneau proposé. Amitiés, [[other_name:Ponsard]].
* Copies : Dr [[other_name:Achard]] (médecin traitant) ; Dr [[other_name:Rey-Giraud]] [[other_name:Béatrice]], cardiologue, [[address:Clinique des Cèdres]], [[postcode_city:38130 Échirolles]] ; patient. Mme [[name:Brun-Buisson]] [[name:Odile]], dossier [[id:{ipp}]].
* Le [[date:4-12-2025]], à l'attention du Dr [[other_name:Teissier]], Cabinet médical, [[address:2 grand'rue]], [[postcode_city:48400 Florac-Trois-Rivières]] ; objet : M. [[name:Pantel]] [[name:Aimé]], [[date:19/01/1947]] ; sortie le [[date_partial:5/12]] vers l'EHPAD de Meyrueis.
- Je reste à votre disposition pour tout renseignement complémentaire. Veuillez agréer, cher confrère, l'expression de mes sentiments les meilleurs.
MALAFOSSE|Régine|||||*|Lettre au médecin traitant : Mme [[name:Malafosse]] [[name:Régine]] a bénéficié d'une cholécystectomie cœlioscopique le [[date:27/11/2025]]. Suites simples. Ablation des fils par l'IDE à J10. Arrêt de travail jusqu'au [[date:19/12/2025]].
* Secrétariat du Dr [[other_name:Aufrère]] - Tél. : [[phone:02 48 23 91 07]] - Fax : [[phone:02 48 23 91 08]] - [[email:secretariat.aufrere@ch-bourges.fr]] - Objet : RDV de M. [[name:Lelièvre]] [[name:Gilles]] reporté au [[date:12 janvier 2026]] à 9h15.
* P.J. compte rendu d'hospitalisation de M. [[name:BOUSSOUF]] [[name:Lounès]] (IPP [[id:{ipp}]], séjour n° [[id:225 118 904]]) ; médecin traitant Dr [[other_name:Meziane]], [[address:34 bd de la Liberté]], [[postcode_city:37000 Tours]].
- Antécédents : HTA, diabète de type 2 sous metformine, appendicectomie dans l'enfance, cure de hernie inguinale droite (Lichtenstein). Allergie : pénicilline (urticaire).
AIT OUALI|Tassadit|||||*|Cher Confrère, Mme [[name:Aït Ouali]] [[name:Tassadit]], 58 ans, que vous connaissez bien, consulte pour des gonalgies bilatérales. Elle est accompagnée de son fils [[other_name:Massinissa]] qui traduit. Radiographies : gonarthrose fémoro-tibiale interne stade III.
* Sous couvert du secret médical - Dr [[other_name:Sebag]] [[other_name:Élie]], gastro-entérologue - à Dr [[other_name:Bensoussan]] - Concerne Mme [[name:Attal]] [[name:Rachel]] née le [[date:30/04/1958]] : coloscopie du [[date_partial:1er décembre]], 2 polypes réséqués, anapath en attente.
* LETTRE DE SORTIE - Mr [[name:TRABELSI]] [[name:Moncef]] - né le [[date:12/10/1970]] à Sfax (Tunisie) - adresse : [[address:18 rue Jean Jaurès]] [[address:appt 12]] [[postcode_city:69100 Villeurbanne]] - entré le [[date:28/11/2025]], sorti le [[date:02/12/2025]].
- Mode de sortie : retour à domicile. Suivi : consultation de chirurgie à 6 semaines, kinésithérapie 2 fois par semaine, rééducation selon protocole Mac Intosh.
KHOURY|Nada|||||*|Mme [[name:Khoury]] [[name:Nada]] (nom d'usage [[name:Nassar]]) est suivie pour une sarcoïdose médiastino-pulmonaire stade II. Je la reverrai en [[date_partial:mars 2026]] avec EFR et scanner. Courrier adressé au Dr [[other_name:Abi Khalil]] à Beyrouth à la demande de la patiente.
* Bordeaux, le [[date:1er décembre 2025]]. Nos réf. : [[id:CS/25/08812]]. Monsieur et cher confrère, vous trouverez ci-dessous le compte rendu de l'épreuve d'effort de M. [[name:Sleiman]] [[name:Georges]] ([[date:23.05.1966]]) réalisée ce jour.
* Dr [[other_name:Jebali]] [[other_name:Wafa]] / Endocrinologie / [[phone:04 91 38 60 11]] ; Mme [[name:Gharbi]] [[name:Ines]], 34 ans, hypothyroïdie d'Hashimoto, Levothyrox 75 µg ; TSH de contrôle dans 6 semaines.
- Signé électroniquement. Ce document est adressé par messagerie sécurisée de santé. En cas de réception par erreur, merci de le détruire et d'en avertir l'expéditeur.
ZHANG|Wei|||||*|Consultation de néphrologie : M. [[name:Zhang]] [[name:Wei]], 45 ans, néphropathie à IgA (maladie de Berger), protéinurie 1,2 g/24h. Coversyl 10 mg. Courrier à son épouse Mme [[other_name:Liu]] [[other_name:Yang]] qui gère les papiers ([[email:liuyang.paris@163.com]]).
* Courrier retourné par La Poste (NPAI) : M. [[name:Kouassi-Mbemba]] [[name:Jean-Rodrigue]], [[address:11 cité des Aubépines]], [[postcode_city:93140 Bondy]]. Nouvelle adresse demandée au patient par tél ([[phone:07 55 21 68 39]]).
""")

# Operating room: check-lists, anaesthesia consultations (CPA), pre-anaesthesia visits, recovery room
ROWS.append(r"""
# Operating room check-list (time out), anaesthesia consultation and visit, SSPI, programme lists; tables typed in a cell.
* CHECK-LIST HAS salle 4 : identité vérifiée (Mme [[name:DJURIC]] [[name:Milica]], [[date:03/06/1977]]) ; intervention : cholécystectomie ; site : NA ; installation DD ; antibioprophylaxie céfazoline 2 g à 8h12 ; time out fait à 8h20.
- Pause avant incision : rôles annoncés, risque hémorragique faible, matériel vérifié, pas d'allergie. Check-list signée par l'IBODE et l'IADE.
* Programme opératoire bloc B du jeudi [[date_partial:4/12]] : 1) M. [[name:Petrović]] [[name:Dragan]] PTH G ; 2) Mme [[name:Horvat]] [[name:Ivana]] arthroscopie genou D ; 3) M. [[name:Hadžić]] [[name:Emir]] canal carpien ; chirurgien Dr [[other_name:Lambotte]].
KOVACEVIC|Jelena|||||*|CPA : Mme [[name:Kovačević]] [[name:Jelena]], 52 ans, 68 kg, ASA 2 (HTA). Mallampati II, ouverture de bouche > 3 cm, dentition saine. Jeûne à partir de minuit, prise du traitement habituel sauf IEC le matin.
* Consultation d'anesthésie du [[date:20/11/2025]] pour M. [[name:Ivanov]] [[name:Stoyan]], né le [[date:15/08/1960]] : SAOS appareillé (PPC à apporter), score de STOP-Bang 6, intubation difficile prévisible, vidéolaryngoscope prévu.
- Anesthésie générale : induction propofol 2 mg/kg, sufentanil 0,2 µg/kg, rocuronium 0,6 mg/kg ; entretien sévoflurane ; réveil sans particularité ; extubation au bloc.
* SSPI 11h40 : M. [[name:Ceban]] [[name:Ion]] arrivé du bloc 3, EVA 6, morphine titrée 2 mg x3, Aldrete 9 à 12h30. Sortie vers chirurgie viscérale chambre 214. IDE SSPI : [[other_name:Nathalie G.]]
DE VRIES|Pieter|||||*|Visite pré-anesthésique la veille : M. [[name:de Vries]] [[name:Pieter]], néerlandais, parle anglais, consentement expliqué avec l'interprète (Mme [[other_name:Janssen]]). Allergie au latex confirmée : salle préparée sans latex, 1er de programme.
* Bloc : ouverture de salle retardée (Mme [[name:Schneider]] [[name:Ursula]] pas à jeun, a pris un café à 7h). Reprogrammée le lundi [[date_partial:8 décembre]], infos données à son mari M. [[other_name:Schneider]] [[other_name:Klaus]] au [[phone:+49 171 553 2081]].
- Ambulatoire : critères de sortie (score de Chung >= 9), accompagnant pour la nuit, appel du lendemain. Consignes écrites remises.
* Feuille d'anesthésie scannée : patient [[name:O'Brien]] [[name:Siobhan]] ; IPP [[id:{ipp}]] ; rachianesthésie L3-L4 bupivacaïne hyperbare 10 mg + sufentanil 5 µg ; [[diag_preg:césarienne]] programmée pour siège ; Apgar 9/10.
* ALR : bloc interscalénique échoguidé chez M. [[name:Murphy]] [[name:Declan]] (coiffe des rotateurs D), ropivacaïne 0,5 % 20 mL, pas de complication. Attention : M. [[name:Murphy]] n'a pas de signe de Murphy, c'est son nom.
SVOBODA|Marek|||||*|CPA anesthésie : M. [[name:Svoboda]] [[name:Marek]], slovaque, sous Xarelto 20 mg (FA) : arrêt 48 h avant, pas de relais. Bilan : NFS, TP, TCA, ionogramme, groupe RAI x2. Tél du patient : [[phone:06 48 12 77 90]].
* Évènement indésirable au bloc : compresse manquante au compte final chez Mme [[name:Bakker]] [[name:Femke]] le [[date:01/12/2025]] ; radio de contrôle sur table négative ; compresse retrouvée dans la poubelle. Déclaration [[id:EI-2025-4471]].
- Hypothermie peropératoire : réchauffement par Bair Hugger, température à la sortie de salle 36,4 °C.
* Planning du bloc (copié du tableur) : 08:00 / [[name:WANG]] [[name:Fang]] / hystérectomie cœlio / Dr [[other_name:Guyot]] ; 10:30 / [[name:CHEN]] [[name:Jing]] / kyste ovarien / Dr [[other_name:Guyot]] ; 13:00 / [[name:HUANG]] [[name:Lei]] / conisation / Dr [[other_name:Perrot]].
MULLER|Jürgen|||||*|Réveil agité en SSPI de M. [[name:Müller]] [[name:Jürgen]], 80 ans : confusion post-opératoire, pas d'hypoxie, glycémie normale. Halopéridol non donné. Appel de sa compagne Mme [[other_name:Weber]] [[other_name:Hannelore]] pour le rassurer.
* Consultation d'anesthésie pédiatrique : [[name:Sok]] [[name:Dara]], 4 ans, amygdalectomie ; mère Mme [[other_name:Chea]] [[other_name:Sophea]] ; pas d'ATCD de saignement ; crème EMLA à appliquer 1h avant ; RDV bloc le [[date:16/12/2025]] 7h30.
* Pré-op : Mme [[name:Srisuk]] [[name:Malee]] (thaïlandaise) [[diag_preg:enceinte]] ? test urinaire fait : négatif. Appendicectomie cœlio en urgence. Joindre le mari au [[phone:06 19 84 33 50]].
- Intubation difficile imprévue : Cormack 3, mandrin d'Eschmann, succès au 2e essai. Carte d'intubation difficile remise au patient, courrier au MT.
* Incident : M. [[name:Gurung]] [[name:Bikram]] opéré du mauvais côté ? non, site vérifié (genou G marqué) ; confusion sur le planning papier corrigée à 7h50 par Dr [[other_name:Thapa]] (anesthésiste).
ABDULLAH|Yusra|||||*|VPA : Mme [[name:Abdullah]] [[name:Yusra]], 29 ans, soudanaise, Hb 9,8 : fer injectable (Ferinject 1 g) avant la chirurgie du [[date:10/12/2025]]. Interprète arabe demandé pour le matin même.
* Transfert du bloc vers la réa de M. [[name:Barzani]] [[name:Rebin]] (kurde irakien, polytraumatisé) ; famille : frère [[other_name:Shivan]] joignable au [[phone:07 68 20 14 55]] ; IPP [[id:{ipp}]].
- Bloc obstétrical : 3 [[diag_preg:césariennes]] en urgence cette nuit, 1 code rouge. Salle 2 à désinfecter avant 8h.
* Anesthésie : Mme [[name:Al-Hakimi]] [[name:Amal]], yéménite, déficit en pseudocholinestérase connu (frère [[other_name:Ahmed]]) : pas de succinylcholine, pas de mivacurium. Carte remise, noté dans le DPI.
""")

# Neonatology and NICU: babies named after their mothers, twins, transfers, milk bank, parents
ROWS.append(r"""
# Neonatology / NICU: admissions, twins, incubator logs, parents' visits, transfers, milk bank, discharge.
* Entrée en néonat : bébé [[name:NGUYEN-CHABROL]] [[name:Léo]], né le [[date:02/12/2025]] à 03h47, 32 [[diag_preg:SA]] + 4 j, PN 1640 g, Apgar 7/9, CPAP nasale. Mère : Mme [[other_name:Chabrol]] [[other_name:Élodie]], [[diag_preg:césarienne]] pour [[diag_preg:prééclampsie]].
* Jumeaux [[name:MBEMBA]] J1 [[name:Grâce]] et J2 [[name:Divine]], nées le [[date:29.11.2025]] à 30 [[diag_preg:SA]] ; J1 1320 g, J2 1190 g ; surfactant (Curosurf) à J2 pour J2. Papa M. [[other_name:Mbemba]] [[other_name:Christian]] présent chaque soir.
- Couveuse 6 : alarme désaturation répétée cette nuit, bradycardies à 80 résolutives, caféine augmentée. Bilan infectieux négatif.
* Bébé de Mme [[other_name:Kabongo]] [[other_name:Nsimba]] : ictère à J3, bilirubine 280 µmol/L, photothérapie intensive 12 h. Groupe mère O+, bébé A+, Coombs direct négatif.
* Lactarium : don de lait de Mme [[other_name:Tshibangu]] [[other_name:Merveille]], donneuse n° [[id:LAC-0412]], sérologies OK, 3 L congelés ce mois. Lait pasteurisé attribué à [[name:Lutz]] [[name:Emma]] (28 [[diag_preg:SA]]).
* Transfert in utero refusé faute de place ; naissance à Laval, transfert postnatal par le SMUR pédiatrique de [[name:Rabiller]] [[name:Noah]], né le [[date_partial:1er/12]] à 27 [[diag_preg:SA]], intubé. Parents suivent en voiture.
- Néonatologie : rappel, peau à peau encouragé dès que l'état le permet ; les fratries peuvent visiter le mercredi après-midi.
GOMES TAVARES|Kayla|||||*|Dépistage néonatal (test de Guthrie) de [[name:Gomes Tavares]] [[name:Kayla]] fait à J3 le [[date:04/12/2025]] ; OEA normales ; sortie prévue avec la maman Mme [[other_name:Tavares]] [[other_name:Djenice]], domicile [[address:6 rue Victor Hugo]], [[postcode_city:95200 Sarcelles]].
* Bébé [[name:Rakotomalala]] ? non, [[name:Rakotovao]] [[name:Mialy]] (erreur de bracelet corrigée à 10h) : double vérification d'identité avant toute tétée de lait de mère.
* Sortie de néonat : [[name:Dubois-Meunier]] [[name:Louise-Marie]], 36 [[diag_preg:SA]], 2450 g ; PMI prévenue (puéricultrice Mme [[other_name:Chevrier]]) ; pédiatre de ville Dr [[other_name:Fontanel]], [[phone:04 75 32 18 60]].
- Ventilation : réduction progressive de la FiO2 à 25 %, Optiflow 4 L/min, gaz du sang capillaire satisfaisant.
MOUNIR|Adam|||||*|Réanimation néonatale : [[name:Mounir]] [[name:Adam]], J5, entérocolite ulcéro-nécrosante stade II, à jeun, antibiotiques (céfotaxime, métronidazole), radio abdo toutes les 12h. Père M. [[other_name:Mounir]] [[other_name:Karim]] : [[phone:06 27 41 90 08]].
* Mère hospitalisée en réa (Mme [[other_name:Delmas]] [[other_name:Aurélie]], [[diag_preg:post-partum]] hémorragique) : photos du bébé [[name:Delmas]] [[name:Jules]] envoyées sur la tablette du service avec son accord.
* NEONAT ch 3 - [[name:KOUROUMA]] [[name:Fatoumata]] - nee le [[date:30/11/2025]] - 2980g - hypoglycemie a 1,9 H2 - mere avec [[diag_preg:diabete gestationnel]] - lait artificiel + glycemies /3h.
- Protocole douleur du nouveau-né : saccharose oral avant les gestes, échelle EDIN, succion non nutritive.
* Signalement : nouveau-né [[name:Leroux]] [[name:Kylian]], [[diag_addict:sevrage]] néonatal (mère sous [[diag_addict:méthadone]]), score de Finnegan à 10, morphine orale débutée. Assistante sociale prévenue. Mère : Mme [[other_name:Leroux]] [[other_name:Jessica]].
CHAKMA|Aditi|||||*|Bébé [[name:Chakma]] [[name:Aditi]], trisomie 21 suspectée à la naissance, caryotype envoyé le [[date:03/12/2025]] ; échographie cardiaque : CAV complet. Annonce faite aux parents (M. et Mme [[other_name:Chakma]]) en présence du Dr [[other_name:Lapeyre]].
* Mme [[other_name:Ferreira Lopes]] [[other_name:Marisa]] tire son lait à domicile ([[address:14 chemin des Vignes]], [[postcode_city:33400 Talence]]) ; transport des biberons par le papa ; enfant : [[name:Lopes]] [[name:Tiago]], né à 31 [[diag_preg:SA]].
- Unité kangourou : 6 lits mère-enfant, tous occupés. Liste d'attente : 2 nouveau-nés en néonatologie de niveau 2.
* Décès en salle de naissance : [[name:Haddouche]] [[name:Inaya]], née à 23 [[diag_preg:SA]] + 2 j le [[date:27/11/2025]], soins palliatifs selon le projet des parents. Psychologue du service : Mme [[other_name:Bernier]].
* Convocation en consultation de suivi des grands prématurés à 2 ans d'âge corrigé pour [[name:Benali]] [[name:Yasmine]] (née le [[date:14 février 2024]]) : le [[date:20/01/2026]] à 14h, avec le Dr [[other_name:Roche-Bertrand]] ; courrier à [[address:Résidence du Parc]], [[address:bât. D]], [[postcode_city:45100 Orléans]].
SHRESTHA|Aarav|||||*|Nouveau-né [[name:Shrestha]] [[name:Aarav]], J2, sortie précoce refusée (perte de poids 9 %) ; maman népalaise, [[diag_preg:allaitement]] exclusif difficile, consultante en lactation (Mme [[other_name:Girault]]) passée à 15h.
* BCG proposé à [[name:Tsering]] [[name:Pema]] (parents tibétains, famille au Népal) ; vitamine K J1 faite ; dossier [[id:{ipp}]] ; adresse de l'hébergement : [[address:hôtel Le Relais]], [[address:chambre 14]], [[postcode_city:92000 Nanterre]].
""")

# School and university health: school nurses, SSU, students abroad, Erasmus, boarding schools
ROWS.append(r"""
# School nurses (collège, lycée, internat), university health service (SSU), students abroad and their families.
* Infirmerie du collège Jules-Ferry : [[name:Lachaud]] [[name:Enzo]], 4e B, chute en EPS, entorse de cheville probable, glace, appel de la mère (Mme [[other_name:Lachaud]], [[phone:06 81 22 47 15]]) qui vient le chercher à 11h.
- PAI asthme : Ventoline dans la trousse de l'élève et à l'infirmerie, chambre d'inhalation, protocole d'urgence affiché en salle des professeurs.
* PAI allergie arachide de [[name:Nkoulou]] [[name:Ange-Michel]] (CM2, école Pasteur) signé le [[date:15/09/2025]] ; stylo d'adrénaline Anapen 0,15 mg, péremption [[date_partial:06/2026]] ; parents M. et Mme [[other_name:Nkoulou]].
LEBRETON|Manon|||||*|Lycée, internat : [[name:Manon]] [[name:Lebreton]], 16 ans, se plaint de céphalées depuis 3 jours, pas de fièvre ; vue par l'infirmière (Mme [[other_name:Grosjean]]) ; famille à Saint-Brieuc prévenue par mail ([[email:famille.lebreton22@orange.fr]]).
* Bilan de santé de la 6e année : [[name:Diarra]] [[name:Moussa]], né le [[date:11/04/2019]], vision 8/10 OD, 10/10 OG, dépistage auditif normal, langage à surveiller ; courrier aux parents ([[address:27 avenue Salvador Allende]], [[postcode_city:93800 Épinay-sur-Seine]]).
- Service de santé universitaire : permanence sans rendez-vous de 9h à 12h, consultations de psychologue sur inscription, vaccinations à jour exigées pour les études de santé.
* SSU : étudiante en L2, [[name:Lin]] [[name:Xiaoyu]], chinoise, arrivée en septembre, insomnie, perte de poids, isolement ; orientée vers le psychologue du SSU ; numéro étudiant [[id:22514308]]. Mail : [[email:xiaoyu.lin@etu.univ-tours.fr]].
* Erasmus : M. [[name:Kelly]] [[name:Ciarán]], étudiant irlandais, morsure de chien (le chien de sa logeuse, Médor, à jour de ses vaccins) ; SAT et rappel tétanos ; logement : [[address:3 rue des Tanneurs]], [[postcode_city:37000 Tours]].
BOUKHALFA|Sofiane|||||*|Lycée professionnel : [[name:Sofiane]] [[name:Boukhalfa]], 17 ans, coupure à la main en atelier (scie), plaie 2 cm, adressé aux urgences ; accident scolaire déclaré le [[date:03/12/2025]] ; père joint au [[phone:07 51 36 90 44]].
* Suspicion de harcèlement : [[name:Lucie]] [[name:Thevenot]], 5e A, pleurs à répétition, [[diag_mental:scarifications]] sur les avant-bras ; entretien, CPE et médecin scolaire informés ; information préoccupante à discuter.
- Campagne de vaccination HPV au collège : 142 élèves de 5e, 87 autorisations parentales reçues, deuxième dose en juin.
* Étudiant en échange à Montréal : M. [[name:Rousseau-Vidal]] [[name:Théo]], appendicite opérée au CHUM le [[date:20 octobre 2025]], rapatriement non nécessaire, dossier assistance [[id:MA-25-117804]] ; maman Mme [[other_name:Vidal]] [[other_name:Christine]] au [[phone:+33 6 12 48 70 95]].
* Internat : [[name:Maëlys]] [[name:Boisseau]] a oublié son traitement (Lévothyrox) à la maison ; la pharmacie de garde a délivré 3 comprimés ; maman prévenue ; rappel du PAI.
DOLGORSUREN|Enkhjin|||||*|SSU, consultation de [[diag_repro:contraception]] : Mlle [[name:Dolgorsuren]] [[name:Enkhjin]], étudiante mongole, souhaite la [[diag_repro:pilule]] ; prescription de Leeloo, examen normal ; RDV de contrôle dans 3 mois.
* Médecin scolaire : visite d'admission en CAP pour [[name:Bakayoko]] [[name:Lassana]], MNA hébergé au foyer [[address:Le Tremplin]], [[postcode_city:72000 Le Mans]] ; vaccins à rattraper (ROR, DTP) ; éducateur référent M. [[other_name:Coulibaly]].
- Rappel du rectorat : tout élève fiévreux doit être récupéré par un responsable légal ; pas de paracétamol sans ordonnance ni PAI.
* Collège Louise-Michel : [[name:Ayoub]] [[name:Ben Youssef]], 3e C, malaise en cours de sport, glycémie capillaire à 0,62 g/L, resucrage ; diabète de type 1 connu ; maman Mme [[other_name:Ben Youssef]] [[other_name:Sonia]] arrivée à 15h10.
* Étudiante infirmière en stage à Nouméa (IFSI de Nancy) : Mlle [[name:Marchetti]] [[name:Giulia]], AES le [[date:24/11/2025]] (piqûre après prélèvement), patient source négatif, sérologies de contrôle à 6 semaines.
GEORGIEVA|Raya|||||*|SSU : Mme [[name:Georgieva]] [[name:Raya]], doctorante bulgare, demande un certificat d'aptitude au sport (boxe) ; ECG normal ; certificat remis ; numéro de carte étudiant [[id:E21-004719]].
* Fiche d'urgence de l'élève [[name:Pauline-Rose]] [[name:Delage]] (classe de 2nde 4) : responsable légal 1 Mme [[other_name:Delage]] [[other_name:Corinne]] [[phone:06 03 58 41 27]] ; responsable légal 2 M. [[other_name:Vergne]] [[other_name:Patrick]] [[phone:06 74 19 30 52]] ; allergie : aucune.
* Dispositif d'écoute : élève de terminale, [[name:Maxime]] [[name:Charrier]], consommation de [[diag_addict:cannabis]] quotidienne, résultats en chute ; orienté vers la consultation jeunes consommateurs (CJC) ; parents non informés à sa demande.
""")

# Home oxygen and medical device suppliers (PSAD), home infusion, beds; ambulance and taxi companies' billing
ROWS.append(r"""
# PSAD: oxygen concentrators, PPC, home infusion pumps, medical beds; technicians' visit reports, delivery slips.
* Bon de livraison PSAD OxyDom n° [[id:BL-778104]] : concentrateur 5 L + bouteille de déambulation, livré chez M. [[name:Ravier]] [[name:Lucien]], [[address:La Croix Blanche]], [[postcode_city:71250 Cluny]], le [[date:02/12/2025]] ; technicien [[other_name:Kevin M.]]
- Oxygénothérapie : débit 2 L/min au repos, 3 L/min à l'effort, au moins 15 h par jour. Pas de flamme ni de cigarette à proximité.
GIRAULT|Bernadette|||||*|Visite technique PPC : Mme [[name:Girault]] [[name:Bernadette]], observance 6h12/nuit sur 30 jours, IAH résiduel 3,1, fuites 18 L/min ; masque facial changé (taille M). Prochaine visite en [[date_partial:juin 2026]].
* Appel de l'astreinte PSAD (tél [[phone:0 800 12 34 56]]) : panne du concentrateur chez Mme [[name:Perrot]] [[name:Ginette]] à Tournus, bouteille de secours livrée à 22h40 ; fille [[other_name:Martine]] sur place.
* Perfusion à domicile : M. [[name:Ponsard]] [[name:Rémi]], antibiothérapie IV (ceftriaxone 2 g/j) sur PICC line, 14 jours, diffuseur livré par Bastide Médical ; IDE libérale Mme [[other_name:Collard]] [[other_name:Sylvie]] [[phone:03 26 88 14 07]].
- Lit médicalisé, matelas à air dynamique, lève-personne et fauteuil garde-robe : prescription sur ordonnance séparée (LPPR), location hebdomadaire.
* Contrat de location n° [[id:LOC 2025 441 087]] au nom de M. [[name:Jacquinet]] [[name:Daniel]], NIR [[nir:{nir:1 45 03 51 454 012}]] ; tiers payant ; adresse de livraison : [[address:8 rue de la Fontaine]], [[postcode_city:51100 Reims]].
WAUTHIER|Josiane|||||*|Diabétologie à domicile : pompe à insuline Omnipod pour Mme [[name:Wauthier]] [[name:Josiane]], formation faite par l'infirmière du prestataire le [[date:27/11/2025]], capteur FreeStyle Libre 2 ; glycémies entre 1,10 et 2,40.
* Ventilation non invasive : M. [[name:Ibrahimović]] [[name:Senad]], SLA, VNI nocturne + diurne 4h ; astreinte technique 24/24 ; épouse Mme [[other_name:Ibrahimović]] [[other_name:Amra]] formée à l'aspiration trachéale.
- Rappel fabricant : série de concentrateurs rappelée (défaut de filtre) ; tous les patients concernés contactés, échanges planifiés sur 10 jours.
* Reprise du matériel après décès de M. [[name:Chambon]] [[name:Albert]] le [[date_partial:30/11]] : rendez-vous pris avec son fils M. [[other_name:Chambon]] [[other_name:Didier]] ([[phone:06 11 72 58 34]]) pour le [[date_partial:8 décembre]].
* FICHE INTERVENTION : CLIENT [[name:BOYER]] [[name:LILIANE]] - [[address:LES HAUTS DE CHABRIERES]] [[address:LOT 7]] - [[postcode_city:26160 LA BEGUDE DE MAZENC]] - TEL [[phone:0475462218]] - motif : alarme débit - action : nettoyage filtre - OK.
ARNAUD|Gilbert|||||*|Nutrition entérale à domicile : M. [[name:Arnaud]] [[name:Gilbert]], gastrostomie, Fresubin 1500 mL/j sur pompe, livraison mensuelle ; diététicienne du prestataire : [[other_name:Claire Dumas]], [[email:c.dumas@nutridom-sante.fr]].
* PSAD, réclamation : Mme [[name:Lopes Da Silva]] [[name:Maria do Céu]] se plaint du bruit du concentrateur la nuit ; appareil silencieux commandé ; dossier client [[id:C-0093317]].
- Désinfection des appareils retournés : protocole en 4 étapes, traçabilité sur le logiciel, mise en quarantaine 72 h.
""")

ROWS.append(r"""
# Ambulance and taxi companies: transport slips, invoices, billing rejects from the CPAM, dispatch notes.
* Ambulances du Val de Loire - facture n° [[id:F25-11-0874]] - transport assis (VSL) de M. [[name:Mabilleau]] [[name:Roger]] du domicile ([[address:4 rue du Lavoir]], [[postcode_city:37270 Montlouis-sur-Loire]]) au CHU, le [[date:18/11/2025]], 24 km.
- Facturation : majoration de nuit de 21h à 8h, dimanches et jours fériés ; abattement en cas de transport simultané de 2 ou 3 patients.
* Rejet CPAM : prescription médicale de transport sans date pour Mme [[name:Touchard]] [[name:Yvonne]], NIR [[nir:{nir:2 38 11 37 261 044}]] ; demander au service une nouvelle PMT datée du [[date:12/11/2025]].
BOUCHAUD|Henri|||||*|Taxi conventionné : course aller-retour radiothérapie de M. [[name:Bouchaud]] [[name:Henri]] (séries de 25 séances) ; chauffeur [[other_name:Thierry]] ; 6h45 départ [[address:lieu-dit Les Rivauds]], [[postcode_city:79170 Brioux-sur-Boutonne]].
* Régulation ambulance privée : demande de l'EHPAD [[address:Les Glycines]] pour Mme [[name:Sauvaget]] [[name:Paulette]], chute, transport aux urgences ; équipe [[other_name:Jérôme]] et [[other_name:Aline]] ; départ 14h05, arrivée 14h40.
* Facture SMUR ? non : transport secondaire par ambulance de M. [[name:Noury]] [[name:Jacky]] vers le CH de Niort le [[date:03/12/2025]] ; bon de transport n° [[id:BT 1125 7730]] ; assuré : M. [[name:Noury]], mutuelle MGEN.
- Ambulances : véhicule 2 indisponible (contrôle technique), véhicule 4 en désinfection après transport d'un patient BMR.
* PMT : Mme [[name:Chauvet]] [[name:Huguette]], née le [[date:22/02/1933]], transport allongé justifié (fracture du col fémoral opérée), du CH de Châtellerault vers le SMR [[address:Les Capucins]], [[postcode_city:86100 Châtellerault]].
GUERIN-LAMOTTE|Solange|||||*|Note du transporteur : Mme [[name:Guérin-Lamotte]] [[name:Solange]] absente lors du passage à 7h30 (rendez-vous de dialyse) ; voisine (Mme [[other_name:Ribault]]) dit qu'elle est chez sa fille ; déplacement facturé ? à voir avec la caisse.
* Relevé mensuel taxi Alliance : [[date_partial:01/11]] [[name:MERCIER]] [[name:Jean]] 38 km ; [[date_partial:04/11]] [[name:MERCIER]] [[name:Jean]] 38 km ; [[date_partial:06/11]] [[name:PASQUIER]] [[name:Odette]] 52 km ; total 128 km ; facturé à la CPAM de la Vienne.
- Transport partagé : trois patients dialysés du même secteur, horaires groupés, économie pour l'assurance maladie, confort moindre.
* Ambulances Jourdain (tél [[phone:02 41 88 63 15]]) : retour à domicile de M. [[name:Oger]] [[name:Fernand]], brancard, 3e étage sans ascenseur ([[address:12 rue Plantagenêt]], [[postcode_city:49100 Angers]]), prévoir portage à 2.
* Contestation d'une facture : la fille de M. [[name:Raimbault]] [[name:Marcel]], Mme [[other_name:Poirier]] [[other_name:Nadine]], conteste la facture n° [[id:2025-07-1159]] (transport non prescrit) ; transmis au service facturation.
""")

# Clinical research: inclusion notes, screening and randomisation numbers, eCRF queries, consent, monitoring
ROWS.append(r"""
# Research coordinators (ARC/TEC): inclusions, screening logs, randomisation, consent, SAE, monitoring visits.
* Inclusion dans l'étude PRONOS-2 (NCT05512347) : Mme [[name:Jankowska]] ? non, Mme [[name:Moraru]] [[name:Elena]], née le [[date:09/05/1962]], numéro patient [[id:07-014]], randomisée le [[date:01/12/2025]] bras A. Consentement signé en présence du Dr [[other_name:Chassaing]].
- Cahier d'observation : 14 queries ouvertes, 9 résolues. Prochaine visite de monitoring le 15 ; préparer les classeurs investigateur.
* Screening log : [[id:S-031]] M. [[name:Da Costa]] [[name:Felipe]] éligible ; [[id:S-032]] Mme [[name:Restrepo]] [[name:Catalina]] non éligible (DFG < 30) ; [[id:S-033]] M. [[name:Oyarzún]] [[name:Matías]] refus.
OLIVEIRA|Thiago|||||*|ARC : M. [[name:Oliveira]] [[name:Thiago]] (brésilien), patient [[id:FR-12-0087]] de l'essai ONCO-HEART, EIG le [[date:26/11/2025]] (hospitalisation pour neutropénie fébrile), déclaré au promoteur sous 24 h.
* Consentement retiré : Mme [[name:Van den Berg]] [[name:Anouk]] ne souhaite plus participer à la cohorte (identifiant [[id:COH-4471-22]]) ; ses prélèvements de la biothèque seront détruits ; courrier de confirmation envoyé le [[date:4 déc. 2025]].
- Tirage au sort centralisé par IWRS ; délai entre signature du consentement et randomisation inférieur à 28 jours.
* Visite de suivi M6 de M. [[name:Huang]] [[name:Zhiwei]] (numéro d'inclusion [[id:0312]]) : fenêtre du [[date_partial:12]] au [[date_partial:26 janvier]] ; bilan sanguin, questionnaire EQ-5D, ECG ; RDV posé le [[date:19/01/2026]].
NDIAYE-LEBLANC|Awa|||||*|Étude observationnelle COVIPED : enfant [[name:Ndiaye-Leblanc]] [[name:Awa]] incluse ; représentants légaux : Mme [[other_name:Leblanc]] [[other_name:Hélène]] et M. [[other_name:Ndiaye]] [[other_name:Ousmane]] ; non-opposition recueillie le [[date:28/11/2025]].
* Déviation au protocole : la dose de J15 de M. [[name:Kaya-Duval]] [[name:Olivier]] (pt [[id:02-0451]]) administrée à J18 ; notifiée au CPP ? non, au promoteur seulement. TEC : [[other_name:Amandine Rey]].
- Biobanque : 3 tubes EDTA, 2 tubes secs, centrifugés et congelés à -80 °C dans l'heure, étiquettes pré-imprimées (code étude uniquement).
* Courriel de l'ARC moniteur ([[email:j.mertens@cro-clinica.be]]) : source documentaire manquante pour le patient [[id:11-008]] (compte rendu de scanner du [[date_partial:3 novembre]]).
* Registre des cancers pédiatriques : [[name:Quang]] [[name:Minh Anh]], 6 ans, leucémie aiguë lymphoblastique diagnostiquée le [[date:17/10/2025]] ; famille domiciliée [[address:22 rue de Belleville]], [[postcode_city:75020 Paris]].
KARAPETIAN|Armen|||||*|Pré-screening : M. [[name:Karapetian]] [[name:Armen]], mutation EGFR exon 19, éligible à l'étude LUNG-TARGET ; rendez-vous d'information le mardi [[date_partial:9/12]] ; coordinatrice Mme [[other_name:Saulnier]], [[phone:04 72 11 67 39]].
* Tableau (copié du fichier Excel) : N° pt / Initiales / Date incl. -- [[id:001]] / [[name:D.M.]] / [[date:02/10/2025]] -- [[id:002]] / [[name:L.K.]] / [[date:16/10/2025]] -- [[id:003]] / [[name:B.A.]] / [[date:30/10/2025]].
- Amendement n° 4 du protocole approuvé par le CPP Sud-Est : ajout d'une visite à M18 et d'une IRM cardiaque facultative.
* Remboursement des frais de transport du participant M. [[name:Pires]] [[name:Nuno]] : 48,60 euros, virement sur le RIB fourni ([[iban:{iban:20041 01005 0500013M026 06}]]) ; justificatifs joints.
""")

# Medico-legal: certificates, judicial requisitions, ITT, custody, sexual assault, death certificates
ROWS.append(r"""
# Medico-legal: certificats de coups et blessures, réquisitions judiciaires, garde à vue, ITT, UMJ, signalements.
* Certificat médical initial : je soussigné Dr [[other_name:Bonnafoux]] [[other_name:Pierre]], certifie avoir examiné le [[date:03/12/2025]] à 14h30 Mme [[name:Benhamou]] [[name:Sarah]], née le [[date:12/06/1985]], qui déclare avoir été agressée par son conjoint. ITT : 5 jours.
* Réquisition judiciaire n° [[id:PV 2025/01844]] du commissariat de Nîmes (OPJ [[other_name:Marchand]]) : examen de M. [[name:Bouzid]] [[name:Amine]] en garde à vue ; état de santé compatible avec la mesure ; traitement : insuline apportée par la famille.
- Lésions constatées : ecchymose périorbitaire gauche de 3 x 2 cm, dermabrasion du genou droit, pas de fracture clinique. Retentissement psychologique à réévaluer.
HAMDI|Nour|||||*|UMJ : Mme [[name:Hamdi]] [[name:Nour]], 24 ans, examen après agression sexuelle la nuit du [[date_partial:29 au 30 novembre]] ; prélèvements médico-légaux, [[diag_hiv:TPE]] débuté (kit 3 jours), [[diag_repro:contraception]] d'urgence ([[diag_repro:Norlevo]]) ; plainte déposée.
* Certificat de décès : M. [[name:Laborde]] [[name:André]], décédé le [[date:04/12/2025]] à 6h10 au domicile ([[address:3 chemin de Pouy]], [[postcode_city:32000 Auch]]) ; obstacle médico-légal : non ; médecin : Dr [[other_name:Sarrazin]].
* Coups et blessures : M. [[name:Nikolić]] [[name:Zoran]], rixe à la sortie d'un bar le [[date:30/11/2025]], plaie du cuir chevelu suturée (6 points), ITT 3 j ; plainte au commissariat ; déclaration : taux d'[[diag_addict:alcool]] non mesuré.
- Secret médical : le certificat est remis en main propre à la victime, jamais à un tiers, sauf réquisition.
* Signalement au procureur (mineur en danger) : [[name:Tessier]] [[name:Kenzo]], 3 ans, fractures multiples d'âges différents ; parents : Mme [[other_name:Tessier]] [[other_name:Laura]] et M. [[other_name:Gomis]] [[other_name:Fabrice]], [[address:45 rue des Peupliers]], [[postcode_city:59200 Tourcoing]].
DJEBBAR|Karima|||||*|Certificat pour violences conjugales : Mme [[name:Djebbar]] [[name:Karima]] (épouse [[name:Lefort]]), photographies des lésions annexées avec son accord ; orientée vers l'association d'aide aux victimes ; elle sera hébergée chez sa sœur [[other_name:Samia]].
* Réquisition du parquet pour prise de sang (alcoolémie) : conducteur M. [[name:Rigaud]] [[name:Steven]], accident à 2h45, prélèvement à 3h20, scellé n° [[id:2025-1204-07]] remis aux gendarmes (brigade de Privas).
* Examen de garde à vue au commissariat central (cellule 3) : Mme [[name:Vasile]] [[name:Andreea]], moldave, douleur dentaire, paracétamol prescrit, compatible ; interprète roumain par téléphone.
- Barème ITT : la durée d'incapacité totale de travail au sens pénal n'a rien à voir avec un arrêt de travail.
* Expertise judiciaire (accident de la voie publique du [[date:14/03/2024]]) : M. [[name:Ferraro]] [[name:Salvatore]], consolidation fixée au [[date:01/10/2025]], DFP 12 %, souffrances endurées 3/7 ; avocat Me [[other_name:Castellani]].
* Levée de corps à la demande des gendarmes : homme inconnu retrouvé au [[address:bois de la Garenne]], [[postcode_city:28100 Dreux]], identifié ensuite comme M. [[name:Morvan]] [[name:Gwenaël]] ? non, identité à confirmer par les empreintes.
KURTOVIC|Adnan|||||*|Certificat de non-contre-indication à la détention (centre de rétention administrative) : M. [[name:Kurtović]] [[name:Adnan]], bosnien, né le [[date:05/05/1991]], asthme, Ventoline ; n° CRA [[id:CRA-25-3317]].
* Victime d'accident du travail ? non, d'agression sur son lieu de travail (pharmacie [[address:Pharmacie du Marché]], [[postcode_city:13200 Arles]]) : Mme [[name:Ortiz]] [[name:Rocío]], ITT 2 j, choc psychologique, arrêt de travail 7 j.
- Autopsie demandée par le parquet : corps transféré à l'IML, famille informée qu'aucune toilette mortuaire n'est possible avant l'autopsie.
""")

# Eye, ENT and skin clinics
ROWS.append(r"""
# Ophthalmology, orthoptics, ENT, audiology, dermatology: consultation lines, IVT lists, biopsies, photos.
* Ophtalmo : M. [[name:Zhao]] [[name:Jun]], DMLA exsudative OD, IVT d'aflibercept n° 7 le [[date:02/12/2025]], AV OD 4/10 P4, OG 8/10 P2 ; prochaine IVT dans 8 semaines. OCT : pas de fluide.
- Fond d'œil : rétinopathie diabétique non proliférante modérée, pas d'œdème maculaire. Contrôle à un an, équilibre glycémique à optimiser.
* Liste IVT du vendredi [[date_partial:5/12]] salle 2 : [[name:Chabot]] [[name:Yvette]] OG ; [[name:Lemoine-Roussel]] [[name:André]] OD ; [[name:Kaba]] [[name:Hawa]] OD ; [[name:Tran]] [[name:Van Long]] ODG.
PHAN|Sokha|||||*|Orthoptie : [[name:Phan]] [[name:Sokha]], 7 ans, strabisme convergent, amblyopie OG, occlusion 4h/j ; maman Mme [[other_name:Phan]] [[other_name:Chanthy]] ; prochain bilan le [[date:13/01/2026]].
* Chirurgie de la cataracte OG le [[date:11/12/2025]] pour Mme [[name:Dupré-Lacombe]] [[name:Marie-Hélène]] ; implant 21,5 D ; arrêt des anticoagulants non nécessaire ; collyres : Tobradex 1 goutte x4/j.
- Glaucome chronique à angle ouvert : PIO 24 mmHg OD, 22 OG sous latanoprost ; champ visuel Humphrey 24-2 : ressaut nasal OD. Ajout de timolol.
* ORL : M. [[name:Hakobyan]] [[name:Tigran]], surdité de perception brusque OG le [[date_partial:28/11]], corticothérapie 1 mg/kg, audiogramme de contrôle J8 ; épouse Mme [[other_name:Hakobyan]] [[other_name:Lusine]] ([[phone:06 88 40 31 72]]).
MARGARYAN|Anahit|||||*|Consultation ORL : Mme [[name:Margaryan]] [[name:Anahit]], vertiges positionnels, manœuvre de Dix-Hallpike positive à droite, manœuvre de Sémont faite ; pas de bilan complémentaire.
* Audioprothèse : M. [[name:Ginestet]] [[name:Raoul]], appareillage bilatéral (Phonak), essai du [[date_partial:1er]] au [[date_partial:31 décembre]] ; audioprothésiste M. [[other_name:Bertin]], [[address:7 place Carnot]], [[postcode_city:30100 Alès]].
- Amygdalectomie : alimentation froide et molle pendant 10 jours, pas d'aspirine ni d'ibuprofène, consulter en urgence en cas de saignement.
* Dermatologie : M. [[name:Lindholm]] [[name:Erik]], carcinome basocellulaire nodulaire de l'aile du nez, exérèse avec greffe de peau totale prévue le [[date:17/12/2025]] ; photo dans le dossier [[id:{ipp}]].
* Téléexpertise derm : photos envoyées par le Dr [[other_name:Roussillon]] pour Mme [[name:Ciobanu]] [[name:Mariana]], 45 ans, lésion pigmentée dos 8 mm, ABCDE : asymétrie, bords irréguliers ; avis : exérèse pour histologie.
SAMAKÉ|Bakary|||||*|Dermato : M. [[name:Samaké]] [[name:Bakary]], gale profuse, ivermectine J1 et J8, traitement des contacts (épouse [[other_name:Aminata]] et 3 enfants), linge à 60 °C ; logement au [[address:foyer Adoma]], [[address:chambre 212]], [[postcode_city:94400 Vitry-sur-Seine]].
* Mélanome : Mme [[name:O'Sullivan]] [[name:Niamh]], mélanome à extension superficielle Breslow 0,9 mm, reprise à 1 cm ; ganglion sentinelle négatif ; suivi tous les 6 mois. RCP du [[date:20/11/2025]].
- Psoriasis en plaques : PASI 14, DLQI 12 ; méthotrexate 15 mg/semaine + Speciafoldine ; bilan hépatique mensuel.
* Ophtalmo urgence : M. [[name:Fonseca]] [[name:Edson]], projection de chaux vive dans l'OD sur un chantier ([[address:ZAC des Forges]], [[postcode_city:57100 Thionville]]), lavage abondant 30 min, ulcère cornéen ; arrêt de travail 10 jours.
* Dr [[other_name:Guillemot]] (ORL) au Dr [[other_name:Lestrade]] : je vois ce jour votre patient M. [[name:Beaudoin]] [[name:Claude]] pour une otite séreuse gauche ; pas de masse du cavum à la nasofibroscopie.
""")

# Travellers, seasonal workers, students and tourists abroad, repatriation assistance
ROWS.append(r"""
# Gens du voyage (aires d'accueil), seasonal workers (vendanges, ski resorts, agriculture), tourists, repatriation.
* M. [[name:Winterstein]] [[name:Django]], voyageur, stationné sur l'[[address:aire d'accueil de la Chaussée]], [[address:emplacement 12]], [[postcode_city:80000 Amiens]] ; plaie du pied infectée ; soins IDE à la caravane 1 jour sur 2.
- Aires d'accueil : pas d'adresse postale fixe pour certaines familles ; domiciliation au CCAS acceptée par la caisse pour l'ouverture des droits.
REINHARDT|Chavali|||||*|Mme [[name:Reinhardt]] [[name:Chavali]], 38 ans, famille du voyage, départ prévu le [[date_partial:15 décembre]] vers le Sud ; courrier de suivi à remettre en main propre ; tél de la belle-sœur [[phone:06 70 12 88 43]].
* Domiciliation : M. [[name:Lagrené]] [[name:Tony]], [[address:c/o CCAS]], [[address:BP 42]], [[postcode_city:37110 Château-Renault]] ; carte vitale en cours de renouvellement ; suivi diabète irrégulier selon les déplacements.
* Saisonnier aux vendanges : M. [[name:Bălan]] [[name:Vasile]], roumain, coupure de la main au sécateur, 4 points ; employeur : domaine [[address:Château La Gravière]], [[postcode_city:33330 Saint-Émilion]] ; hébergé au gîte du domaine.
- Station de ski : pic de fractures du plateau tibial et d'entorses du LCA pendant les vacances de février ; cabinet de la station ouvert 7j/7.
* Saisonnière : Mlle [[name:Fontaine]] [[name:Capucine]], serveuse à la station (Val Thorens), logée au [[address:chalet Les Marmottes]], [[address:studio 4]], [[postcode_city:73440 Les Belleville]] ; entorse du genou sur les pistes ; mail [[email:capucine.fontaine@gmail.com]].
OUEDRAOGO|Issouf|||||*|Ouvrier agricole (contrat OFII), M. [[name:Ouédraogo]] [[name:Issouf]], piqûre d'hyménoptère, œdème de Quincke, adrénaline IM ; employeur M. [[other_name:Vergnaud]], exploitation [[address:les Granges Basses]], [[postcode_city:84300 Cavaillon]].
* Rapatriement sanitaire : Mme [[name:Meyer]] [[name:Annelise]], touriste allemande, fracture du poignet opérée, vol retour le [[date:07/12/2025]] avec escorte ; assisteur ADAC, dossier [[id:ADAC-4417-2025]] ; fils [[other_name:Tobias]] l'attend à Munich.
* Touriste : M. [[name:Yamamoto]] ? non, M. [[name:Yoon]] [[name:Seok-jin]], coréen, crise de colique néphrétique à l'hôtel [[address:Hôtel du Louvre]], [[address:chambre 318]], [[postcode_city:75001 Paris]] ; assurance voyage n° [[id:KR-TRV-8812045]].
- Carnet de voyage : vaccin contre la fièvre jaune obligatoire pour la Guyane, paludisme : atovaquone-proguanil pendant le séjour et 7 jours après.
* Expatrié en congé : M. [[name:Lacombe]] [[name:Hugues]], vit à Dakar, bilan de fièvre au retour, frottis sanguin négatif ; adresse en France chez sa mère, [[address:9 impasse du Moulin]], [[postcode_city:24000 Périgueux]].
* Forain : M. [[name:Falconi]] ? non, M. [[name:Falck]] [[name:Lorenzo]], chute d'un manège lors du montage, fracture de côtes ; fête foraine de Lille ; roulotte sur le [[address:parking du Champ de Mars]], [[postcode_city:59000 Lille]].
LAZAR|Dorin|||||*|Travailleur détaché (BTP) : M. [[name:Lazăr]] [[name:Dorin]], moldave, sans carte vitale ; formulaire A1 présenté ; employeur roumain ; interprète par téléphone ; contact : [[phone:+373 69 412 857]].
* Pèlerin de Compostelle : Mme [[name:Schmid]] [[name:Verena]], suisse, tendinite d'Achille, repos 5 jours au gîte [[address:La Coquille]], [[postcode_city:64220 Saint-Jean-Pied-de-Port]] ; carte européenne d'assurance maladie présentée.
- Voyageurs : prévoir un carnet de santé papier à remettre au patient, les dossiers informatiques ne suivent pas d'un département à l'autre.
* Cueilleurs de fruits : 3 travailleurs intoxiqués par un pesticide, dont M. [[name:El Idrissi]] [[name:Hamza]] et M. [[name:Benkirane]] [[name:Omar]] ; exploitation à Châteaurenard ; Centre antipoison prévenu.
""")

# Pets in the notes, and words that must stay beside persons of the same names
ROWS.append(r"""
# Pets' names (not labeled), eponyms, drug brands, hospitals and streets named after people, names that are words.
* Mme [[name:Ragot]] [[name:Simone]] refuse l'hospitalisation car personne ne peut garder son chat Félix ; la voisine (Mme [[other_name:Cordier]]) propose de s'en occuper.
* Morsure de chien : [[name:Nathan]] [[name:Vasseur]], 6 ans, mordu au visage par Rocky, le berger allemand du voisin M. [[other_name:Delattre]] ; certificat vétérinaire demandé ; vaccination antirabique du chien à jour.
- Zoothérapie en EHPAD : la chienne Praline vient le jeudi, les résidents apprécient. Aucune allergie signalée.
PIGEON|Marcel|||||*|M. [[name:Pigeon]] [[name:Marcel]], 79 ans, éleveur de pigeons, pneumopathie d'hypersensibilité (poumon d'éleveur d'oiseaux) ; éviction des pigeons recommandée.
* Mme [[name:Chapelle]] [[name:Bernadette]] a fait un malaise à la chapelle de l'hôpital ; relevée par l'aumônier ; glycémie 0,58.
- Maladie de Parkinson, syndrome de Guillain-Barré, maladie de Horton, thyroïdite de Hashimoto, test de Romberg, signe de Babinski, maladie de Charcot : termes à conserver.
* M. [[name:Vigneron]] [[name:Thierry]], vigneron à Cumières, allergie au soufre ? non, intolérance aux sulfites ; conseillé par son caviste.
* Pompon, le lapin de [[name:Léna]] [[name:Carré]] (8 ans), est mort la semaine dernière ; tristesse, pleurs le soir ; pas de signe de [[diag_mental:dépression]] selon la psychologue scolaire.
- Hôpital Raymond-Poincaré, Hôpital Henri-Mondor, CHU Ambroise-Paré, Institut Curie : orientation selon le parcours de soins.
DAUPHIN|Régis|||||*|M. [[name:Dauphin]] [[name:Régis]], moniteur de plongée, accident de décompression ; caisson hyperbare à Toulon ; pas de dauphin impliqué malgré ce que dit le dossier des pompiers.
* Mme [[name:Prince]] [[name:Josette]] habite [[address:rue du Prince Noir]], [[postcode_city:33000 Bordeaux]] ; livraison du lit médicalisé le mercredi [[date_partial:10]] ; fille [[other_name:Sandrine]].
* M. [[name:Tisserand]] [[name:Loïc]] (ancien tisserand, usine textile de Roubaix), fibrose pulmonaire ; exposition professionnelle à discuter pour la maladie professionnelle.
- Médicaments : Doliprane, Spasfon, Smecta, Gaviscon, Dafalgan codéiné, Lamaline, Forlax, Movicol, Eductyl : à poursuivre selon ordonnance.
* Le cheval de Mme [[name:Cordonnier]] [[name:Aline]], Tornado, lui a donné un coup de sabot au thorax : fractures de 3 côtes ; le vétérinaire, Dr [[other_name:Marchal]], a appelé pour prendre des nouvelles.
MARTEL|Agathe|||||*|Mme [[name:Martel]] [[name:Agathe]] reçoit la visite de son perroquet ? non : son mari apporte des photos du perroquet Coco ; elle sourit ; syndrome de glissement moins marqué.
* Chat griffeur : maladie des griffes du chat chez [[name:Inès]] [[name:Boulanger]], adénopathie axillaire ; sérologie Bartonella positive ; azithromycine 5 jours ; le chat (Minou) n'a pas besoin d'être traité.
- Rue Pasteur, avenue Charles-de-Gaulle, boulevard Victor-Hugo, place Jean-Jaurès : le plan de l'hôpital est affiché à l'entrée (parking P2, bâtiment Condorcet, aile Vauban).
* M. [[name:Berger]] [[name:Alain]], berger dans les Alpes, fièvre Q (contage ovin), doxycycline ; son chien de troupeau (Patou) va bien.
* Chien guide : M. [[name:Loiseau]] [[name:Frédéric]], malvoyant, accompagné de son chien guide Uzo, accès autorisé dans le service selon la loi ; gamelle d'eau au poste de soins.
- Échelles : Glasgow, Norton, Braden, MMSE, Katz, Lawton, Apgar, Silverman, Ramsay, NIHSS, Rankin modifié, Child-Pugh, MELD.
""")

# Sexual health (CeGIDD, CPEF, contraception), teleconsultation transcripts
ROWS.append(r"""
# Sexual health centre and family planning; teleconsultation transcripts (video, phone), with the platform's lines.
* CeGIDD : M. [[name:Castro]] [[name:Andrés]], colombien, dépistage complet ; [[diag_sti:gonocoque]] pharyngé positif en PCR ; ceftriaxone 1 g IM ; partenaires à informer ; [[diag_hiv:PrEP]] discutée.
* [[diag_repro:Contraception]] : Mme [[name:Moreira]] [[name:Bianca]], 22 ans, pose de [[diag_repro:DIU]] au cuivre le [[date:02/12/2025]] ; contrôle après les prochaines règles ; n° de lot du dispositif noté.
- Centre de santé sexuelle : consultations gratuites et confidentielles pour les mineurs, pas d'avance de frais, anonymat possible.
SANTOS|Rafaela|||||*|Mme [[name:Santos]] [[name:Rafaela]] (brésilienne) demande une [[diag_repro:IVG]] ; [[diag_preg:grossesse]] de 7 [[diag_preg:SA]] à l'écho ; méthode médicamenteuse choisie ; délai de réflexion non obligatoire ; RDV le [[date_partial:9/12]].
* Téléconsultation (vidéo, plateforme régionale) du [[date:03/12/2025]] 18h15 : Dr [[other_name:Lemaire]] / M. [[name:Delorme]] [[name:Bastien]] ; éruption vésiculeuse génitale, [[diag_sti:herpès]] probable, valaciclovir ; PCR à faire au laboratoire.
* Transcription de téléconsultation : « Bonjour, c'est bien Mme [[name:Guillot]] [[name:Aurore]] ? — Oui. — Vous êtes née le [[date:17 juillet 1990]] ? — Oui. — On reprend votre ordonnance de Levothyrox... »
- Téléconsultation : vérification de l'identité par la carte vitale présentée à la caméra ; consentement oral du patient tracé.
ALMEIDA|Joana|||||*|Téléconsultation [[diag_repro:PMA]] : Mme [[name:Almeida]] [[name:Joana]] et M. [[other_name:Carvalho]] [[other_name:Rui]] ; bilan d'[[diag_repro:infertilité]] ; spermogramme à refaire ; 1re tentative de [[diag_repro:FIV]] envisagée au [[date_partial:printemps 2026]].
* Visio interrompue (connexion) avec M. [[name:Kowalczyk]] ? non, M. [[name:Novák]] [[name:Tomáš]] ; rappelé par téléphone au [[phone:06 29 80 14 63]] ; renouvellement de son traitement par [[diag_hiv:Dovato]] (suivi [[diag_hiv:VIH]] au CHU).
* Dépistage rapide (TROD) : résultat [[diag_hiv:VIH]] négatif, [[diag_sti:syphilis]] négatif, VHC négatif ; consultant anonyme n° [[id:A-2512-033]] ; préservatifs remis.
KEITA|Mariam|||||*|Mme [[name:Keïta]] [[name:Mariam]], 17 ans, [[diag_repro:contraception]] d'urgence ([[diag_repro:Ellaone]]) après rapport non protégé le [[date_partial:1er décembre]] ; test de [[diag_preg:grossesse]] à J21 ; infos sur l'[[diag_repro:implant]].
- Planning familial : entretien préalable, accompagnement par une personne majeure de son choix pour les mineures.
* Télé-expertise gynéco : photos du col envoyées par la sage-femme Mme [[other_name:Cousin]] pour Mme [[name:Hoarau]] [[name:Sabrina]] ; frottis [[diag_sti:HPV]] positif ; colposcopie programmée le [[date:08/01/2026]].
* Compte rendu de téléconsultation psychiatrique : Mme [[name:Fofana]] [[name:Binta]], [[diag_mental:trouble bipolaire]], stable sous [[diag_mental:lithium]], [[diag_mental:lithémie]] 0,7 ; prochaine téléconsultation le [[date:06/01/2026]].
* Teleconsult, English note: Mr [[name:Okoro]] [[name:Chinedu]], DOB [[date:1985-03-22]], presents with dysuria and urethral discharge; [[diag_sti:chlamydia]] and [[diag_sti:gonorrhoea]] NAAT sent; azithromycin given; contact: [[email:c.okoro85@gmail.com]].
""")

# Pasted mails and tables, ALL CAPS, no accents, glued numbers, typos
ROWS.append(r"""
# Mails pasted in a cell (headers), tables typed with tabs turned to spaces or slashes, capitals, no accents, glued numbers.
* De : [[email:sophie.maury@ch-perigueux.fr]] Envoyé : mardi [[date:2 décembre 2025]] 16:42 À : [[email:secretariat.chir@clinique-francheville.fr]] Objet : TR: Mme [[name:LABROUSSE]] [[name:Jeannine]] [[date:12/08/1941]] - demande de place en SSR
* ---- Message transféré ---- From: Dr [[other_name:Ait Hamou]] [[other_name:Idir]] <[[email:idir.aithamou@hopital-tizi.dz]]> Subject: dossier de mon oncle M. [[name:Ait Hamou]] [[name:Saïd]] (né en [[date_partial:1948]]) ; merci de lui donner un RDV en cardiologie.
- Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite.
* NOM / PRENOM / DDN / CHAMBRE -- [[name:BRUNET]] / [[name:Lucette]] / [[date:03.02.1937]] / 112 -- [[name:FAUCON]] / [[name:René]] / [[date:27.09.1940]] / 114 -- [[name:DIALLO]] / [[name:Kadidia]] / [[date:01.01.1952]] / 115
* MR [[name:CHERIF]] [[name:HEDI]] NE LE[[date:14/07/1959]] TEL[[phone:0612849307]] ADRESSE [[address:22 RUE DES ECOLES]] [[postcode_city:13003 MARSEILLE]] - DOULEUR THORACIQUE DEPUIS 2H - ECG SUS DECALAGE ST
* mme [[name:benyahia]] [[name:ouiza]] nee le [[date:5/3/49]] habite [[address:3 allee des mimosas]] [[postcode_city:34070 montpellier]] pas de medecin traitant depuis le depart du dr [[other_name:lafon]] en retraite
- Tableau des gardes de décembre : semaine 49 Dr A, semaine 50 Dr B, semaine 51 Dr C ; astreinte de réanimation selon le planning habituel.
PUJADAS|Núria|||||*|Mail de la patiente (copié) : "Bonjour docteur, je suis Mme [[name:Pujadas]] [[name:Núria]], je n'ai pas reçu mes résultats, pouvez-vous les envoyer à [[email:nuria.pujadas@telefonica.net]] ? Cordialement" ; réponse : envoyés via la messagerie sécurisée.
* SMS reçu sur le portable de garde : "bjr c [[name:Kevin]] le fils a mme [[name:Lebon]] [[name:Therese]] chambre 8 elle a encor de la fievre ? rappelez moi au [[phone:06 45 87 20 19]] merci"
* Copier-coller du DPI : Patient: [[name:GONCALVES FERREIRA]] [[name:Manuel Joaquim]] / IPP: [[id:{ipp}]] / NIR: [[nir:{nir:1570599352187}]] / Adresse: [[address:Rua do Sol 14]], [[postcode_city:4700-321 Braga]] (Portugal)
* Typo : Mme [[name:Delaunay]] [[name:Odile]] ne le [[date:12/O3/1950]] corrigé en [[date:12/03/1950]] ; tel [[phone:06 2O 18 74 55]] (lettre O à la place du zéro) soit [[phone:06 20 18 74 55]].
- Relevé des constantes (copié) : 8h TA 132/78 FC 74 SpO2 97 T 36,9 / 12h TA 128/80 FC 76 SpO2 98 T 37,1 / 18h TA 141/85 FC 82 SpO2 96 T 37,8.
* PJ scannée (OCR) : « Je sou5signé Dr [[other_name:Ch4mpion]], certifie que M. [[name:Roux]] [[name:Anto1ne]] doit être dispensé de sport jusqu'au [[date:2O/12/2025]] » : OCR à vérifier.
* A L ATTENTION DU DR [[other_name:DESCHAMPS]] URGENT : RESULTAT KALIEMIE 6,8 CHEZ MME [[name:MOREL]] [[name:GINETTE]] ([[date:11/11/1936]]) A RAPPELER AU [[phone:03 80 66 12 90]] POSTE 4412
ZAHRAN|Rami|||||*|Courriel de la famille : « Mon père [[name:Rami]] [[name:Zahran]] est hospitalisé chez vous depuis le [[date_partial:28/11]], je suis son fils [[other_name:Karim]] et j'habite à Alep, vous pouvez m'appeler sur WhatsApp au [[phone:+963 944 218 507]] ».
* Liste de sortie du jour (collée) : ch 201 Mme [[name:COLIN]] ? non : ch 201 Mme [[name:Colin]] [[name:Denise]] -> domicile ; ch 207 M. [[name:Huet]] [[name:Bernard]] -> SMR ; ch 210 Mme [[name:Samba]] [[name:Astou]] -> EHPAD.
""")

# Poison control centre and pharmacovigilance: calls, case numbers, declarations
ROWS.append(r"""
# Centre antipoison (CAP) calls, CRPV declarations, addictovigilance; case numbers, callers, products.
* Appel au centre antipoison (dossier CAP n° [[id:25-118742]]) : [[name:Lucas]] [[name:Perrin-Soulier]], 2 ans, a avalé une pastille de lave-vaisselle à 10h ; maman (Mme [[other_name:Soulier]] [[other_name:Émilie]], [[phone:06 52 33 18 70]]) rappelée à 14h : pas de symptôme.
- Intoxication au monoxyde de carbone : HbCO 18 %, oxygène normobare 6 h, caisson hyperbare si troubles de conscience ou femme [[diag_preg:enceinte]] ; enquête de l'ARS au domicile.
ROBIN|Gaëlle|||||*|CRPV : déclaration d'effet indésirable chez Mme [[name:Robin]] [[name:Gaëlle]], syndrome de Lyell sous allopurinol (début le [[date:10/11/2025]]) ; transfert au centre des brûlés ; déclarant Dr [[other_name:Maillard]] ; n° BNPV [[id:LY20251187]].
* Intoxication aux champignons : M. et Mme [[name:Vial]] ([[name:Georges]] et [[other_name:Renée]]), cueillette du dimanche [[date_partial:30/11]], syndrome phalloïdien suspecté ; transférés en hépato ; mycologue de la pharmacie (M. [[other_name:Brossard]]) a identifié une amanite.
* Addictovigilance : M. [[name:Pelletier]] [[name:Dylan]], 19 ans, convulsions après prise de [[diag_addict:protoxyde d'azote]] (bonbonnes) ; déclaration au CEIP ; atteinte médullaire à l'IRM.
- Rappel : toute erreur médicamenteuse grave doit être déclarée sur le portail de signalement et au CRPV de la région.
* CAP, appel d'un particulier (M. [[other_name:Renaud]], [[phone:04 78 92 15 60]]) : son chien a mangé du chocolat ; orienté vers le vétérinaire, pas de conseil pour les animaux ; dossier non ouvert.
* Intoxication volontaire : Mme [[name:Lejeune]] [[name:Corinne]], [[diag_mental:IMV]] au paracétamol (16 g) le [[date:02/12/2025]] ; N-acétylcystéine ; avis psy avant sortie ; mari M. [[other_name:Lejeune]] [[other_name:Hervé]].
TOURE|Ibrahima|||||*|Pharmacovigilance : M. [[name:Touré]] [[name:Ibrahima]], angio-œdème sous ramipril (IEC) ; arrêt ; relais par amlodipine ; déclaration faite le [[date:28/11/2025]] ; carte d'allergie remise.
* Morsure de vipère : M. [[name:Chabert]] [[name:Lionel]], randonneur, mordu au mollet le [[date_partial:2 août]] en randonnée dans le Vercors ; grade 2, Viperfav administré.
* Erreur d'administration : Mme [[name:Bellanger]] [[name:Yolande]] a reçu le traitement de sa voisine de chambre (Mme [[name:Bellamy]] [[name:Yvette]]) : amlodipine et furosémide ; hypotension transitoire ; famille informée ; EI déclaré n° [[id:EI-25-0932]].
- Plantes toxiques fréquentes chez l'enfant : laurier-rose, if, muguet, dieffenbachia ; conduite à tenir selon la quantité.
* Appel CAP : Mme [[name:Mazet]] [[name:Clothilde]], 84 ans, a pris 2 fois son Préviscan ce matin ; INR à faire demain ; fille [[other_name:Nathalie]] au [[phone:07 60 44 18 92]].
""")

# Sports medicine, spa cures, firefighters and military health, interpreters, chaplaincy, SOS Médecins
ROWS.append(r"""
# Sports medicine (licences, club doctors), thermal cures, SDIS and army health, interpreter bookings, chaplains, on-call GP dispatch.
* Certificat de non-contre-indication au rugby : [[name:Mathéo]] [[name:Lacoste]], 15 ans, club de Mont-de-Marsan, licence n° [[id:FFR 2025 330187]] ; ECG normal ; surclassement accordé.
* Médecin du club : M. [[name:Taufa]] ? non, M. [[name:Fifita]] [[name:Sione]], pilier tongien, commotion cérébrale au match du [[date_partial:29/11]], protocole de retour au jeu, SCAT6 à J7.
- Cure thermale : rhumatologie, 18 jours de soins, prise en charge par l'assurance maladie sur prescription ; hébergement non remboursé sauf conditions de ressources.
JOURDAN|Michèle|||||*|Curiste : Mme [[name:Jourdan]] [[name:Michèle]], cure thermale à Dax du [[date:03/11/2025]] au [[date:22/11/2025]] ; malaise au bain de boue ; hébergement [[address:Résidence Les Thermes]], [[address:studio 27]], [[postcode_city:40100 Dax]].
* SDIS : sapeur-pompier volontaire M. [[name:Guillon]] [[name:Anthony]], matricule [[id:SPV 07-4412]], brûlure de la main en intervention le [[date:01/12/2025]] ; accident de service déclaré ; médecin-chef Dr [[other_name:Arnoux]].
* Service de santé des armées : caporal [[name:Nguyen Van]] [[name:Hoa]], 3e RIMa, rapatrié de Djibouti pour dengue ; HIA Bégin ; unité prévenue ; contact de la famille : [[phone:02 97 41 08 66]].
- HIA : les militaires conservent leur numéro d'identification de défense ; ne pas le confondre avec le NIR.
* Réservation d'interprète (ISM) : tamoul pour Mme [[name:Sivapalan]] ? non, Mme [[name:Jeyakumar]] [[name:Tharani]], consultation d'endocrinologie le [[date:15/12/2025]] à 10h ; demande faite par [[other_name:Corinne]] au secrétariat ([[phone:01 42 16 08 93]]).
* Interprétariat téléphonique : M. [[name:Ahmadzai]] ? non, M. [[name:Haidari]] [[name:Ali Reza]] parle dari ; code client de l'hôpital pour la plateforme [[id:HOP-7721]] (à ne pas confondre avec son dossier).
ROSSI|Gianluca|||||*|Aumônerie : M. [[name:Rossi]] [[name:Gianluca]] souhaite voir un prêtre ; l'aumônier catholique (père [[other_name:Benoît]]) passera demain ; sacrement des malades demandé par la famille (sœur [[other_name:Francesca]]).
* Aumônerie musulmane : la famille de M. [[name:Belkacem]] [[name:Mohand]] (décédé ce matin) demande la toilette rituelle ; imam M. [[other_name:Ouali]] joignable au [[phone:06 31 77 49 02]].
* SOS Médecins, visite à domicile à 21h50 : Mme [[name:Girard]] [[name:Paulette]], [[address:17 rue Sainte-Catherine]], [[address:3e étage gauche]], [[postcode_city:54000 Nancy]], dyspnée, crépitants bases, adressée aux urgences.
- Visites de nuit : priorité aux personnes âgées isolées et aux enfants de moins de 2 ans fébriles.
* Médecin de garde (régulation libérale) : rappel de M. [[other_name:Bourdon]] pour son épouse Mme [[name:Bourdon]] [[name:Janine]], fièvre à 39 depuis 48 h ; conseil : consultation à la maison médicale de garde le lendemain 9h.
CRISTEA|Ana|||||*|Sport : Mme [[name:Cristea]] [[name:Ana]], marathonienne, fracture de fatigue du 2e métatarsien ; arrêt de la course 6 semaines ; bilan de la triade de l'athlète ; suivie par la diététicienne du club ([[email:nutrition@stade-toulousain-athle.fr]]).
* Dopage : contrôle antidopage après la course du [[date_partial:16 novembre]] ; M. [[name:Kiprotich]] ? non, M. [[name:Rotich]] [[name:Kevin]], autorisation d'usage à des fins thérapeutiques (AUT) pour Ventoline ; n° AUT [[id:AUT-25-0871]].
* Cure : M. [[name:Lagarde]] [[name:Émile]], curiste à Luchon, hébergé à l'[[address:hôtel des Pyrénées]], [[postcode_city:31110 Bagnères-de-Luchon]] ; BPCO ; cure voies respiratoires ; ordonnance du Dr [[other_name:Fabre]].
- Médecine du sport : test d'effort maximal sur tapis, VO2 max 52 mL/kg/min, FC max 188 ; pas d'anomalie électrique.
""")

# Married and birth names, hyphenated given names, families in one line
ROWS.append(r"""
# Married/birth names, nom d'usage, hyphenated and double given names, relatives with the same surname; identity checks.
* Identitovigilance : Mme [[name:Jean-Louis]] [[name:Marie-France]] (nom de naissance [[name:Jean-Louis]], nom d'usage [[name:Paul]]) : dossier créé au nom d'usage par erreur ; INS qualifiée au nom de naissance.
* Mme [[name:Pierre]] [[name:Marie-Claire]] épouse [[name:Michel]], née le [[date:08/05/1955]] ; ne pas confondre avec Mme [[name:Michel]] [[name:Claire]] (chambre voisine) ; bracelets vérifiés.
- Règle d'identitovigilance : le nom de naissance et le premier prénom de l'état civil sont les traits stricts ; le nom d'usage est un trait complémentaire.
LE GOFF-MARTIN|Anne-Sophie|||||*|Mme [[name:Le Goff-Martin]] [[name:Anne-Sophie]], née [[name:Le Goff]] ; divorcée ; souhaite reprendre son nom de naissance dans le dossier ; pièce d'identité vérifiée le [[date:4/12/2025]].
* Famille [[name:Haddad]] : M. [[name:Haddad]] [[name:Elias]] (patient), son épouse Mme [[other_name:Haddad]] née [[other_name:Frangieh]] [[other_name:Rita]], et leur fils [[other_name:Charbel]] ; personne de confiance : l'épouse.
* Mme [[name:Ben Salah]] ép. [[name:Gharbi]] [[name:Leila]] ; traits INS : [[name:BEN SALAH]] [[name:Leila Hédia]] née le [[date:17/02/1968]] à Sousse ; matricule INS [[nir:{nir:2 68 02 99 352 418}]].
* M. [[name:Jean-Baptiste]] [[name:Pierre-Louis]] (nom de famille [[name:Jean-Baptiste]] !) : attention à l'inversion nom/prénom sur l'étiquette du laboratoire.
* Mme [[name:Saint-Cyr]] [[name:Marie-Ange]], haïtienne ? non, guadeloupéenne ; fille Mme [[other_name:Saint-Cyr]] [[other_name:Nadège]] au [[phone:06 90 44 12 37]].
VAN DAMME|Marie-José|||||*|Veuve [[name:Van Damme]], née [[name:Verhaeghe]], Mme [[name:Marie-José]] ; 92 ans ; EHPAD [[address:Les Hortensias]], [[address:chambre 7]], [[postcode_city:59280 Armentières]] ; tutrice : sa nièce Mme [[other_name:Verhaeghe]] [[other_name:Brigitte]].
- Homonymes : 2 patients du même nom et même prénom dans le service ; alerte affichée sur le tableau, bracelets de couleur.
* Enfant [[name:Dupont-Moreau]] [[name:Jean-Eudes]] ; père M. [[other_name:Dupont]] [[other_name:Charles-Henri]], mère Mme [[other_name:Moreau]] [[other_name:Anne-Laure]] ; garde alternée ; adresses : [[address:14 rue de Verneuil]], [[postcode_city:75007 Paris]] et [[address:3 avenue Foch]], [[postcode_city:78000 Versailles]].
* M. [[name:Nzeyimana]] [[name:Jean-Bosco]] dit « Bosco » ; aucun autre prénom ; né le [[date:00/00/1975]] selon le document (date inconnue, [[date_partial:1975]]).
* Mme [[name:Sousa]] [[name:Maria de Fátima]] épouse [[name:Rodrigues]], née à Mindelo (Cap-Vert) ; carte de séjour n° [[id:7501234567]] ; nom d'usage utilisé par la caisse.
NOVAKOVIC|Snežana|||||*|Mme [[name:Novaković]] [[name:Snežana]] (orthographe sans accents sur la carte vitale : [[name:NOVAKOVIC]] [[name:Snezana]]) ; veiller à l'identité sur les étiquettes du laboratoire ; fille [[other_name:Milena]].
""")

# Wound, stoma and diabetes education nurses, dietitians
ROWS.append(r"""
# Specialist nurses: wounds and healing, stomatherapy, diabetes education, dietitians; photos, measures, home follow-up.
* Plaies et cicatrisation : Mme [[name:Chevalier]] [[name:Raymonde]], ulcère veineux de jambe G 6 x 4 cm, fibrine 40 %, compression multicouche, pansement hydrocellulaire ; photo datée du [[date:01/12/2025]] ; IDE libérale Mme [[other_name:Bonet]] ? non, Mme [[other_name:Bonnet]].
- Escarre sacrée stade 3 : détersion mécanique, alginate, matelas à air, changement de position toutes les 3 h, apports protidiques renforcés.
TRAN|Thi Hong|||||*|Stomathérapie : Mme [[name:Tran]] [[name:Thi Hong]], colostomie gauche définitive (amputation abdomino-périnéale), appareillage 2 pièces, irritation péristomiale ; prochaine consultation le [[date:18/12/2025]] ; fournisseur à domicile prévenu.
* Éducation diabète : M. [[name:Rahmani]] ? non, M. [[name:Rahmouni]] [[name:Nabil]], insulinothérapie basal-bolus, technique d'injection revue, lipodystrophies abdominales ; jeûne du Ramadan discuté ; HbA1c 9,2 %.
* Diététique : Mme [[name:Barbier]] [[name:Laetitia]], obésité de grade 2 (IMC 38), bilan pré-chirurgie bariatrique ; carnet alimentaire ; prochain RDV le [[date_partial:7 janvier]] ; mail [[email:laetitia.barbier51@free.fr]].
- Pied diabétique : grade 2 de l'IWGDF, décharge par chaussure de Barouk, podologue tous les 15 jours.
* Consultation IDE plaies : M. [[name:Lebrun]] [[name:Gaston]] (EHPAD [[address:Le Clos Fleuri]], [[postcode_city:89000 Auxerre]]), nécrose du talon, avis chirurgien vasculaire demandé (Dr [[other_name:Moulin]]) ; IPS 0,5.
OYONO|Ernestine|||||*|Mme [[name:Oyono]] [[name:Ernestine]], camerounaise, diabète de type 2 découvert, éducation en groupe le mardi [[date_partial:16/12]] ; fils [[other_name:Serge]] l'accompagnera ; tél [[phone:07 49 21 58 06]].
* Dénutrition : M. [[name:Fauvel]] [[name:Armand]], 81 ans, perte de 8 % en 1 mois, albumine 29 g/L ; CNO 2 par jour (Fortimel) ; pesée hebdomadaire ; fille Mme [[other_name:Letellier]] [[other_name:Claudine]] informée.
* Stomie : M. [[name:Mukendi]] [[name:Patrice]], iléostomie de protection après résection antérieure du rectum, débit 1,5 L/j, déshydratation ; Imodium ; rétablissement de continuité prévu en [[date_partial:mars 2026]].
- Nutrition entérale : sonde nasogastrique, vérification du positionnement par radio, débit progressif, tête surélevée à 30°.
* Éducation thérapeutique asthme : [[name:Rayan]] [[name:Meddour]], 11 ans, technique d'inhalation avec chambre, plan d'action écrit ; mère Mme [[other_name:Meddour]] [[other_name:Djamila]] ; RDV de suivi le [[date:21/01/2026]].
SCHAEFFER|Odile|||||*|IDE plaies à domicile : Mme [[name:Schaeffer]] [[name:Odile]], [[address:4 rue des Vosges]], [[postcode_city:67100 Strasbourg]], digicode [[address:2580A]], ulcère artériel ; antalgiques avant le soin ; photo transmise par messagerie sécurisée au Dr [[other_name:Koehler]].
* Lymphœdème du membre supérieur après curage axillaire : Mme [[name:Ferrand]] [[name:Nicole]], drainage lymphatique (kiné M. [[other_name:Poulain]]), manchon de compression sur mesure commandé le [[date:26/11/2025]].
""")

SET = HandSet("heldout17", "seventeenth", ROWS, HEADER_NOTE, "17")

if __name__ == "__main__":
    SET.main(__doc__)
