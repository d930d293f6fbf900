#!/usr/bin/env python3
"""The twentieth hand set of labeled rows ("heldout20", issue 10).

  heldout20_corpus.py --write      write heldout20_rows_{dev,frozen}.txt
  heldout20_corpus.py --check      exit 1 if those files differ from what
                                   this script writes (make scrub-heldout)
  heldout20_corpus.py --lint       the writer's check, before the split

The rows below were typed by hand by the helper heldout20 (twenty-third
pass), who did not read the detectors (src/, include/, conf/) nor the rule
descriptions of docs/scrub.md, nor any set's misses, nor any scrubber
output while typing.  Read: the helpers' brief; tests/scrub/handset.py
whole; the docstring, first block and last lines of heldout19_corpus.py
(the frame); the docstring of heldout_corpus.py (label kinds and widths);
the heldout19 section of docs/scrub.md; the lead's sections "Drinks and the
addiction group", "Conventions left as they are" and "HPV in the hand
sets"; the Makefile's genre lines; the head of eval.py (POLICY_WORDS).

Where heldout19 wrote the ordinary mix ward by ward, this set goes to the
categories issue 10 finds hardest, written as clinicians write them:
street addresses in every shape (bis/ter, commas, Appt, Bât., Résidence,
lieu-dit, BP, CEDEX, floors, door codes), postcodes beside a city, partial
dates (`le 3 mars`, `18/08`, `mars 2021`, `fin août`, a week number `S12`),
the sensitive terms of the suppressed groups (antiretrovirals, PrEP, TS,
IVG, antidepressants and neuroleptics, substitution and addictions,
pregnancy), names after née/épouse/veuve and after a role (l'interne,
l'IDE, le kiné, l'AS, la diét), particles, first names outside the common
lists (Breton, Corsican, Antillean, Maghrebi, sub-Saharan, Vietnamese,
Portuguese, Polish), notes in capitals; and about a third of the rows are
ordinary clinical text with no identifier at all (eponyms, scores, drugs,
hospitals named after a person, surnames-that-are-words used as words),
which must come out unchanged.  Genres: social work and discharge
planning, HAD/SSIAD set-up, letters to and from GPs, rehabilitation
(kiné, ergo, orthophonie), a liaison psychiatry and addiction team (ELSA),
a sexual-health centre, maternity and PMI, SAMU and old exports in capitals,
ward rounds with the interne, scheduling notes with partial dates.

Name sources: typed from general knowledge, no list read or downloaded:
Breton (Le Moal, Kerhervé, Guéguen, Le Dantec, Quiniou, Pennec, Le Gac,
Derrien, Kerdraon, Caradec; Gwenola, Tudual, Youenn, Katell, Goulven,
Maodez, Anaïg, Riwal), Corsican (Pietri, Mattei, Susini, Leca, Orsoni,
Culioli, Ottaviani; Ghjuvan, Saveriu, Dumenica, Lisandru, Orsu),
Antillean (Bellance, Mondésir, Catayée, Lordinot, Rosamont, Calixte,
Sainte-Rose, Nestoret; Rosemond, Fortuné, Lucette, Dieudonné), Maghrebi
(Belkacem, Zerrouki, Benaissa, Meziane, Lounis, Ait Ouméziane, Bennani,
Trabelsi, Gharbi, Ben Ammar; Zoubida, Lakhdar, Ouardia, Fethi, Kheira,
Smaïl, Houria), sub-Saharan (Keïta, Coulibaly, Sangaré, Ouédraogo,
Sawadogo, Diakité, Mbaye, Essomba, Okafor, Mukendi, Tshibangu, Makosso;
Oumou, Seydou, Kadidia, Issiaka, Akissi, Adjoa, Ngozi, Chukwuemeka),
Vietnamese (Phan, Bui, Ngo, Duong, Truong, Huynh, Dinh; Thi Mai, Van Long,
Thuy, Khanh), Portuguese (Teixeira, Cardoso, Magalhães, Nogueira, Peixoto,
Simões, Figueiredo, dos Reis; Joaquim, Conceição, Zulmira, Adelino,
Deolinda, Custódia), Polish (Nowicki, Dąbrowski, Szymańska, Woźniak,
Kozłowski, Jabłońska, Wróbel, Krawczyk; Zbigniew, Grzegorz, Małgorzata,
Jadwiga, Bożena, Czesław); old French first names (Ginette, Raymonde,
Gilberte, Lucien, Gaston, Fernand); surnames that are words (Lebrun,
Potier, Charron, Bouvier, Sauvage, Loyal, Bonhomme, Faucon, Corbeau,
Loiseau, Lavigne, Couturier, Jardin, Printemps, Avril, Janvier, Tonnelier,
Serrurier) and first names that are words (Fortuné, Aimée, Désiré, Blanche,
Reine); particles (de Kerguélen, du Plessis, de Oliveira, van den Broeck,
Ould Ahmed, Ben Ammar, d'Aubigny, Le Gac).

Everything is invented: people, homes, numbers.  Street names may be real
street names; no row is a real patient's.  The frame (row shorthand,
placeholders, what is computed, the split: rows ranked by
sha256("heldout20\\n" + row), the lower half to the dev file) is
tests/scrub/handset.py's, as heldout14's to heldout19's.

Labeling choices (heldout_corpus.py's docstring, heldout19's and the
lead's): the patient's names, birth and married names are `name`, every
other person's `other_name`; a title, a role and a relation stay outside
the label; each unit of an address is its own label (`[[address:Bât.
C]]`, `[[address:Appt 12]]`, `[[address:3e étage]]`, a door code), a
residence's name where the patient lives is an address, a postcode with
its city (CEDEX included) is `postcode_city`, a city alone stays; a care
place or a specialty of a group (CMP, CSAPA, CeGIDD, psychiatre,
addictologie) is not labeled; a drug of HIV, PrEP and TPE are `diag_hiv`,
of opioid substitution or alcohol dependence `diag_addict`, an
antidepressant, a neuroleptic or lithium `diag_mental`, benzodiazepines
and hypnotics are not labeled; a drink's name alone is not labeled, a
dependence is; `SA` alone is `diag_preg` (not its number); an HPV status
is `diag_sti`; lab markers (CD4, charge virale) alone are not labeled; a
weekday stays outside its date; a day without a year, a month with a year
and a week number are `date_partial`, a month alone `date_month`; a year
alone stays; hospitals named after a person, eponyms, scores and ordinary
drugs stay.
"""
from handset import HandSet

HEADER_NOTE = """\
# Typed by hand by the helper heldout20 without reading the detectors or their rules (see the script's
# docstring for what was read); invented people, homes and numbers only. NIR keys, RPPS/FINESS Luhn digits,
# IBAN check digits and IPPs written `*` are computed by the script. Split by rank of sha256("heldout20\\n" + row), lower half dev.
"""

# ------------------------------------------------------------------ rows
# Typed by genre; within one, by register.

ROWS = []

# Social work and discharge planning: homes in every shape
ROWS.append(r"""
LE MOAL|Gwenola|||||*|Entretien AS : Mme [[name:Le Moal]] [[name:Gwenola]] née [[name:Kerhervé]], 84 ans, vit seule au [[address:7 ter, rue du Général Leclerc]], [[postcode_city:29200 Brest]], [[address:4e étage]] sans ascenseur. Retour à domicile impossible en l'état.
PIETRI|Saveriu|||||*|M. [[name:Pietri]] [[name:Saveriu]] demande un retour en Corse chez sa soeur Mme [[other_name:Dumenica]] [[other_name:Culioli]], [[address:lieu-dit Casabianca]], [[postcode_city:20230 San-Nicolao]].
* Adresse pour le bon de transport : [[address:Résidence Les Genêts]], [[address:Bât. C]], [[address:Appt 32]], [[address:12 bis avenue Jean Jaurès]], [[postcode_city:69007 Lyon]]. Digicode [[address:4581B]].
* Mme [[name:Bellance]] [[name:Lucette]] hébergée chez sa fille ([[other_name:Rosemond]]) [[address:Cité Bon Air]], [[address:immeuble 4]], [[postcode_city:97200 Fort-de-France]] pour la convalescence.
ZERROUKI|Ouardia|||||*|Demande d'APA déposée. Courrier à adresser au Conseil départemental, [[address:BP 1124]], [[postcode_city:76175 Rouen CEDEX 1]]. Référente : Mme [[other_name:Benaissa]].
NOWICKI|Zbigniew|||||*|Pas de logement fixe depuis [[date_partial:mars 2021]]. Domiciliation au CCAS : CCAS, [[address:3 place de l'Hôtel de Ville]], [[address:BP 52]], [[postcode_city:59300 Valenciennes]].
* Sortie prévue le [[date_partial:3 mars]] au domicile, [[address:24, chemin des Vignes]], [[postcode_city:33750 Saint-Germain-du-Puch]]. SSIAD prévenu (IDEC Mme [[other_name:Lounis]]).
* Mme [[name:Kozłowski]] [[name:Jadwiga]] veuve [[name:Nowicki]]; domicile [[address:rez-de-chaussée]], [[address:5 impasse des Tilleuls]], [[postcode_city:57100 Thionville]]. Clés chez la voisine Mme [[other_name:Wróbel]].
TEIXEIRA|Conceição|||||*|Dossier MDPH envoyé le [[date_partial:18/08]] ; adresse de correspondance chez le fils : [[address:18 rue de la Paix]], [[postcode_city:95100 Argenteuil]].
- Evaluation du domicile par l'ergothérapeute : baignoire à remplacer par une douche, barres d'appui, rehausseur WC. Pas de tapis.
- Retour à domicile validé en staff avec passage IDE matin et soir, portage des repas et téléalarme.
* Le neveu M. [[other_name:Ottaviani]] [[other_name:Lisandru]] ([[phone:06 12 45 78 90]]) est désormais personne de confiance, à la place de Mme [[other_name:Leca]].
ESSOMBA|Adjoa|||||*|Mme [[name:Essomba]] [[name:Adjoa]] est hébergée au [[address:foyer Adoma]], [[address:chambre 214]], [[address:45 rue de Tolbiac]], [[postcode_city:75013 Paris]]. Titre de séjour en cours de renouvellement.
* Demande d'EHPAD : 1er choix [[address:EHPAD Les Hortensias]] à Pontivy, 2e choix [[address:Kerlivio]]. Dossier via Trajectoire.
- Aide au retour : pas de famille proche, auxiliaire de vie 2h/j, kiné à domicile 3x/sem, lit médicalisé livré J-1.
GUEGUEN|Tudual|||||*|Nouvelle adresse (déménagement en [[date_partial:octobre 2022]]) : [[address:Kerbriant]], [[postcode_city:22300 Lannion]] ; l'ancienne adresse [[address:3 rue de Tréguier]] ne plus utiliser (NPAI).
* Courrier à la tutelle : UDAF 35, service des majeurs protégés, [[address:1 rue du Noyer]], [[address:CS 54315]], [[postcode_city:35043 Rennes CEDEX]]. Mandataire : M. [[other_name:Derrien]].
MAKOSSO|Précieuse|||||*|Mme [[name:Makosso]] [[name:Précieuse]], hébergement d'urgence 115 puis [[address:CHRS L'Escale]], [[address:2e étage]], [[address:chambre 7]]. Sortie organisée avec l'assistante sociale du CHRS (Mme [[other_name:Sawadogo]] : [[phone:01 43 27 86 10]]).
* Bon de transport assis pour le vendredi [[date_partial:12]] : prise en charge au [[address:8 allée des Acacias]], [[address:Bât. B]], [[address:appt 104]], [[postcode_city:44300 Nantes]].
- Pas de droits CSS ouverts ; dossier AME à déposer. Voir avec la PASS pour les médicaments de sortie.
WOZNIAK|Bożena|||||*|Fille de la patiente, [[other_name:Małgorzata]] [[other_name:Woźniak-Lebrun]], joignable au [[phone:+48 601 234 567]] (vit à Cracovie) ; souhaite un rapatriement.
* Mme [[name:Loiseau]] [[name:Ginette]], [[address:Résidence autonomie Le Clos Fleuri]], [[address:logement 12]], [[postcode_city:86000 Poitiers]]. Directrice informée de la chute.
""")

# Letters to and from GPs, consultations (eponyms and scores must stay)
ROWS.append(r"""
CARADEC|Youenn|||||*|Cher confrère, je revois ce jour M. [[name:Caradec]] [[name:Youenn]], 67 ans, pour sa maladie de Parkinson évoluant depuis 2015. Pas de signe de Babinski, Romberg négatif.
- Cher confrère, je vous remercie de m'avoir adressé votre patiente pour une maladie de Dupuytren bilatérale, stade 2 à droite. Aponévrotomie proposée.
- Syndrome de Raynaud primaire probable, capillaroscopie normale, anticorps antinucléaires négatifs. Pas d'argument pour une sclérodermie.
- Maladie de Horton : biopsie d'artère temporale positive, corticothérapie 0,7 mg/kg, surveillance glycémique et ostéodensitométrie.
* Je reçois Mme [[name:Mattei]] [[name:Dumenica]] épouse [[name:Susini]] pour une thyroïdite de Hashimoto, TSH à 8,2 ; Lévothyrox 50 µg.
- Signe de Murphy positif, échographie : lithiase vésiculaire, paroi épaissie. Cholécystectomie sous coelioscopie programmée.
- Suspicion de syndrome de Guillain-Barré : aréflexie, dissociation albumino-cytologique, IgIV débutées, surveillance CV et EFR.
KEITA|Seydou|||||*|Courrier du Dr [[other_name:Kerdraon]], médecin traitant : M. [[name:Keïta]] [[name:Seydou]] présente une drépanocytose SS, crises vaso-occlusives répétées, suivi au centre de référence de Henri-Mondor.
- Score de Glasgow à 14, pupilles symétriques et réactives, pas de déficit. Scanner cérébral sans injection normal.
- Polyarthrite rhumatoïde sous méthotrexate 15 mg/sem et Speciafoldine, DAS28 à 3,1. Pas d'effet indésirable.
- Lombosciatique L5 gauche, Lasègue à 40°, pas de déficit moteur ni de trouble sphinctérien. Antalgiques palier 2 et kiné.
* Consultation de suivi de Mme [[name:Phan]] [[name:Thi Mai]], maladie de Basedow, sous Néomercazole ; Dr [[other_name:Huynh]] (endocrino) sera en copie.
- Maladie de Crohn iléo-caecale, sous adalimumab, CDAI 120, calprotectine fécale 85. Pas de lésion ano-périnéale.
- Bloc de branche droit incomplet, pas de syndrome de Brugada sur le test à l'ajmaline. Holter ECG de 24 h sans trouble du rythme.
MONDESIR|Fortuné|||||*|Dr [[other_name:Catayée]], je vous adresse M. [[name:Mondésir]] [[name:Fortuné]] pour avis sur un nodule thyroïdien de 18 mm, EU-TIRADS 4. Il est joignable au [[phone:0696 42 17 38]].
- Maladie d'Alzheimer au stade modéré, MMS 17/30, pas de trouble du comportement. Aricept poursuivi.
- Ménière probable : vertiges rotatoires de quelques heures, acouphènes et hypoacousie gauche. Bétahistine à essayer.
* Merci au Dr [[other_name:Sangaré]] pour ce patient : M. [[name:Bouvier]] [[name:Lucien]], 79 ans, AOMI stade II, IPS 0,62, Kardégic et statine.
- Phénomène de Koebner sur les lésions de psoriasis, pas d'atteinte unguéale. Dermocorticoïdes et Daivobet.
GHARBI|Fethi|||||*|Compte rendu adressé à M. le Dr [[other_name:Trabelsi]], Cabinet médical, [[address:14 rue de la République]], [[postcode_city:13002 Marseille]] ; copie au patient.
- Tétralogie de Fallot opérée dans l'enfance, suivi en cardiologie congénitale à Necker puis à l'HEGP. Pas de retentissement droit.
- Test de Schirmer positif, syndrome sec ; recherche d'un Gougerot-Sjögren en cours (anti-SSA, BGSA).
""")

# Ward rounds, staff by role (l'interne, l'IDE, le kiné, l'AS, la diét)
ROWS.append(r"""
* Vu par l'interne ([[other_name:Goulven]]) à 22h pour douleur thoracique : ECG inchangé, tropo négative. A rappeler si récidive.
* l'IDE [[other_name:Katell]] signale que Mme [[name:Quiniou]] [[name:Anaïg]] refuse ses anticoagulants depuis hier soir.
LE DANTEC|Maodez|||||*|Le kiné (M. [[other_name:Pennec]]) a fait lever M. [[name:Le Dantec]] ce matin, marche 20 m avec déambulateur, pas de malaise.
* Transmission de l'AS [[other_name:Houria]] : Mme [[name:Ben Ammar]] [[name:Kheira]] n'a mangé que la moitié du plateau, hydratation insuffisante.
- La diét a revu les apports : régime hyperprotidique, 2 CNO par jour, pesée hebdomadaire le lundi.
- Visite avec le chef : poursuite de l'antibiothérapie 7 jours au total, relais per os demain, retrait de la sonde urinaire.
* Interne de garde : Dr [[other_name:Okafor]] [[other_name:Chukwuemeka]], bip 4521. Avis demandé pour hyperkaliémie à 6,1.
* M. [[name:Corbeau]] [[name:Gaston]] a chuté dans sa chambre à 4h, relevé par l'IDE de nuit ([[other_name:Riwal]]), pas de traumatisme crânien, bilan fait.
NGO|Van Long|||||*|l'orthophoniste Mme [[other_name:Dinh]] : troubles de la déglutition, eau gélifiée, textures mixées. Revue le [[date_partial:14/09]].
* L'ergothérapeute ([[other_name:Anne-Gaëlle]]) propose un fauteuil roulant manuel et un coussin anti-escarre pour M. [[name:Bui]] [[name:Khanh]].
- Staff pluridisciplinaire : objectif marche avec aide technique, sortie envisagée en SSR, à rediscuter mardi.
- Kiné respiratoire 2x/jour, aspirations si besoin, position demi-assise, surveillance de la SpO2.
* Le Dr [[other_name:Nestoret]] (cardio) passera voir Mme [[name:Sainte-Rose]] [[name:Lucette]] demain matin pour l'ETT.
* Cadre de santé : Mme [[other_name:Ouédraogo]] ; plainte de la fille de M. [[name:Faucon]] [[name:Fernand]] concernant la perte de ses lunettes.
LOYAL|Raymonde|||||*|Mme [[name:Loyal]] [[name:Raymonde]], 91 ans : confusion aiguë, globe vésical à 800 ml, sondage évacuateur fait par l'IDE [[other_name:Soizic]].
* Transmis à l'interne [[other_name:Lounès]] que le bilan de M. [[name:Charron]] [[name:Désiré]] est revenu : Hb 7,9, transfusion de 2 CGR prévue.
- Pansement d'escarre sacrée stade 3 : détersion, hydrofibre, changement tous les 2 jours. Photo dans le dossier.
- Pas de selles depuis 4 jours, Movicol 2 sachets, lavement si pas de résultat. Abdomen souple.
* Aide-soignante de nuit ([[other_name:Nafissatou]]) : Mme [[name:Printemps]] [[name:Aimée]] déambule dans le couloir, cherche son mari, réorientée.
""")

# Notes in capitals (old exports, SAMU, labels)
ROWS.append(r"""
* PATIENT [[name:CULIOLI]] [[name:ORSU]] NE LE [[date:12/04/1951]] A AJACCIO, ADRESSE : [[address:HAMEAU DE POGGIOLO]], [[postcode_city:20167 ALATA]]. TEL FILLE [[phone:04 95 21 33 87]].
* APPEL SAMU 21H40 : MME [[name:DIAKITE]] [[name:OUMOU]], [[diag_preg:ENCEINTE]] DE 34 [[diag_preg:SA]], CONTRACTIONS, [[address:12 RUE PIERRE SEMARD]], [[address:BAT A]], [[address:3EME ETAGE]], [[postcode_city:93200 SAINT-DENIS]].
- PAS DE CHUTE SIGNALEE CETTE NUIT. PATIENT CALME. DIURESE CONSERVEE. A REVOIR DEMAIN MATIN.
- ATCD : HTA, DIABETE TYPE 2 INSULINO-REQUERANT, FA SOUS ELIQUIS, CANCER PROSTATE TRAITE EN 2012.
COULIBALY|Issiaka|||||*|ENTREE VIA SAU. MR [[name:COULIBALY]] [[name:ISSIAKA]], SDF, [[diag_addict:ETHYLISME CHRONIQUE]], RETROUVE AU SOL GARE DU NORD, GCS 13.
* DEMANDE DE TRANSPORT : MME [[name:JABLONSKA]] [[name:HALINA]] EPOUSE [[name:KRAWCZYK]], [[address:17 BIS CHEMIN DU MOULIN]], [[postcode_city:62300 LENS]]. RDV LE [[date_partial:22/10]] A 9H30.
- SURVEILLANCE NEURO TOUTES LES 2H, GLASGOW 15, PUPILLES ISOCORES REACTIVES, PAS DE DEFICIT.
* ORDONNANCE SECURISEE : [[diag_addict:METHADONE]] SIROP 60 MG/J, DELIVRANCE FRACTIONNEE 7 JOURS, PHARMACIE [[address:12 PLACE DU MARCHE]], [[postcode_city:56100 LORIENT]].
* MME [[name:AVRIL]] [[name:GILBERTE]] : [[diag_mental:SYNDROME DEPRESSIF]] SEVERE, SOUS [[diag_mental:SEROPLEX]] 10 MG, [[diag_mental:IDEES NOIRES]] SANS SCENARIO.
- BILAN ENTREE : NFS, IONO, CREAT, BILAN HEPATIQUE, CRP, HEMOCULTURES X2, ECBU, RADIO PULMONAIRE.
* CONTACT FAMILLE : FILS [[other_name:ABDELKADER]] [[other_name:MEZIANE]] [[phone:07 81 54 22 09]], FILLE [[other_name:ZINEB]] (NE PAS APPELER APRES 20H).
- PATIENT VU PAR LE CHIRURGIEN, PAS D'INDICATION OPERATOIRE, TRAITEMENT CONSERVATEUR ET REEVALUATION A 48H.
TSHIBANGU|Ilunga|{nir:1 78 11 99 312 045}||||*|ADMISSION : MR [[name:TSHIBANGU]] [[name:ILUNGA]], NIR [[nir:{nir:1 78 11 99 312 045}]], NE A KINSHASA, [[diag_hiv:VIH]] CONNU SOUS [[diag_hiv:BIKTARVY]].
""")

# Liaison psychiatry and addiction team (ELSA), emergencies
ROWS.append(r"""
LAVIGNE|Océane|||||*|Avis psy aux urgences : Mlle [[name:Lavigne]] [[name:Océane]], 19 ans, [[diag_mental:IMV]] de paracétamol et [[diag_mental:sertraline]], 2e [[diag_mental:TS]] depuis [[date_month:janvier]], hospitalisation en clinique proposée.
* Mme [[name:Trabelsi]] [[name:Houria]] : [[diag_mental:trouble bipolaire]] type I, [[diag_mental:lithium]] arrêté par la patiente en [[date_partial:juin 2023]], [[diag_mental:épisode maniaque]] actuel.
* Appel de l'ELSA : M. [[name:Sauvage]] [[name:Roland]] accepte un [[diag_addict:sevrage alcoolique]] programmé, [[diag_addict:Aotal]] débuté, RDV pris au CSAPA le [[date_partial:2 avril]].
DABROWSKI|Grzegorz|||||*|M. [[name:Dąbrowski]] [[name:Grzegorz]], [[diag_addict:alcoolo-dépendance]] ancienne, [[diag_addict:delirium tremens]] en 2019... non, en [[date_partial:novembre 2019]]. Score de Cushman à 9.
* [[diag_addict:TSO]] : [[diag_addict:Subutex]] 8 mg/j, prescripteur Dr [[other_name:Benslimane]], pharmacie [[other_name:Nogueira]] à Roubaix. Pas de co-consommation déclarée.
- Evaluation du [[diag_mental:risque suicidaire]] : pas d'idée, pas de projet, entourage présent. Sortie possible avec RDV au CMP sous 8 jours.
* Mme [[name:Orsoni]] [[name:Letizia]], [[diag_mental:schizophrénie]] paranoïde stabilisée sous [[diag_mental:Xeplion]] mensuel, injection faite au CMP le [[date_partial:5/11]].
* M. [[name:Mbaye]] [[name:Ousmane]] : consommation de [[diag_addict:crack]] quotidienne, [[diag_addict:cannabis]] le soir, orienté vers le CAARUD de la Porte de la Chapelle.
- Patient agité, propos incohérents, pas d'hétéro-agressivité ; contention non nécessaire, [[diag_mental:Loxapac]]... non, [[diag_mental:Tercian]] refusé, Atarax donné.
* Mme [[name:Figueiredo]] [[name:Zulmira]], [[diag_mental:épisode dépressif caractérisé]] d'intensité sévère, [[diag_mental:Effexor]] 150 mg augmenté à 225 mg ; mari ([[other_name:Adelino]]) présent à l'entretien.
KOZLOWSKI|Czesław|||||*|Réveil de M. [[name:Kozłowski]] après [[diag_mental:TS]] par pendaison, transfert en réanimation, famille prévenue (épouse [[other_name:Bożena]], [[phone:03 87 54 12 90]]).
* [[diag_mental:Anorexie mentale]] restrictive chez Mlle [[name:Jardin]] [[name:Blanche]], IMC 14,2 ; contrat de poids, surveillance du syndrome de renutrition inappropriée.
- Entretien infirmier : sommeil perturbé, ruminations, anxiété anticipatoire ; patient demandeur d'un suivi.
* M. [[name:Belkacem]] [[name:Smaïl]] : [[diag_mental:hallucinations acoustico-verbales]], arrêt de son [[diag_mental:Abilify]] depuis [[date_month:fin août]] ; SPDT demandée par son frère [[other_name:Lakhdar]].
- Consommation de tabac 20 PA, sevrage tabagique proposé, substituts nicotiniques patch 21 mg.
* Sortie de Mme [[name:Guéguen]] [[name:Katell]] contre avis médical après [[diag_mental:scarifications]] des avant-bras ; refus de l'hospitalisation en psychiatrie.
* Patient sous [[diag_addict:méthadone]] 80 mg, [[diag_addict:héroïne]] IV par le passé, sérologie VHC positive traitée en 2018.
- Ivresse aiguë simple, alcoolémie 2,1 g/L, surveillance aux urgences jusqu'à dégrisement puis sortie accompagnée.
* [[diag_mental:Stress post-traumatique]] suite à l'agression du [[date_partial:14 juillet]] ; Mme [[name:Couturier]] [[name:Reine]] adressée au CUMP.
SUSINI|Ghjuvan|||||*|M. [[name:Susini]] [[name:Ghjuvan]], [[diag_mental:TOC]] sévères, sous [[diag_mental:Anafranil]] ; suivi par le Dr [[other_name:Albertini]] à Bastia, RDV le [[date_partial:9 janvier]].
* Mme [[name:Nogueira]] [[name:Deolinda]] : [[diag_addict:chemsex]] rapporté par son compagnon, [[diag_addict:GHB]], pas d'injection. Orientée vers le CeGIDD.
""")

# Sexual-health centre, infectious diseases
ROWS.append(r"""
OUATTARA|Akissi|||||*|Mme [[name:Ouattara]] [[name:Akissi]], [[diag_hiv:VIH]] découvert en [[date_partial:mai 2020]] lors du suivi de [[diag_preg:grossesse]], sous [[diag_hiv:Dovato]], charge virale indétectable.
* Consultation [[diag_hiv:PrEP]] : M. [[name:Lordinot]] [[name:Dieudonné]], renouvellement [[diag_hiv:Truvada]] en continu, créatinine normale, dépistage [[diag_sti:IST]] trimestriel.
* Dépistage : [[diag_sti:chlamydia]] positif sur auto-prélèvement vaginal chez Mlle [[name:Calixte]] [[name:Maëva]] ; doxycycline 7 jours, partenaire à prévenir.
- Sérologies VHB, VHC négatives ; vaccination hépatite B à compléter (3e dose à 6 mois).
* M. [[name:Trương]] [[name:Quang]] : [[diag_sti:syphilis]] secondaire, roséole, 1 injection de benzathine-pénicilline, contrôle du VDRL à 3 mois.
* [[diag_hiv:TPE]] débuté aux urgences le samedi [[date_partial:4]]... non, le [[date_partial:4 octobre]] après rapport non protégé ; à revoir au CeGIDD à J28.
HUYNH|Thuy|||||*|Mme [[name:Huynh]] [[name:Thuy]], frottis : [[diag_sti:HPV 16 positif]], colposcopie programmée le [[date_partial:27/03]] avec le Dr [[other_name:Peixoto]].
* [[diag_hiv:Séropositivité VIH]] connue depuis 1998, sous [[diag_hiv:Genvoya]] ; M. [[name:Bennani]] [[name:Mourad]] souhaite passer à l'injectable ([[diag_hiv:Cabenuva]]).
- Zona intercostal droit, valaciclovir 7 jours, antalgiques ; pas d'atteinte ophtalmique.
* [[diag_sti:Gonococcie]] pharyngée chez M. [[name:Tonnelier]] [[name:Bastien]] : ceftriaxone 1 g IM, test de contrôle à 3 semaines.
- Tuberculose pulmonaire bacillifère : isolement respiratoire, quadrithérapie, enquête autour du cas par le CLAT.
* Patient [[diag_hiv:VIH+]] perdu de vue depuis [[date_partial:septembre 2021]], M. [[name:Mukendi]] [[name:Patrice]], relancé par la TEC ([[other_name:Nadège]]) au [[phone:06 58 21 47 03]].
- Endocardite à staphylocoque doré sur valve native, critères de Duke remplis, ETO : végétation mitrale de 12 mm.
* [[diag_sti:Herpès génital]] récurrent chez Mme [[name:Serrurier]] [[name:Adèle]], traitement suppressif par valaciclovir proposé.
""")

# Maternity, orthogenics, PMI
ROWS.append(r"""
SAWADOGO|Kadidia|||||*|Mme [[name:Sawadogo]] [[name:Kadidia]], [[diag_preg:G3P2]], 28 [[diag_preg:SA]], [[diag_preg:diabète gestationnel]] sous régime, terme prévu le [[date_partial:12 mai]].
* Consultation [[diag_repro:IVG]] médicamenteuse : Mme [[name:Cardoso]] [[name:Inês]], 6 [[diag_preg:SA]] + 2 j, prise de la [[diag_repro:mifépristone]] le lundi [[date_partial:15]]... non, mardi [[date_partial:16]].
* [[diag_preg:Suites de couches]] J2 : Mme [[name:El Alaoui]] [[name:Yasmina]], [[diag_preg:césarienne]] pour stagnation, [[diag_preg:allaitement maternel]] difficile, visite de la sage-femme (Mme [[other_name:Le Gac]]).
- Bébé : Apgar 9/10/10, poids de naissance 3240 g, vitamine K donnée, test de Guthrie à J3.
* PMI : visite à domicile chez Mme [[name:Diakité]] [[name:Fatoumata]], [[address:Résidence Les Peupliers]], [[address:Bât. 4]], [[address:Appt 11]], [[postcode_city:91000 Évry-Courcouronnes]] ; nourrisson de 3 semaines, prise de poids correcte.
LOUNIS|Kahina|||||*|Mme [[name:Lounis]] [[name:Kahina]], [[diag_preg:primigeste]], [[diag_preg:MAP]] à 31 [[diag_preg:SA]], cure de corticoïdes faite ([[date_partial:18/08]] et [[date_partial:19/08]]).
* Pose de [[diag_repro:DIU]] au cuivre chez Mme [[name:Nowak]] [[name:Agnieszka]] le [[date_partial:3 mars]], contrôle échographique à 6 semaines.
* Demande de [[diag_repro:contraception d'urgence]] : [[diag_repro:ellaOne]] délivrée, Mlle [[name:Bonhomme]] [[name:Clara]], 17 ans, sans accord parental (droit au secret).
- Score de Bishop à 7, déclenchement par ocytocine, rupture artificielle des membranes, liquide clair.
* Mme [[name:Ngo]] [[name:Linh]] : [[diag_preg:FCS]] à 9 [[diag_preg:SA]], aspiration au bloc, [[diag_preg:Rhophylac]] non nécessaire (rhésus positif).
* [[diag_preg:Pré-éclampsie]] sévère chez Mme [[name:Okafor]] [[name:Ngozi]], sulfate de magnésium, transfert en niveau 3 ; mari [[other_name:Emeka]] informé.
- Hémorragie de la délivrance, révision utérine, Nalador ; Hb [[diag_preg:post-partum]] à contrôler.
* Retrait d'[[diag_repro:implant contraceptif]] et pose d'un nouveau chez Mme [[name:Lavigne]] [[name:Morgane]], bras gauche.
CALIXTE|Rose-Marie|||||*|Mme [[name:Calixte]] [[name:Rose-Marie]] née [[name:Rosamont]], [[diag_preg:enceinte]] de 22 [[diag_preg:SA]], dépistage combiné bas risque, échographie morphologique le [[date_partial:10 février]].
* Entretien [[diag_preg:prénatal]] précoce : Mme [[name:Simões]] [[name:Custódia]], [[diag_preg:grossesse]] non désirée au départ, conjoint absent, suivi par la TISF.
- Episiotomie médio-latérale droite, suture au Vicryl rapide, périnée intact par ailleurs.
* [[diag_preg:GEU]] droite chez Mme [[name:Derrien]] [[name:Nolwenn]], méthotrexate IM, dosage des β-HCG à J4 et J7.
* [[diag_repro:Ligature des trompes]] demandée par Mme [[name:Bamba]] [[name:Aminata]], délai de réflexion de 4 mois, signature le [[date_partial:2 juin]].
""")

# Scheduling, secretaries: partial dates in every shape
ROWS.append(r"""
* RDV de Mme [[name:Pennec]] [[name:Soizig]] décalé au jeudi [[date_partial:3 avril]]... pardon, au jeudi [[date_partial:10 avril]] à 14h, prévenue par téléphone.
* Contrôle à prévoir en [[date_partial:S12]] (scanner + consultation), M. [[name:Ould Ahmed]] [[name:Sidi]].
SERRURIER|Paulette|||||*|Mme [[name:Serrurier]] [[name:Paulette]] : prochaine injection d'Eylea le [[date_partial:18/08]], puis toutes les 8 semaines.
* Bilan sanguin à faire fin de semaine (vendredi) puis consultation en [[date_partial:mars 2025]] avec le Dr [[other_name:Leca]].
* Patient absent au RDV du [[date_partial:12/09]], 2e absence ; courrier envoyé à M. [[name:Nogueira]] [[name:Joaquim]], [[address:6 rue des Écoles]], [[postcode_city:87000 Limoges]].
- Créneau du mardi matin libéré, à proposer aux patients en liste d'attente pour coloscopie.
* Convocation pour l'hospitalisation de jour du lundi [[date_partial:7]] : M. [[name:Woźniak]] [[name:Tadeusz]], à jeun depuis minuit.
TRUONG|Minh|||||*|Dernière chimio (cure 6) le [[date_partial:2 décembre]] ; TEP de réévaluation prévu [[date_month:mi-janvier]].
* Mme [[name:Meziane]] [[name:Zoubida]] annule son RDV du [[date_partial:24]] (hospitalisée ailleurs), à reprogrammer après le [[date_partial:15]] du mois prochain.
- Secrétariat fermé du 24/12 au 2/1, les demandes urgentes passent par le standard.
* Reporté : IRM lombaire de M. [[name:Potier]] [[name:Armand]] ([[date_partial:3/10]] -> [[date_partial:17/10]]), appareil en panne.
* Mme [[name:Jabłońska]] [[name:Halina]] souhaite être appelée après le [[date_partial:20 septembre]] (en vacances chez sa fille à Gdańsk).
GHARBI|Sonia|||||*|Consultation post-op à 6 semaines soit vers le [[date_partial:28 octobre]] ; ablation des fils à J12 par l'IDE libérale (Mme [[other_name:Ferrand]]).
* RDV orthoptie le mercredi [[date_partial:5/03]] 10h30, puis ophtalmo [[date_month:début avril]].
- RDV à reprendre dans 3 mois avec bilan biologique la semaine précédente.
* M. [[name:Le Gac]] [[name:Riwal]] opéré le [[date_partial:7 mars]], revu à 1 mois puis à 3 mois ; arrêt de travail jusqu'au [[date_partial:30/04]].
* Semaine 37 : 2 lits fermés ; M. [[name:Essomba]] [[name:Jean-Bosco]] programmé en [[date_partial:S38]] à la place.
BUI|Thi Hoa|||||*|Mme [[name:Bui]] [[name:Thi Hoa]] : vaccination grippe faite le [[date_partial:21 oct.]], Covid prévue en [[date_partial:nov. 2024]].
""")

# HAD, SSIAD, home care set-up: addresses and access
ROWS.append(r"""
KERDRAON|Maïwenn|||||*|Mise en place HAD chez Mme [[name:Kerdraon]] [[name:Maïwenn]] : [[address:lieu-dit Pen ar Hoat]], [[postcode_city:29460 Hanvec]], accès par la D18, maison au bout du chemin, chien attaché.
* Adresse de livraison du matériel : [[address:Résidence du Parc]], [[address:escalier B]], [[address:5e étage gauche]], [[address:2, allée Louis Aragon]], [[postcode_city:94200 Ivry-sur-Seine]]. Code [[address:A2917]].
* SSIAD de la Presqu'île : passage quotidien chez M. [[name:Le Moal]] [[name:Goulven]], [[address:Ker Huel]], [[postcode_city:56340 Carnac]].
FERNANDES|Adelino|||||*|Oxygène à domicile livré [[address:Quinta do Sol]], [[address:41 ter route de Paris]], [[postcode_city:77100 Meaux]] ; prestataire : Vitalaire, technicien [[other_name:Nicolas]].
* Infirmière libérale : Mme [[other_name:Catayée]] [[other_name:Ghislaine]], [[phone:0594 38 12 44]], cabinet [[address:15 rue Lalouette]], [[postcode_city:97300 Cayenne]].
* Domicile : [[address:Les Hauts de Sainte-Clotilde]], [[address:bâtiment Les Vacoas]], [[address:appt 208]], [[postcode_city:97490 Saint-Denis]]. Ascenseur en panne fréquente.
- Lit médicalisé, lève-malade et matelas à air commandés ; livraison avant la sortie, vérifier l'espace dans la chambre.
* Mme [[name:Bellance]] [[name:Jeanne-Rose]] : domicile [[address:Section Morne Rouge]], [[postcode_city:97160 Le Moule]] ; fils ([[other_name:Fritz]]) joint au [[phone:0690 55 21 83]].
* Livraison des poches de nutrition parentérale chez M. [[name:Ben Ammar]] [[name:Tahar]], [[address:BP 213]], [[postcode_city:98713 Papeete]].
MATTEI|Orsu|||||*|Soins palliatifs à domicile : M. [[name:Mattei]] [[name:Orsu]], [[address:route de Calvi]], [[address:villa Les Oliviers]], [[postcode_city:20260 Lumio]] ; médecin traitant Dr [[other_name:Poli]].
* Passage de l'équipe mobile le [[date_partial:16/01]] chez Mme [[name:Printemps]] [[name:Ginette]], [[address:Appt 3]], [[address:rez-de-jardin]], [[address:Résidence Les Mouettes]], [[postcode_city:17200 Royan]].
- Douleurs mal contrôlées malgré l'oxycodone LP, interdoses 4/j ; PCA de morphine proposée à domicile.
* Adresse de facturation différente : Cabinet [[other_name:Laborde]] et associés, [[address:22 cours de l'Intendance]], [[postcode_city:33000 Bordeaux]] (tuteur de M. [[name:Faucon]] [[name:Jacques]]).
* Mme [[name:Peixoto]] [[name:Graça]] habite [[address:Route de Varades]], [[address:La Grande Noë]] à Ancenis ; pas de transport en commun, VSL nécessaire.
- Téléalarme installée, boîte à clés à côté de la porte d'entrée, code remis à l'IDE libérale.
* M. [[name:Dinh]] [[name:Van Duc]], [[address:12-14 rue Saint-Maur]], [[address:bât. 2]], [[address:appartement 45]], [[postcode_city:75011 Paris]] ; interprète vietnamien nécessaire.
""")

# Admissions, identity, calls: numbers and contacts
ROWS.append(r"""
OTTAVIANI|Dumenica|{nir:2 47 06 2A 004 118}|04 95 31 20 77|||*|Identité vérifiée sur CNI : Mme [[name:Ottaviani]] [[name:Dumenica]] veuve [[name:Filippi]], née le [[date:02/06/1947]] à Ajaccio, NIR [[nir:{nir:2 47 06 2A 004 118}]].
* Doublon d'identité : IPP [[id:{ipp}]] et IPP [[id:20418837]] fusionnés ; même patiente (Mme [[name:Zerrouki]] [[name:Ouardia]], née le [[date:30/11/1962]]).
ABENA|Serge-Aimé||06 22 81 40 57|||*|Appel du patient depuis un nouveau numéro ([[phone:07 68 13 29 04]]), l'ancien ([[phone:06 22 81 40 57]]) n'est plus attribué. M. [[name:Abena]] mis à jour dans le DPI.
* Mail de la fille pour les résultats : [[email:rosemond.bellance@orange.fr]] ; réponse : envoi par voie postale uniquement.
* Mme [[name:de Kerguélen]] [[name:Anne-Sophie]] (nom d'usage [[name:du Plessis]]), née le [[date:14 février 1975]], carte Vitale au nom de jeune fille.
VAN DEN BROECK|Pieter|||||*|M. [[name:van den Broeck]] [[name:Pieter]], touriste belge, carte européenne d'assurance maladie, contact : sa compagne [[other_name:Els]] ([[phone:+32 476 12 34 56]]).
* Numéro de séjour [[id:2024-118730]], UF 4512 ; facture envoyée à la mutuelle du patient (M. [[name:Kaci]] [[name:Smaïl]]).
* Demande de dossier médical par Maître [[other_name:Tavares]], avocat, [[address:8 rue de la Préfecture]], [[postcode_city:25000 Besançon]], pour Mme [[name:Magalhães]] [[name:Albertina]].
- Identité non vérifiée à l'entrée (patient inconscient), bracelet provisoire, à régulariser dès que possible.
* Personne à prévenir : M. [[other_name:Dos Reis]] [[other_name:Manuel]], beau-frère, [[phone:06.41.87.22.19]], [[email:m.dosreis57@gmail.com]].
SANGARE|Bintou|{nir:2 85 09 99 350 212}||||*|Mme [[name:Sangaré]] [[name:Bintou]], née au Mali, NIR provisoire [[nir:{nir:2 85 09 99 350 212}]], AME valide jusqu'au [[date_partial:31/08]].
* Prescription de transport établie par le Dr [[other_name:Lebrun]] (RPPS [[rpps:{rpps:1009876543}]]) pour M. [[name:Charron]] [[name:Marcel]].
* Appel de la pharmacie [[other_name:Cunha]] ([[phone:02 97 64 18 25]]) : Mme [[name:Le Meur]] [[name:Solenn]] n'a pas récupéré son ordonnance.
* Patient né le [[date:01/01/1950]] (date par défaut, vraie date inconnue), M. [[name:Nguyen]] [[name:Van Tam]], arrivé du Vietnam en 1979.
* Courriel du médecin traitant, Dr [[other_name:Guendouz]] ([[email:dr.guendouz@medecin.mssante.fr]]) : accord pour la reprise de l'anticoagulation.
""")

# Ordinary clinical text: nothing to hide (eponyms, scores, drugs, named hospitals)
ROWS.append(r"""
- Fracture du col fémoral Garden IV, arthroplastie intermédiaire, appui autorisé J1. Prévention thromboembolique par Lovenox 35 jours.
- Pneumopathie franche lobaire aiguë, Augmentin 1 g x3, relais per os à 48 h d'apyrexie.
- Insuffisance cardiaque à FEVG préservée, NT-proBNP 2400, Lasilix 40 mg IV, restriction hydrosodée.
- Transfert à la Pitié-Salpêtrière pour thrombectomie, NIHSS 14 à l'arrivée, thrombolyse débutée à 15h12.
- Patiente adressée par le centre hospitalier Pierre-Oudot pour avis neurochirurgical.
- Greffe rénale à Necker en 2009, sous Prograf et Cellcept, créatinine stable à 140.
- ECG : rythme sinusal, PR court, onde delta : aspect de Wolff-Parkinson-White, avis rythmologue.
- Syndrome de Cushing iatrogène sur corticothérapie prolongée ; décroissance progressive.
- Sonde de Foley posée aux urgences, diurèse 60 ml/h, urines claires.
- Colectomie gauche selon Hartmann, colostomie terminale, rétablissement de continuité à discuter à 3 mois.
- Maladie de Paget osseuse du bassin, phosphatases alcalines élevées, bisphosphonate IV.
- Cathéter de Swan-Ganz retiré J3, amines sevrées, extubation prévue demain si gazométrie correcte.
- Point de Mac Burney douloureux, défense en fosse iliaque droite, appendicectomie en urgence.
- Manœuvre de Heimlich réalisée par l'entourage, corps étranger expulsé, radiographie pulmonaire normale.
- Échelle de Braden à 12 : risque élevé d'escarre, matelas à air, changements de position toutes les 3 h.
- Maladie de Willebrand de type 1, Minirin avant l'extraction dentaire, hémostase locale soigneuse.
- Hospitalisé à l'hôpital Édouard-Herriot puis transféré au centre Léon-Bérard pour la suite de la chimiothérapie.
- Pied de Charcot diabétique, décharge stricte par botte plâtrée, podologue et orthésiste.
- Purpura de Henoch-Schönlein chez l'enfant, pas d'atteinte rénale, surveillance de la bandelette.
- Épreuve d'effort négative, score de Duke favorable, pas de coronarographie.
- Hernie hiatale, œsophagite grade B de Los Angeles, IPP double dose 8 semaines.
- Kyste de Baker rompu, écho-doppler veineux sans thrombose.
- Réévaluation à 48 h : pas de syndrome confusionnel, patient orienté dans le temps et l'espace, CAM négative.
- Canal carpien droit, signe de Tinel et de Phalen positifs, EMG confirmant, neurolyse en ambulatoire.
- Anastomose de Blalock-Taussig dans l'enfance, cure complète à 4 ans, suivi annuel en cardiopédiatrie.
- Prothèse totale de hanche par voie de Hueter, mise en charge immédiate, Kardégic repris à J1.
- Arrêt cardiaque récupéré, no-flow 0, low-flow 12 min, hypothermie thérapeutique, pronostic réservé.
- Cancer du sein T2N0, tumorectomie et ganglion sentinelle, radiothérapie à Gustave-Roussy.
- Névralgie d'Arnold, infiltration réalisée, bonne efficacité à 15 jours.
""")

# Words that are surnames elsewhere, used as words; more plain clinical text
ROWS.append(r"""
- Le patient est boulanger de métier, lever à 3h, horaires décalés ; conseils d'hygiène du sommeil.
- Bonne récupération au printemps, reprise du jardin et de la marche quotidienne avec son chien.
- Douleur en [[date_month:avril]] dernier puis accalmie, récidive depuis 15 jours ; pas de fièvre.
- Ancien couturier, exposition aux poussières textiles ; EFR : trouble ventilatoire obstructif.
- Travaille comme serrurier, plaie de la main sur une lame de scie, suture 4 points, SAT faite.
- Piqûre de guêpe en taillant la vigne, œdème local, pas de signe de gravité, antihistaminique.
- Vit dans une ferme avec des bouviers bernois et des poules ; zoonose peu probable.
- Morsure de chien (berger allemand) à la jambe, lavage, Augmentin 5 jours, vaccin antirabique non indiqué.
- Pêcheur retraité, kératoses actiniques du visage, cryothérapie faite en consultation.
- Patient charpentier, chute d'un toit de 3 m, fracture de calcanéum, chirurgie différée.
- Loyal à ses RDV, bonne observance du traitement, HbA1c à 6,8 %.
- Le patient se dit sauvage et peu bavard, mais accepte les soins ; pas de trouble cognitif.
- Avis du marin-pompier sur place : victime incarcérée 20 min, désincarcération, collier cervical.
- Cholestérol LDL à 1,9 g/L malgré Tahor 40, ajout d'ézétimibe, contrôle dans 3 mois.
- Hypoglycémie à 0,45 g/L sous Novorapid, resucrage, réduction des doses, éducation thérapeutique.
- Bilan de chute : hypotension orthostatique, arrêt de la tamsulosine, bas de contention.
- Patient très anxieux avant l'intervention, Atarax la veille au soir, bonne nuit.
- Vertiges positionnels paroxystiques bénins, manœuvre de Sémont efficace.
- Fécalome à l'admission, lavements, reprise d'un transit régulier sous Forlax.
- Tension artérielle 152/88, FC 74, SpO2 97 % AA, T 37,1 °C, EVA 2/10.
- Plâtre fendu pour œdème, surélévation du membre, pouls pédieux perçus.
- Kinésithérapie de la main selon le protocole de Kleinert, attelle dorsale 6 semaines.
- Patient en chambre seule (précautions contact BMR), matériel dédié, lavage des mains renforcé.
- Sortie avec ordonnance de Doliprane, Spasfon et Smecta ; revoir si fièvre > 38,5.
- La famille est prévenue du transfert en soins de suite, affaires personnelles rendues.
- Fille présente à la visite, rassurée par les explications, questions sur la durée du séjour.
- Conduite automobile déconseillée jusqu'à nouvel avis, arrêt de travail de 15 jours.
- Test de marche de 6 minutes : 380 m, désaturation à 89 %, oxygène à l'effort à discuter.
- Traitement de fond : Kardégic 75, bisoprolol 2,5, ramipril 5, atorvastatine 40, metformine 1000 x2.
- Ponction lombaire : liquide clair, 2 éléments, protéinorachie normale, pas de méningite.
- Fin de la rééducation, périmètre de marche illimité sans aide technique, retour au domicile.
""")

# Pharmacy: validation, conciliation, dispensing (sensitive drugs among ordinary ones)
ROWS.append(r"""
* Conciliation médicamenteuse : Mme [[name:Guillou]] [[name:Enora]] prend à domicile [[diag_mental:Deroxat]] 20 mg, Lévothyrox 75, Inexium 20 ; [[diag_mental:Deroxat]] oublié à l'entrée, à represcrire.
* Interaction : [[diag_mental:lithium]] + ramipril + furosémide chez M. [[name:Leca]] [[name:Paulu]], [[diag_mental:lithémie]] à contrôler à J5.
- Validation pharmaceutique : posologie d'amikacine adaptée à la fonction rénale, dosage résiduel avant la 2e injection.
* Rétrocession de [[diag_hiv:Biktarvy]] pour M. [[name:Kabongo]] [[name:Patrick]] (rupture en officine), 1 boîte de 30.
- Substitution de Previscan par apixaban validée par le cardiologue, INR à vérifier avant le relais.
* [[diag_mental:Clozapine]] : NFS hebdomadaire, PNN à 2,1 G/L le [[date_partial:4/02]] ; délivrance autorisée pour M. [[name:Sauvage]] [[name:Kevin]].
* Mme [[name:Woźniak]] [[name:Bożena]] : [[diag_addict:Suboxone]] 8/2 mg, délivrance hebdomadaire, pharmacien référent M. [[other_name:Rocha]].
- Erreur de dispensation évitée : Lovenox 4000 au lieu de 6000, déclaration dans le logiciel qualité.
* Ordonnance de sortie : [[diag_mental:Zyprexa]] 10 mg le soir, [[diag_mental:Téralithe]] LP 400, Imovane si besoin (M. [[name:Ait Ouméziane]] [[name:Amar]]).
* Arrêt de la [[diag_repro:pilule]] (Leeloo) avant la chirurgie chez Mme [[name:Teixeira]] [[name:Ana]], relais préservatifs.
- Protocole de désescalade antibiotique selon l'antibiogramme : céfotaxime puis amoxicilline.
* [[diag_addict:Esperal]] prescrit par le Dr [[other_name:Nkoulou]], patient informé de l'effet antabuse ; M. [[name:Bouziane]] [[name:Djamel]].
* Dispensation nominative de [[diag_hiv:Prezista]] et [[diag_hiv:Norvir]] pour Mme [[name:Mbarga]] [[name:Christelle]], ch 412.
- Pompe à insuline : changement du cathéter tous les 3 jours, glycémies capillaires 6/j, carnet à apporter.
* [[diag_mental:Risperdal]] buvable 1 mg/ml pour Mlle [[name:Duong]] [[name:Anh]], 15 ans, sur avis du pédopsychiatre.
""")

# Names in every position: first names outside the common lists, particles, née/épouse/veuve
ROWS.append(r"""
* Mme [[name:Ferreira]] [[name:Zulmira]] épouse [[name:Dąbrowski]], 72 ans, ne parle que le portugais ; la petite-fille ([[other_name:Inès]]) traduit.
* M. [[name:Gharbi]] [[name:Lakhdar]], dit « [[name:Lucien]] » dans le quartier, se présente sous ce prénom.
SAINTE-ROSE|Germaine|||||*|Mme [[name:Sainte-Rose]] [[name:Germaine]] veuve [[name:Nestoret]], 88 ans, [[address:EHPAD Kaz An Nou]], [[address:chambre 18]], [[postcode_city:97232 Le Lamentin]].
* Visite de son fils [[other_name:Wojciech]] et de sa belle-fille [[other_name:Halina]] à Mme [[name:Krawczyk]] [[name:Stanisława]].
* M. [[name:Ouédraogo]] [[name:Wendkouni]] : patient sourd, communication par écrit, sa soeur [[other_name:Rasmata]] est interprète en LSF.
* Mme [[name:Tran]] [[name:Thi Thuy]] épouse [[name:Phan]] et son mari M. [[other_name:Phan]] [[other_name:Van Hai]] demandent un entretien avec le chirurgien.
LE HIR|Ewenn|||||*|M. [[name:Le Hir]] [[name:Ewenn]], 23 ans, étudiant à Brest, accompagné de sa mère Mme [[other_name:Le Hir]] [[other_name:Gaïd]].
* Mme [[name:Nkoulou]] [[name:Marie-Noëlle]] née [[name:Essomba]] (Cameroun), 61 ans, diabète découvert à l'occasion d'un malaise.
* Patient : M. [[name:d'Aubigny]] [[name:Hugues]] ; son tuteur M. [[other_name:de Rohan-Chabot]]... non, M. [[other_name:de Rochebrune]], [[phone:01 45 67 89 12]].
* Mme [[name:Benaissa]] [[name:Ouarda]] (et non [[name:Ouardia]]) : erreur de prénom sur l'étiquette, corrigée à l'accueil.
* [[name:Kerjean]] [[name:Tanguy]], 45 ans, pêcheur, plaie de la main par hameçon, vaccin à jour.
* Mme [[name:Diop]] [[name:Ndeye Fatou]], [[other_name:Abdoulaye]] (mari) et [[other_name:Aïssatou]] (fille aînée) présents à l'annonce.
CUNHA|Rosário|||||*|Mme [[name:Cunha]] [[name:Rosário]] épouse [[name:Machado]], allergie à l'iode, ne veut pas de transfusion.
* M. [[name:Zając]] [[name:Krzysztof]], chauffeur routier polonais, hospitalisé sur une aire d'autoroute ; employeur prévenu.
* L'interne Mme [[other_name:Hamdaoui]] [[other_name:Imane]] a revu Mme [[name:Lordinot]] [[name:Séraphine]] à 18h : sortie demain.
* [[name:MBAYE]] [[name:Ousseynou]] (nom en majuscules sur le passeport), né le [[date:1er janvier 1990]], frère [[other_name:Cheikh]] à Dakar.
* Mme [[name:Janvier]] [[name:Solange]] : chute mécanique, pas de perte de connaissance, radiographies sans fracture.
* M. [[name:Bonhomme]] [[name:Fortuné]] et son épouse Mme [[other_name:Bonhomme]] [[other_name:Lucie]], tous deux hospitalisés dans le service (ch 7 et 9).
* Mme [[name:Pham]] [[name:Kim Oanh]] a reçu la visite de M. [[other_name:Lê]] [[other_name:Minh Tuấn]], qui se dit son cousin : vérifier l'identité avant toute information.
* Le Dr [[other_name:Zerrouki-Martin]] prend le relais du Dr [[other_name:Avril]] pendant ses congés.
* Mme [[name:Rosamont]] [[name:Marie-Claude]] dite [[name:Mimi]], 94 ans, désorientée, appelle sa soeur [[other_name:Yolène]] la nuit.
""")

# Mixed: the hardest categories once more, in the registers above
ROWS.append(r"""
* Mme [[name:Quéré]] [[name:Gwenaëlle]], [[diag_preg:enceinte]] de 3 mois, [[diag_mental:dépression]] sous [[diag_mental:sertraline]] poursuivie après avis du CRAT.
* RETOUR A DOMICILE LE [[date_partial:15/06]] : [[address:LIEU-DIT LE BOURG]], [[postcode_city:23200 AUBUSSON]]. AMBULANCE RESERVEE (M. [[name:DERRIEN]] [[name:JAKEZ]]).
NASCIMENTO|Arlindo|||||*|M. [[name:Nascimento]] [[name:Arlindo]], chez M. et Mme [[other_name:Peixoto]], [[address:9 rue Voltaire]], [[postcode_city:42100 Saint-Étienne]] : hébergé par des amis depuis [[date_partial:été 2023]].
* [[diag_repro:IVG]] instrumentale sous AG le [[date_partial:8 mars]] pour Mme [[name:Benslimane]] [[name:Nour]], [[diag_repro:stérilet]] posé en fin d'intervention.
* Appel du SPIP : M. [[name:Wróbel]] [[name:Czesław]] sous obligation de soins ([[diag_addict:alcool-dépendance]]), attestation de suivi à envoyer au SPIP, [[address:2 rue Gaston Monnerville]], [[address:BP 20]], [[postcode_city:40000 Mont-de-Marsan]].
* Mme [[name:Keïta]] [[name:Djénéba]], 3e [[diag_preg:grossesse]], [[diag_hiv:VIH]] traité, [[diag_preg:accouchement]] prévu par voie basse en [[date_partial:juillet 2025]].
* Patient adressé par le Dr [[other_name:Le Berre]] (Maison de santé, [[address:1 venelle des Chênes]], [[postcode_city:29900 Concarneau]]) pour un bilan de chutes.
TAVARES|Fátima|||||*|Mme [[name:Tavares]] [[name:Fátima]], [[diag_mental:anorexie]] à l'adolescence, rechute depuis l'[[date_partial:automne 2024]] ; mère ([[other_name:Graça]]) très présente.
* Visite à domicile le [[date_partial:3 mars]] au [[address:2 bis, rue Paul Bert]], [[address:1er étage]], porte droite, [[postcode_city:21000 Dijon]] ; porte fermée, voisin sans nouvelles depuis la [[date_month:mi-février]].
* Consultation [[diag_hiv:PrEP]] à la demande, M. [[name:Calixte]] [[name:Ludovic]] ; prochain bilan [[date_partial:S45]].
* Mme [[name:Orsoni]] [[name:Maria-Ghjuvanna]] épouse [[name:Leca]], [[address:Résidence A Funtana]], [[address:Bât. E]], [[address:Appt 5]], [[postcode_city:20090 Ajaccio]].
* M. [[name:Lounis]] [[name:Yacine]], [[diag_addict:cocaïne]] sniffée le week-end, douleur thoracique, troponine négative.
* Mme [[name:Bouvier]] [[name:Marthe]] : [[diag_mental:mélancolie délirante]], [[diag_mental:sismothérapie]] (12 séances) réalisée de [[date_partial:janvier]] à [[date_partial:mars 2024]].
* Lettre à Mme [[name:Kowalczyk]] [[name:Jadwiga]], [[address:Bât. Les Acacias]], [[address:Appt 72]], [[address:Cité du Moulin]], [[postcode_city:59450 Sin-le-Noble]].
* M. [[name:Faye]] [[name:Mamadou Lamine]] : [[diag_sti:urétrite à gonocoque]], partenaire (Mme [[other_name:Sarr]]) à traiter.
* Sortie le [[date_partial:23]] ou le [[date_partial:24/12]] selon la place en SSR ; M. [[name:Potier]] [[name:Lucien]].
* Mme [[name:Huynh]] [[name:Kim]], [[diag_preg:post-partum]] J10, [[diag_mental:baby blues]] ou [[diag_mental:dépression du post-partum]] ? EPDS à 14, revue par la psychologue.
* Courrier pour M. [[name:Catayée]] [[name:Rémy]] : [[address:BP 6012]], [[postcode_city:97306 Cayenne CEDEX]].
* M. [[name:Guéguen]] [[name:Erwan]], [[diag_addict:OH chronique]] sevré depuis [[date_partial:Noël 2022]], rechute le [[date_partial:31/12]].
* APPEL DE MME [[other_name:ZERROUKI]] POUR SA MERE, [[name:ZERROUKI]] [[name:YAMINA]], [[address:5 ALLEE DES CHARDONNERETS]], [[address:BAT 3]], [[address:ESC 2]], [[postcode_city:38130 ECHIROLLES]].
* Mme [[name:Ngo]] [[name:Thi Lan]], [[diag_mental:trouble anxieux généralisé]], [[diag_mental:escitalopram]] 10 mg, suivi par Dr [[other_name:Bùi]] (psychiatre libéral).
* Rdv annulé par M. [[name:Pietri]] [[name:Santu]] ([[phone:06 13 57 24 68]]) : il sera en Corse du [[date_partial:2]] au [[date_partial:20 août]].
* M. [[name:Adebayo]] [[name:Oluwaseun]], [[diag_hiv:séropositif]] sous [[diag_hiv:Odefsey]], demande un certificat pour son employeur sans mention du diagnostic.
* Mme [[name:Le Gall]] [[name:Nolwenn]] veuve [[name:Morvan]], [[address:Moulin de Kerflous]], [[postcode_city:29270 Carhaix-Plouguer]] ; pas de téléphone fixe.
* Mme [[name:Mukendi]] [[name:Grâce]], [[diag_preg:grossesse gémellaire]] à 26 [[diag_preg:SA]], [[diag_preg:HTA gravidique]], hospitalisée jusqu'à la fin du mois de [[date_month:mai]].
* [[diag_mental:TS]] médicamenteuse (Lexomil + [[diag_mental:Haldol]]) chez Mlle [[name:Tonnelier]] [[name:Lou]] ; parents ([[other_name:Hervé]] et [[other_name:Nadia]]) en route.
""")

SET = HandSet("heldout20", "twentieth", ROWS, HEADER_NOTE, "20")

if __name__ == "__main__":
    SET.main(__doc__)
