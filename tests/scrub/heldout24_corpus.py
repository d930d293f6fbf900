#!/usr/bin/env python3
"""The twenty-fourth hand set of labeled rows ("heldout24", issue 10).

  heldout24_corpus.py --write      write heldout24_rows_{dev,frozen}.txt
  heldout24_corpus.py --check      exit 1 if those files differ from what
                                   this script writes (make scrub-heldout)
  heldout24_corpus.py --lint       the writer's check, before the split

The rows below were typed by hand by the helper heldout24 (twenty-sixth
pass), who did not read the detectors (src/, include/, conf/) nor any
scrubber output while typing, nor any set's misses sections of
docs/scrub.md.  Read: the helpers' brief; tests/scrub/handset.py whole;
heldout23_corpus.py's docstring and machinery, its first two blocks and
its last three blocks (EHPAD nights, vigilance declarations; the oncology
day hospital, SOS Médecins, travel and military medicine, palliative care,
its label-free block and its last block: some hundred and twenty of its
rows seen once, no phrase reused); the first forty lines of
heldout15_corpus.py to heldout22_corpus.py (their genres and name
sources, to write elsewhere or at a new angle); the Makefile's genre lines
of heldout20 to heldout23 and its scrub-heldout targets; the head of
eval.py (POLICY_WORDS); /tmp/pool.py (the pooling of a scrub-heldout log);
for the label widths, greps of heldout16-23's scripts: some dozen excerpts
each of `[[nir:`, `[[id:`, `[[date_month:`, `[[iban:`, `[[diag_sti:`,
`[[diag_repro:`, `[[diag_addict:`, a count of their diag_preg, diag_hiv and
diag_mental labels, and the contexts of écrou, cellule, maison d'arrêt,
PASS, interprète, G3P2, FIV, two-digit years (`[[date:3/12/25]]`), and the
genetics and neonatology rows of heldout16 and heldout17 (a handful).  The
docs/scrub.md heldout23 section was read only after the rows were typed
and the files written (for the shape of this set's own section).

The genres are the registers the twenty-three sets give least of, or a
new angle on one they name: clinical genetics written as a pedigree is
written (generations I-1, II-3, birth and death years, places of birth,
consanguinity, cascade letters, relatives abroad, predictive testing);
the labour ward, maternity and neonatology seen from the family (mother
and baby, twins J1/J2, the father who recognises or declares the child,
the midwife, a birth under secrecy, homonymous babies); transplantation
and organ donation (Cristal numbers, living donors who are relatives,
donors kept anonymous, bone-marrow and cornea donation); prison health
units (USMP/UCSA, SMPR, UHSI, escorts, cells, écrou numbers, the SPIP,
a detention centre for foreigners); migrants' health (PASS, AME, OFPRA,
interpreters by phone with a booking code, one person under two or three
spellings: Arabic, Pashto, Tamil, Wolof, Romani); long discharge letters
in one cell (header, paragraphs, signature, copies to); spreadsheet rows
pasted into a comment, cells parted by semicolons, commas, slashes or runs
of spaces (the frame forbids the tab and the bar in a row's text, so a
pasted table is written with the separators it allows); heavy typos,
lower case, missing accents, two-digit years (`né le 3/4/41`, `en 98`),
speech-to-text artefacts (`virgule`, `point à la ligne`, dates and phones
in words, a name corrected by the speaker, `carré comme le carré`); and
more than a third of the rows label-free look-alikes (genes, karyotypes,
HLA types, eponymous syndromes and manoeuvres, neonatal and obstetric
scores, immunosuppressants and trough levels, devices, lab values, prison
and PASS routine, and words that are surnames used as words: pierre,
jardin, merle, poisson, sapin, lion, caille, mouton).

Name sources: typed from general knowledge, no list read or downloaded:
French surnames that are ordinary words, in kept positions (Pinson,
Lecoq, Fontaine, Mouton, Poisson, Lièvre, Baron, Lamour, Avril, Janvier,
Merle, Vallée, Sapin, Page, Noël, Jardin, Laforêt, Lacroix, Pape, Marin,
Cadet, Bonjour, Laporte, Caille, Sergent, Pasteur, Meunier, Carré, Rivière,
Bonnet, Marquis, Lecomte, Boisseau, Perdrix, Geai, Lion, Loup, Dieu, Bœuf,
Printemps, Hiver, Bonheur, Pigeon), given names that are words (Rose,
Marie, Claude, Pierre, Jade, Claire, Ambre), a surname that is a given
name and the reverse (Claude Pierre, Marie Pierre), particles and
hyphens (de la Rivière, de Saint-Just, Lebrun-Pasteur, Dubois-Lemaire,
Lefebvre-Roy, Renard-Moreau, Chevalier-Roy, Lacroix-Vidal, Marie-Rose,
Anne-Claude, Jade-Marie), initials and nicknames (J.-P., B., Pépé,
Rahmat), Tamil of Sri Lanka (Tharmalingam, Sivakumar, Kanagaratnam,
Vasuki, Sivanesan, Thevarajah, Sivarajah, Ranjini, Parameswaran),
Wolof and Peul (Ndiaye, Diop, Khady, Fall, Sow, Gueye, Guèye, Ndèye,
Mbaye, Ousseynou, Seck, Ba, Alassane), Pashto and Dari (Ahmadzai,
Fereshta, Gul Agha, Popalzai, Noorullah, Wardak, Samiullah, Nourzaï,
Bibi Gul, Zalmay, Hussaini, Ahmadi, Rahmatullah, Mohammadi Abdul Wahid),
Arabic in several spellings (Abdurrahman/Abderrahmane/Abd El Rahman,
Abdalla Osman/Abdallah Othman, Al-Shami, Benhamida), Romani and Romanian
(Lingurar, Căldărar, Dumitru, Rostas/Rostaş, Moldovan, Lăcrămioara),
Serbian (Stojanović), Eritrean (Tesfaye, Kidane, Haile), Guinean and
Ivorian (Sylla, Bangoura, Diakité, Ouattara), Albanian of Kosovo (Hoxha,
Drita, Elira), Congolese (Tamba).

Everything is invented: people, homes, numbers.  Street names may be real
street names; no row is a real patient's.  The frame (row shorthand,
placeholders, what is computed, the split: rows ranked by
sha256("heldout24\\n" + row), the lower half to the dev file) is
tests/scrub/handset.py's, as heldout14's to heldout23's.

Labeling choices (the earlier sets' and heldout23's; new cases written
here): relatives in a pedigree are `other_name`, their birth and death
years `date_partial`, their towns of birth stay (a city alone is no
address); a baby who is the row's patient is `name` and the mother
`other_name`, and the reverse; a name given in two or three spellings is
`name` each time; a misspelt name marked `(sic)` is `name`; a cell, a
building and the arrivals wing are `address` (the detainee's home), a
UHSI room and the prison's name stay; écrou, Cristal, OFPRA, PASS, AME,
requisition and interpreter booking numbers are `id`; an anonymous donor
has nothing to label; a two-digit year alone is `date_partial` (`en
[[date_partial:98]]`), a date in words `date`, a phone in words `phone`;
`G3P2`, `primipare` are `diag_preg` as the earlier sets; `FIV`, `AMP`,
`implant`, `IVG` are `diag_repro`; misspellings of a sensitive term keep
their label (`enceite`, `pilulle`, `alccol`); the POLICY_WORDS
(addictologie, CEIP ...) and their misspellings are not labelled, as in
heldout23.
"""
from handset import HandSet

HEADER_NOTE = """\
# Typed by hand by the helper heldout24 without reading the detectors or any scrubber output (see the script's
# docstring for what was read); invented people, homes and numbers only. NIR keys, RPPS/FINESS Luhn digits,
# IBAN check digits and IPPs written `*` are computed by the script. Split by rank of sha256("heldout24\\n" + row), lower half dev.
"""

# ------------------------------------------------------------------ rows
# Typed by genre; within one, by register.

ROWS = []
# Clinical genetics: pedigrees written generation by generation (I-1, II-3), birth years and places, cascade letters
ROWS.append(r"""
* Arbre : proposante Mme [[name:Pinson]] [[name:Rose]] (III-2), née en [[date_partial:1979]] ; mère II-3 [[other_name:Josette Pinson]] née [[other_name:Carré]], cancer de l'ovaire à 58 ans, décédée en [[date_partial:2014]] ; grand-mère I-2 [[other_name:Marthe Carré]], sein à 61 ans.
* Oncogénétique, consultation du [[date:02/12/2025]] : M. [[name:Lecoq]] [[name:Pierre]], 46 ans, cancer colique à 41 ans, instabilité microsatellitaire ; père ([[other_name:Jean Lecoq]], né en [[date_partial:1944]] à Cholet) côlon à 52 ans. Recherche de syndrome de Lynch.
- Syndrome de Lynch : gènes MLH1, MSH2, MSH6, PMS2 et EPCAM, coloscopie tous les 2 ans dès 20-25 ans.
* Mutation BRCA1 c.5266dupC confirmée chez Mme [[name:Fontaine]] [[name:Jade]] ; lettres de cascade remises pour sa sœur [[other_name:Léa]] (Nantes), son frère [[other_name:Hugo Fontaine]] et sa cousine germaine [[other_name:Manon Rivière]].
* Pedigree, branche paternelle : II-1 [[other_name:Marcel]] (né en [[date_partial:1931]], † [[date_partial:1990]], prostate), II-2 [[other_name:Odette]] (née en [[date_partial:1934]], indemne) ; III-4 le consultant, M. [[name:Mouton]] [[name:Claude]].
- BRCA2, PALB2, RAD51C et RAD51D : panel HBOC de 13 gènes, résultat en 4 mois.
* Consanguinité : les parents de [[name:Yasmine]] [[name:Benhamida]] sont cousins germains (mères sœurs) ; amyotrophie spinale chez le frère aîné [[other_name:Nassim]], décédé à 14 mois en [[date_partial:2017]].
* Test présymptomatique de la maladie de Huntington demandé par Mme [[name:Poisson]] [[name:Marie]], 31 ans ; père ([[other_name:Gérard Poisson]]) atteint, 44 CAG ; premier entretien avec la psychologue le [[date_partial:15/01]].
- Huntington : 36 à 39 répétitions CAG, pénétrance incomplète ; au-delà de 40, pénétrance complète.
* Diagnostic [[diag_preg:prénatal]] : Mme [[name:Lièvre]] [[name:Sophie]], [[diag_preg:enceinte]] de 12 [[diag_preg:SA]], conductrice de mucoviscidose (F508del), conjoint M. [[other_name:Baron]] [[other_name:Thomas]] porteur de la même variante ; biopsie de trophoblaste proposée.
- CFTR : F508del à l'état homozygote, test de la sueur à 98 mmol/L.
* Généalogie dictée par M. [[name:Lamour]] [[name:Jean-Claude]] : « ma tante [[other_name:Germaine]], celle de Quimper, morte du sein vers [[date_partial:1975]], et ma cousine [[other_name:Yvette Le Bris]] opérée deux fois ».
* Apparentée hors de France : demi-sœur de Mme [[name:Avril]] [[name:Claire]] vivant à Montréal, Mme [[other_name:Tremblay]] [[other_name:Nathalie]] ([[email:n.tremblay1972@gmail.com]]), informée par la patiente ; résultat transmis à son généticien.
* Résultat de classe 5 dans le gène MYH7 chez M. [[name:Janvier]] [[name:Paul]] (né le [[date:14/06/1968]]) ; dépistage cardiologique de ses enfants [[other_name:Lucas]] (17 ans) et [[other_name:Chloé]] (14 ans).
- Cardiomyopathie hypertrophique : échographie tous les 1 à 3 ans chez les apparentés non testés.
* Arbre de la famille [[name:Ndiaye]] : proposant [[name:Mamadou]] [[name:Ndiaye]] (IV-1), syndrome drépanocytaire SS ; parents AS, originaires de Thiès ; sœur [[other_name:Awa]] AA, frère [[other_name:Cheikh]] non testé.
- Drépanocytose : électrophorèse de l'hémoglobine, HbS 88 %, HbF 8 %.
* Courrier aux apparentés remis à Mme [[name:Merle]] [[name:Jacqueline]] pour ses trois fils ([[other_name:Didier]], [[other_name:Patrick]] et [[other_name:Éric Merle]]) : variante pathogène de MUTYH à l'état hétérozygote.
* Syndrome de l'X fragile chez [[name:Timéo]] [[name:Vallée]], 6 ans ; mère ([[other_name:Élodie Vallée]]) prémutée (92 CGG), grand-mère maternelle ([[other_name:Monique Sapin]], née en [[date_partial:1956]]) à tester.
- X fragile : prémutation de 55 à 200 répétitions, mutation complète au-delà de 200.
* Conseil génétique, famille [[name:Tharmalingam]] : M. [[name:Tharmalingam]] [[name:Sivakumar]] (né à Jaffna en [[date_partial:1976]]) et son épouse [[other_name:Kanagaratnam]] [[other_name:Vasuki]] sont cousins croisés ; bêta-thalassémie chez leur fille [[other_name:Nila]].
* II-5 (oncle maternel, [[other_name:Robert Page]]) : mélanome à 40 ans ; III-1 (frère, [[other_name:Sébastien Page]]) : mélanome à 35 ans ; la consultante, Mme [[name:Page]] [[name:Agnès]], a 47 naevus atypiques. Recherche CDKN2A.
- Indication au test CDKN2A : au moins 2 mélanomes invasifs chez des apparentés au premier degré.
* Refus de l'information à la parentèle par M. [[name:Noël]] [[name:Bernard]] ; rappel de l'obligation légale, procédure par le médecin via l'ABM proposée.
* Mme [[name:Jardin]] [[name:Annick]] (IPP [[id:{ipp}]]) demande l'exome de son petit-fils [[other_name:Noé]], déficience intellectuelle ; les parents ([[other_name:Kévin]] et [[other_name:Laura Jardin]]) n'ont pas encore consenti.
- Exome en trio : le proposant et ses deux parents, interprétation ACMG.
* Maladie de Steinert chez M. [[name:Laforêt]] [[name:Gilles]], 39 ans ; sa fille [[other_name:Inès]], 8 ans, forme infantile ; ex-épouse (Mme [[other_name:Sabatier]]) prévenue par le pédiatre.
* Variante de signification inconnue dans SCN5A chez Mme [[name:Lacroix]] [[name:Marie-Pierre]] ; ségrégation demandée chez sa mère ([[other_name:Denise Lacroix]], Angers) et son oncle ([[other_name:Roland Bourdais]]).
- Maladie de Marfan : critères de Ghent révisés, Z-score aortique à 3,1, gène FBN1.
* Famille [[name:Pape]] : II-2 [[other_name:Henriette]] (née en [[date_partial:1928]] à Tulle, † [[date_partial:2001]]), II-4 [[other_name:Fernand]] (né en [[date_partial:1931]]), III-3 la patiente, Mme [[name:Pape]] [[name:Brigitte]], hémochromatose C282Y homozygote.
""")

# Maternity and neonatology: mother and baby, twins, the father, the midwife, PMI, birth under secrecy
ROWS.append(r"""
* Salle de naissance : Mme [[name:Rousseau]] [[name:Jade]], [[diag_preg:primipare]], [[diag_preg:accouchement]] voie basse le [[date:03/12/2025]] à 4h12 d'une fille, [[other_name:Rose]], 3240 g, Apgar 9/10 ; sage-femme : [[other_name:Capucine Meunier]].
* Jumeaux de Mme [[name:Marin]] [[name:Julie]] : J1 [[other_name:Marin]] [[other_name:Arthur]] 2180 g, J2 [[other_name:Marin]] [[other_name:Léon]] 1950 g, [[diag_preg:césarienne]] à 35 [[diag_preg:SA]] ; père (M. [[other_name:Marin]] [[other_name:Maxime]]) présent au bloc.
* Bébé de Mme [[other_name:Diop]] [[other_name:Khady]] : [[name:Diop]] [[name:Aminata]], née le [[date_partial:4/12]], glycémie à 0,38 g/L à H2, mise au sein, contrôle à H4 ; père (M. [[other_name:Fall]] [[other_name:Ibrahima]]) ne parle que wolof.
- Apgar 8/10/10, pH au cordon 7,24, lactates 3,1 ; peau à peau 2 heures.
* [[diag_preg:Accouchement]] sous le secret : la mère ne sera pas nommée ; l'enfant est déclaré sous les prénoms [[name:Marie]] [[name:Claude]] [[name:Jade]] ; pli fermé remis au correspondant du CNAOP.
* Mme [[name:Cadet]] [[name:Émilie]], [[diag_preg:G3P2]], [[diag_preg:diabète gestationnel]] sous insuline, DDR [[date:12/03/2025]], terme prévu le [[date:17/12/2025]] ; déclenchement discuté à 39 [[diag_preg:SA]].
* Reconnaissance anticipée faite en mairie par M. [[other_name:Bonjour]] [[other_name:Kevin]] pour l'enfant à naître de Mlle [[name:Laporte]] [[name:Océane]], 19 ans.
- Score de Bishop à 7, maturation du col favorable, rupture artificielle des membranes.
* Entretien [[diag_preg:prénatal]] précoce : Mme [[name:Ahmadzai]] [[name:Fereshta]], afghane, [[diag_preg:enceinte]] de 16 [[diag_preg:SA]], interprète en dari par téléphone ; mari (M. [[other_name:Ahmadzai]] [[other_name:Gul Agha]]) resté à Kaboul.
* Néonatologie : [[name:Sow]] [[name:Mariama]] (« bébé [[name:Sow]] »), née à 27 [[diag_preg:SA]] + 3 j, 940 g, surfactant à H1 ; la mère, Mme [[other_name:Sow]] [[other_name:Aïssatou]], tire son lait pour le lactarium.
* Sortie de maternité : Mme [[name:Lesage]] [[name:Pauline]] et son fils [[other_name:Gabin]], J3, [[diag_preg:allaitement maternel]] exclusif ; sage-femme libérale (Mme [[other_name:Roussel]], [[phone:06 12 48 73 95]]) passe le [[date_partial:6/12]].
- Ictère néonatal : bilirubine transcutanée à 180 µmol/L à J3, sous le seuil de photothérapie.
* PMI : visite à domicile chez Mme [[name:Stojanović]] [[name:Dragana]], [[address:aire d'accueil des gens du voyage]], [[address:emplacement 12]], [[postcode_city:69200 Vénissieux]] ; bébé [[other_name:Dragan]], 1 mois, prise de poids correcte.
* Mort fœtale in utero à 31 [[diag_preg:SA]] chez Mme [[name:Caille]] [[name:Aurélie]] ; le bébé s'appellera [[other_name:Lou]] ; les parents souhaitent des empreintes et une photo, obsèques par la commune.
* La sage-femme [[other_name:Bérénice Lepape]] signale : Mme [[name:Renard-Moreau]] [[name:Lucie]], [[diag_mental:dépression du post-partum]], pleurs, ne s'occupe plus de [[other_name:Ambre]] ; appel à l'équipe de psychiatrie périnatale.
- Dépistage néonatal sur buvard à J3 : phénylcétonurie, hypothyroïdie, drépanocytose, mucoviscidose, HCS, MCAD.
* Mme [[name:Abdurrahman]] [[name:Halima]] (écrit aussi [[name:Abderrahmane]] et [[name:Abd El Rahman]] selon les papiers) : [[diag_preg:grossesse gémellaire]] bichoriale, suivi en HDJ tous les 15 jours.
* Transfert in utero de Mme [[name:Pereira]] [[name:Inês]] ([[diag_preg:MAP]] à 29 [[diag_preg:SA]]) depuis la maternité de Dreux ; conjoint joignable au [[phone:06 33 71 05 82]].
* Bracelets vérifiés : bébé [[name:Gueye]] (fille, née à 13h05) et bébé [[other_name:Guèye]] (garçon, né à 13h40) dans deux chambres voisines ; mères Mme [[other_name:Gueye]] [[other_name:Fatou]] et Mme [[other_name:Guèye]] [[other_name:Ndèye]].
- Saturation pré- et post-ductale à H24 : 98 % et 97 %, dépistage des cardiopathies normal.
* Le père de [[name:Jade]] [[name:Mbaye]], M. [[other_name:Mbaye]] [[other_name:Ousseynou]], déclare la naissance à l'état civil le [[date_partial:5/12]] ; la mère ([[other_name:Coumba]]) est en [[diag_preg:suites de couches]].
* [[diag_preg:Hémorragie de la délivrance]] chez Mme [[name:Sergent]] [[name:Mélanie]] (1200 mL), sulprostone, 2 CGR ; sage-femme de garde [[other_name:Anaïs]], anesthésiste Dr [[other_name:Pasteur]].
- Vitamine K1 à la naissance, puis à J4 et à 1 mois si [[diag_preg:allaitement maternel]].
""")
# Transplantation and organ donation (donor anonymous, living donors who are relatives, trough levels)
ROWS.append(r"""
* Greffe rénale de M. [[name:Meunier]] [[name:Claude]] le [[date:01/12/2025]] (donneur décédé, Cristal [[id:R2025-118407]]), reprise de diurèse immédiate, tacrolimus à 8,2 ng/mL à J3.
- Tacrolimus résiduel cible 8 à 10 ng/mL le premier mois, puis 5 à 8.
* Donneur vivant : Mme [[other_name:Meunier]] [[other_name:Sylvie]], sœur du receveur, néphrectomie gauche sous cœlioscopie ; comité donneur vivant du [[date_partial:14 octobre]], audition au tribunal judiciaire.
* Inscription sur liste de M. [[name:Carré]] [[name:Jean-Marc]] (n° [[id:CRISTAL 1190523]]) ; groupe O, HLA-A2, A24, B7, B44 ; appel de greffon possible jour et nuit au [[phone:06 09 27 41 66]].
- Groupe O, HLA-A2 A24 B7 B44 DR15 : immunisation nulle, cross-match négatif.
* Coordination hospitalière : mort encéphalique constatée à 14h20 chez un homme de 52 ans ; la famille (épouse et deux fils) ne s'oppose pas ; registre national des refus consulté : non inscrit.
* Entretien avec la famille de Mme [[name:Baron]] [[name:Évelyne]] : son mari, M. [[other_name:Baron]] [[other_name:Gérard]], rapporte qu'elle voulait donner ; prélèvement de reins et foie le [[date_partial:4/12]].
- Maastricht III : arrêt circulatoire après limitation des thérapeutiques, circulation régionale normothermique.
* Greffe hépatique pour cirrhose [[diag_addict:alcoolique]] chez M. [[name:Lièvre]] [[name:Dominique]], abstinent depuis 14 mois, suivi en addictologie (Dr [[other_name:Merlin]]).
* Rejet aigu cellulaire chez Mme [[name:Rivière]] [[name:Claudine]], greffée du cœur en [[date_partial:2019]] ; bolus de méthylprednisolone, biopsie de contrôle le [[date_partial:11/12]].
- Biopsie endomyocardique : rejet grade 2R, pas de rejet humoral.
* Lettre anonyme de remerciement du receveur du rein gauche transmise par la coordination à la famille du donneur ; aucun nom, aucune ville, conformément à la loi.
* M. [[name:Sivanesan]] [[name:Prakash]] (né le [[date:07/07/1981]]) en dialyse depuis [[date_partial:2018]], bilan prégreffe : cousin ([[other_name:Thevarajah]] [[other_name:Kumaran]]) candidat donneur vivant, incompatibilité ABO.
- Don croisé : deux paires donneur-receveur incompatibles, échange des greffons, opérations le même jour.
* Pancréas-rein chez Mme [[name:Lebœuf]] [[name:Marion]], diabète de type 1 ; suivi par l'IDE de coordination (Mme [[other_name:Fournier]], [[email:coordination.greffe@chu-exemple.fr]]).
* Valganciclovir arrêté chez M. [[name:Laroche]] [[name:Denis]] (CMV D+/R-) après 6 mois ; PCR CMV mensuelle jusqu'en [[date_month:juin]].
- Prograf et Advagraf ne sont pas interchangeables sans contrôle du taux résiduel.
* Carte de donneur de moelle de M. [[name:Bonnet]] [[name:Hugues]] (inscrit au fichier France Greffe de Moelle, n° [[id:FGM-0884512]]) : compatible 10/10 avec un receveur inconnu.
* Cornée : prélèvement au funérarium sur M. [[name:Lacombe]] [[name:Yves]], décédé le [[date:29/11/2025]] ; sa fille [[other_name:Valérie]] a été informée au téléphone.
- Cellcept 1 g deux fois par jour, Bactrim 3 fois par semaine, valganciclovir 450 mg par jour.
* Greffe pulmonaire de Mlle [[name:Chevalier-Roy]] [[name:Clémence]], 24 ans, mucoviscidose ; appel de greffon à 2h, arrivée en taxi depuis [[address:12 chemin des Vignes]], [[postcode_city:38330 Montbonnot]].
""")

# Prison health units: UCSA/USMP, UHSI, escorts, cells, écrou numbers
ROWS.append(r"""
* USMP, maison d'arrêt : M. [[name:Lingurar]] [[name:Florin]], écrou [[id:74 215]], [[address:bât. B]], [[address:cellule 118]], abcès dentaire, extraction programmée avec escorte le [[date_partial:9/12]].
* Extraction médicale vers l'UHSI de M. [[name:Mouton]] [[name:Jordan]], écrou [[id:70981]] : escorte de niveau 3, menotté au lit, surveillance par deux agents ; ne pas lui communiquer la date.
- Consultation arrivant : dépistage tuberculose, hépatites et [[diag_hiv:VIH]] proposé, vaccinations mises à jour.
* M. [[name:Popalzai]] [[name:Noorullah]] (aussi écrit [[name:Nourollah]] [[name:Popal]]), écrou [[id:75 330]], pachto uniquement : interprète par téléphone, code d'accès [[id:ISM-88214]] ; grève de la faim depuis le [[date_partial:28 novembre]].
* Codétenu de cellule de M. [[name:Lacroix]] [[name:Steve]] ([[address:cel. 207]]) a donné l'alerte à 2h : crise convulsive, [[diag_addict:sevrage]] en benzodiazépines probable.
* UCSA : [[diag_addict:TSO]] par [[diag_addict:buprénorphine]] pour M. [[name:Dumitru]] [[name:Marian]], écrou [[id:73 644]], délivrance quotidienne en salle de soins, pas en cellule.
* Levée d'écrou de M. [[name:Sapin]] [[name:Anthony]] prévue le [[date_partial:19/12]] : ordonnance de sortie, lettre au médecin traitant (Dr [[other_name:Grosjean]], [[postcode_city:86000 Poitiers]]), hébergement au [[address:foyer Le Relais]].
- Quartier disciplinaire : visite médicale deux fois par semaine, certificat de compatibilité.
* SMPR : M. [[name:Boisseau]] [[name:Kévin]], [[diag_mental:scarifications]] des avant-bras, [[diag_mental:idées suicidaires]] depuis le parloir annulé ; [[address:cellule 04]] du [[address:quartier arrivants]], surveillance rapprochée.
* Parloir de Mme [[other_name:Dumitru]] [[other_name:Ionela]], épouse du patient : elle apporte ses lunettes ; la carte de mutuelle est au nom de [[other_name:Dumitru I.]].
* UHSI, chambre 6 : M. [[name:Ouattara]] [[name:Souleymane]], écrou [[id:71 098]], maison d'arrêt de Fresnes, chirurgie de hernie inguinale, retour en détention prévu à J2.
- Escortes : prévoir le fourgon avant 7h30, consultation à 8h, retour impératif avant 12h.
* Certificat de compatibilité avec la garde à vue de Mlle [[name:Căldărar]] [[name:Mirela]], 17 ans, réquisition n° [[id:2025/004471]] : compatible, [[diag_preg:enceinte]] de 20 [[diag_preg:SA]] selon ses dires.
* Centre de rétention administrative : M. [[name:Hussaini]] [[name:Ahmad Shah]], né le [[date:01/01/2001]] (date déclarée), [[diag_mental:état de stress post-traumatique]], avis médical à l'OFII.
* CP de Lannemezan, USMP : M. [[name:Marquis]] [[name:Fabien]], écrou [[id:7845]], hépatite C, traitement par sofosbuvir-velpatasvir débuté le [[date_partial:1er décembre]].
- Distribution des traitements en cellule le lundi et le jeudi, piluliers hebdomadaires.
* Permis de visite médicale pour le père de M. [[name:Lecomte]] [[name:Dylan]] (M. [[other_name:Lecomte]] [[other_name:Patrice]]) à l'UHSI ; le juge d'application des peines a donné son accord.
* Grève de la faim, J12 : M. [[name:Tesfaye]] [[name:Yonas]], érythréen, poids 58 kg (-7 kg), ionogramme normal ; interprète en tigrinya (Mme [[other_name:Haile]]) présente.
""")

# Migrants' health: PASS, AME, interpreters by phone, one name in several spellings
ROWS.append(r"""
* PASS : M. [[name:Mohammadi]] [[name:Abdul Wahid]] (carte AME au nom de [[name:Mohamadi Abdoul Wahed]]), né le [[date:01/01/1996]], afghan, domicilié au CCAS ; dossier PASS n° [[id:PASS-25-2207]].
* Interprète par téléphone (ISM, tamoul, code [[id:T-4471]]) pour Mme [[name:Kanagaratnam]] [[name:Thulasi]], 63 ans : douleurs thoraciques depuis trois jours, troponine normale.
- AME : demande à renouveler chaque année à la CPAM, trois mois de résidence en France requis.
* M. [[name:Ba]] [[name:Alassane]] (peul, parle pulaar et un peu de wolof) : son neveu ([[other_name:Djibril Ba]], [[phone:07 51 92 30 48]]) traduit ; tuberculose ganglionnaire, traitement par le CLAT.
* Mme [[name:Rostas]] [[name:Florica]] (nom écrit [[name:Rostaş]] sur le passeport roumain), [[diag_preg:enceinte]] de 22 [[diag_preg:SA]], première consultation, vit en [[address:bidonville route de Vienne]] ; médiatrice santé : Mme [[other_name:Mihai]].
* PASS dentaire : M. [[name:Al-Shami]] [[name:Mahmoud]] (passeport syrien [[id:N012447813]]), extraction de la 36 ; rendez-vous de contrôle le [[date_partial:16/12]].
* Mineur non accompagné : [[name:Wardak]] [[name:Samiullah]], âge déclaré 16 ans, examen osseux refusé ; éducatrice de l'ASE (Mme [[other_name:Legay]], [[phone:01 70 38 55 12]]).
- Interprétariat professionnel par téléphone : composer le numéro du service, donner la langue et le code de l'établissement.
* La patiente dit s'appeler « [[name:Fatou]] » mais ses papiers indiquent [[name:Fatoumata]] [[name:Diakité]] ; même date de naissance, même adresse ([[address:hôtel social Les Lilas, chambre 214]]).
* Mme [[name:Bibi]] [[name:Gul]] (ou [[name:Gul Bibi]] selon l'ordre), 50 ans, pachtoune, diabète découvert (HbA1c 11,2 %), interprète au téléphone, époux [[other_name:Zalmay]] présent.
* Certificat pour l'OFPRA : M. [[name:Kidane]] [[name:Berhane]], cicatrices linéaires du dos compatibles avec les sévices décrits (Libye, [[date_partial:2022]]) ; n° de dossier OFPRA [[id:2025-11-09874]].
* Réfugié soudanais, M. [[name:Abdalla]] [[name:Osman]] ([[name:Abdallah Othman]] sur la carte de séjour) : paludisme à falciparum, atovaquone-proguanil ; hébergé au [[address:CADA de la rue Jules-Ferry, chambre 9]].
- Bilan de santé des primo-arrivants : sérologies, radiographie de thorax, vaccinations, examen bucco-dentaire.
* Mme [[name:Sylla]] [[name:Hawa]] n'a pas de téléphone : joindre sa voisine Mme [[other_name:Bangoura]] au [[phone:06 94 20 17 35]] ; AME n° [[id:2511-0447-93]] en cours.
* [[name:Nourzaï]] / [[name:Noorzai]] / [[name:Nurzay]] [[name:Khalil]] : trois dossiers ouverts pour la même personne aux urgences, fusion demandée à l'identitovigilance.
* M. [[name:Moldovan]] [[name:Costel]], rom de Roumanie, brûlure de la main (poêle à bois) ; sa sœur ([[other_name:Lăcrămioara]]) dit qu'il est né en [[date_partial:87]].
* Consultation PASS du [[date_partial:3 décembre]] : Mme [[name:Sivarajah]] [[name:Ranjini]], HTA à 18/10, pas de traitement depuis son départ de Colombo ; interprète tamoul indisponible, son fils traduit.
""")
# Long discharge letters in one cell: header, paragraphs, signature, copies
ROWS.append(r"""
* CENTRE HOSPITALIER DE VIERZON - Service de médecine polyvalente - Dr [[other_name:F. Lemoine]]. Vierzon, le [[date:05/12/2025]]. Cher confrère, j'ai hospitalisé du [[date_partial:26/11]] au [[date_partial:4/12]] Mme [[name:Jacquet]] [[name:Rose]], née le [[date:11/02/1938]], demeurant [[address:7 rue des Forges]], [[postcode_city:18100 Vierzon]], pour une pyélonéphrite. Évolution favorable sous ceftriaxone. Sortie à domicile avec son fils. Bien confraternellement. Copie : Dr [[other_name:Pottier]] (médecin traitant), IDE Mme [[other_name:Gaillard]].
* Objet : compte rendu d'hospitalisation de M. [[name:Fontaine]] [[name:Lucien]] (IPP [[id:{ipp}]], NDA [[id:25111207]]). Motif : chute avec fracture du col fémoral droit. Antécédents : HTA, FA sous apixaban. Histoire : le patient, veuf, vit seul au [[address:2e étage]] sans ascenseur. Conclusion : retour en SMR à [[address:Résidence Le Verger]]. Dr [[other_name:Nadia Chérifi]], chef de clinique.
- Conclusion : insuffisance cardiaque à FEVG préservée décompensée sur passage en FA rapide, amélioration sous diurétiques, traitement de sortie inchangé sauf le furosémide porté à 40 mg.
* Madame, Monsieur, veuillez trouver le résumé du séjour de M. [[name:Lepetit]] [[name:Jean-Pierre]], 74 ans, admis par les urgences le [[date_partial:20 novembre]]. [...] Il rentre chez lui, [[address:hameau de la Motte]], [[postcode_city:36200 Argenton-sur-Creuse]], avec passage de l'IDE ([[phone:02 54 24 66 81]]) matin et soir. Signé : Dr [[other_name:Hervé Baudin]]. Copie à : M. [[other_name:Lepetit]] [[other_name:Franck]] (fils).
* Lettre de sortie, psychiatrie : Mme [[name:Laurent]] [[name:Claude]] est sortie le [[date_partial:2/12]] après 5 semaines pour un épisode [[diag_mental:dépressif]] sévère ; traitement : [[diag_mental:venlafaxine]] 225 mg, [[diag_mental:quétiapine]] 50 mg au coucher. RDV au CMP le [[date_partial:12/12]] avec le Dr [[other_name:Rolland]].
* Réf. : [[name:GARNIER]] [[name:Marie]] / né(e) le [[date:30/06/1951]] / séjour [[id:2025-H-41177]]. Cher ami, merci de m'avoir adressé ta patiente. L'IRM confirme un méningiome frontal de 22 mm. Je la revois dans 6 mois avec une IRM. Amitiés, [[other_name:Philippe]]. PJ : CR d'IRM. Cc : Dr [[other_name:Amiel]], Saint-Malo.
- Traitement de sortie : bisoprolol 2,5 mg le matin, apixaban 5 mg matin et soir, atorvastatine 40 mg le soir ; arrêt de l'amiodarone.
* Courrier de sortie de néonatologie : [[name:Renaud]] [[name:Pierre]], né le [[date:15/10/2025]] à 30 [[diag_preg:SA]], sort le [[date:03/12/2025]] à 2380 g ; suivi par la PMI de Blois et le réseau de périnatalité (référente Mme [[other_name:Delorme]]). Parents : [[other_name:Clara]] et [[other_name:Benoît Renaud]].
* Compte rendu opératoire dicté : patient [[name:Perdrix]] [[name:Maurice]], opérateur Dr [[other_name:Kerbrat]], aide Dr [[other_name:Yildiz]], IBODE [[other_name:Sandrine]] ; cholécystectomie cœlioscopique, pas de drain. Date : [[date:27/11/2025]].
- Suites simples, ablation des agrafes à J10 par l'IDE, reprise du travail à 3 semaines.
* Destinataires : Dr [[other_name:Morin]] (MT), Dr [[other_name:Sabri]] (cardiologue), patient ([[address:14 allée des Peupliers]], [[postcode_city:45160 Olivet]]). Objet : M. [[name:Geai]] [[name:Roland]], né le [[date:04/04/1947]]. Coronarographie du [[date_partial:1er décembre]] : sténose de l'IVA traitée par un stent actif.
* LETTRE DE LIAISON - Sortie du [[date:04/12/2025]] - Patient : Mme [[name:DE SAINT-JUST]] [[name:Aliénor]], [[nir:{nir:2 41 09 75 114 026}]] - Personne de confiance : M. [[other_name:de Saint-Just]] [[other_name:Amaury]] ([[phone:06 81 40 22 57]]) - Mode de sortie : domicile.
* Je vous remercie de recevoir en consultation Mme [[name:Lion]] [[name:Aurélie]], 33 ans, que je suis pour une [[diag_sti:syphilis]] secondaire traitée le [[date_partial:18/11]] ; son partenaire (M. [[other_name:Vasseur]]) a été traité. Confraternellement, Dr [[other_name:Aubry]], CeGIDD.
""")

# Spreadsheet rows pasted into a comment (cells by semicolons, commas or runs of spaces)
ROWS.append(r"""
* [[name:PINSON]];[[name:Rose]];[[date:12/04/1956]];[[phone:0612457809]];cs cardio;[[date:09/12/2025]];ok
* [[name:LECOQ]] ; [[name:Jean]] ; [[date:03/03/1941]] ; [[address:12 rue Nationale]] ; [[postcode_city:37000]] ; [[postcode_city:TOURS]] ; HDJ
* Liste de garde : [[name:BONNET]] [[name:Marie]]   lit 12   [[date:05/12/2025]]   retour domicile ; [[name:MOUTON]] [[name:Julien]]   lit 14   transfert SMR
* Export planning : [[date_partial:09/12]];08h30;[[name:AVRIL]] [[name:Jade]];IRM genou;Dr [[other_name:JANVIER]];confirmé par SMS
- Colonne A : n° de lit ; colonne B : service ; colonne C : date d'entrée ; colonne D : mode de sortie.
* NOM,PRENOM,DDN,TEL : [[name:Marin]],[[name:Claude]],[[date:1958-02-17]],[[phone:+33 6 45 19 82 07]]
* Tableau des visites : lun. [[date_partial:8]] : M. [[name:Merle]] (pansement) ; mar. [[date_partial:9]] : Mme [[name:Poisson]] (INR) ; mer. [[date_partial:10]] : M. [[name:Page]] (injection)
- Lit;Service;Statut;Entrée;Sortie prévue : 12;Cardio;occupé;J-3;J+2.
* [[id:{ipp}]] / MME [[name:JARDIN]] [[name:ROSE]] / [[date:14/02/1949]] / CHIR VISC / SORTIE [[date_partial:05/12]]
* Patients du jour (copié du tableur) : [[name:Sow]] [[name:Aminata]] - 08h00 - bilan ; [[name:Noël]] [[name:Pierre]] - 08h30 - écho ; [[name:Carré]] [[name:Jade]] - 09h00 - ECG
* [[name:BARON]] [[name:CLAUDE]] ; [[nir:{nir:1 52 07 36 044 118}]] ; MUTUELLE MGEN ; [[id:MGEN 0118472951]] ; tiers payant OK
* Relevé de chambres : 101 [[name:Lièvre]] / 102 vide / 103 [[name:Cadet]] [[name:Marius]] / 104 [[name:Fontaine]] [[name:Jade]] (isolement contact)
- Total : 24 lits, 21 occupés, 2 sorties prévues, 1 entrée programmée.
* Suivi INR (tableur de l'IDE) : [[date:01/12/2025]] ; 2,4 ; [[date:04/12/2025]] ; 3,1 ; patient [[name:Meunier]] [[name:Alain]] ; prochaine le [[date_partial:08/12]]
""")
# Heavy typos, missing accents, two-digit years, speech-to-text artefacts
ROWS.append(r"""
* pt [[name:lecoq]] [[name:jean]] vu ce jour, ne le [[date:3/4/41]], tjrs douleur genou g, voir ortho, fille ([[other_name:nathalie]]) appelera demain
* mme [[name:fontaine]] [[name:rose]] tel [[phone:06 12 45 78 09]] rapelée pr rdv du [[date_partial:12/12]] ok confirme
* rdv anulé par la patiente mme [[name:poisson]], reporté au [[date:8/1/26]] a 14h, prevenir dr [[other_name:lemoine]]
- patient vu ce jour pr renouvellement ordo, ta 14/8, pas de plainte, a revoir ds 3 mois
* Madame [[name:Pinson]] virgule née le [[date:douze avril mille neuf cent cinquante-six]] virgule est revue ce jour point à la ligne
* dicté : monsieur [[name:le coq]] [[name:jean-claude]] euh pardon [[name:lecoq]] [[name:jean-claude]] consultation de suivi de son diabète
* Compte rendu dicté : « patiente [[name:Marie]] [[name:Carré]] ouvrez les guillemets carré comme le carré fermez les guillemets née en [[date_partial:cinquante-huit]] »
* MR [[name:MOUTON]] [[name:CLAUDE]] NE LE [[date:17/02/58]] ADRESSE [[address:12 RUE DU FOUR]] [[postcode_city:72000 LE MANS]] HOSPITALISE LE [[date:02/12/25]]
* mr [[name:merle]] sortie prevu le [[date_partial:5]], femme ([[other_name:josiane]]) vient le chercher vers 14h, ordo + lettre donne
- ecbu du 3 : e coli multi sensible, amox 1g x3 7j
* Vu Mme [[name:Avril]] le [[date:4/12/25]] : ATCD de [[diag_mental:depression]] en [[date_partial:98]], [[diag_mental:TS]] en [[date_partial:02]] par [[diag_mental:IMV]], suivie au CMP jusqu'en [[date_partial:05]]
* [[name:Sapin]] [[name:Jade]] née le [[date:01/09/99]], dit etre [[diag_preg:enceite]] de 2 mois, a fait un test, [[diag_repro:pilulle]] arretée en [[date_month:aout]]
* tél de la fille de mme [[name:Lièvre]] ([[other_name:sandrine]]) : [[phone:zéro six douze trente-quatre cinquante-six soixante-dix-huit]]
* Mr [[name:Baron]] [[name:Pierre]] vu en consulation d'adictologie pr [[diag_addict:alccol]], 6 verres/j, souhaite un [[diag_addict:sevrage]], rdv le [[date_partial:10/12]]
* dictée vocale : madame [[name:jardin]] comme le jardin [[name:annick]] adresse [[address:douze rue des lilas]] [[postcode_city:Tours]] téléphone [[phone:zéro deux quarante-sept vingt et un trente-trois dix]]
- la pt a bien recu les consignes pr l'intervention du lendemain, a jeun a partir de minuit
* rendez vous du [[date_partial:neuf décembre]] de monsieur [[name:noël]] [[name:bernard]] avancé au [[date_partial:huit]] à la demande du docteur [[other_name:page]]
* Mme [[name:Cadet]] (ne [[name:Ba]]) [[name:Khady]] : hospitalisation en [[date_partial:12]] pr pneumopathie, puis en [[date_partial:19]] pour chute
* pnt tjs confus ce soir, a appelé sa femme [[other_name:Colette]] 3 fois, ne reconnait pas sa chmbre, IDE [[other_name:Sophie]] prevenue
* [[name:Rivere]] [[name:Claudine]] (sic, = [[name:Rivière]]) : dossier en double, fusion faite le [[date:02/12/25]]
* NE PAS DONNER D'INFO A MR [[other_name:LACROIX]] [[other_name:STEVE]] (EX CONJOINT) SUR MME [[name:LACROIX]] [[name:AURORE]] - DEMANDE DE LA PATIENTE DU [[date:28/11/25]]
- pas d'allergie connue, pas de ttt au long cours, vaccins a jour selon carnet
* Madame [[name:Lamour]] point virgule [[name:Claire]] trois enfants point nouvelle ligne consultation le [[date:vingt-sept novembre deux mille vingt-cinq]]
* msg laissé a M. [[name:Marquis]] sur repondeur ([[phone:06.81.22.74.09]]) pr resultat bio, rappeler svp
* mme [[name:ndiaye]] [[name:aissatou]] nee en [[date_partial:64]] a dakar, vit a paris 18e chez sa fille [[other_name:fatou]]
""")
# Label-free look-alikes: genes, eponyms, drugs, devices, scores, lab values, words that are surnames
ROWS.append(r"""
- BRCA1 et BRCA2 négatifs, pas de variante dans TP53 ni dans PTEN ; risque résiduel évalué par BOADICEA à 18 %.
- Variante c.1521_1523delCTT (p.Phe508del) du gène CFTR, classée pathogène.
- Caryotype 47,XXY : syndrome de Klinefelter, orientation en endocrinologie.
- Trisomie 21 libre et homogène, 47,XY,+21 sur 30 mitoses.
- Syndrome de Turner en mosaïque, 45,X/46,XX, taille à -2,5 DS.
- Microdélétion 22q11.2 (syndrome de DiGeorge), calcémie à surveiller.
- Maladie de Charcot-Marie-Tooth de type 1A, duplication PMP22.
- Syndrome d'Ehlers-Danlos hypermobile : score de Beighton à 7/9.
- Maladie de Willebrand de type 1, facteur VIII à 42 %, desmopressine avant la chirurgie.
- Syndrome de Gilbert : bilirubine libre à 34 µmol/L, bilan hépatique normal par ailleurs.
- Maladie de Wilson : céruloplasmine basse, anneau de Kayser-Fleischer à la lampe à fente.
- Anémie de Fanconi exclue, test de cassures chromosomiques normal.
- HLA-B27 positif, sacro-iliite bilatérale à l'IRM.
- HLA-B*57:01 négatif : [[diag_hiv:abacavir]] possible si besoin.
- Groupe A Rhésus négatif, RAI négatives, Kell négatif.
- Test de Kleihauer négatif après le choc abdominal.
- Score d'Apgar à 10 à 5 minutes, pas de réanimation.
- Score de Silverman à 2, geignement intermittent, surveillance en néonatologie.
- Score de Finnegan à 4, pas de traitement, réévaluation toutes les 4 heures.
- Poids de naissance au 50e percentile, taille au 25e, périmètre crânien au 40e.
- Échographie du deuxième trimestre : biométries au 30e percentile, liquide amniotique normal.
- Manœuvre de Mauriceau, puis de Bracht pour le dégagement du siège.
- Forceps de Suzor, épisiotomie médio-latérale droite, suture en deux plans.
- Ventouse Kiwi pour défaut d'expulsion, nouveau-né en bonne santé.
- Ballonnet de Bakri posé, 400 mL de sérum, saignement contrôlé.
- Prograf 2 mg matin et soir, taux résiduel à 9,4 ng/mL.
- Simulect à J0 et J4, puis Thymoglobuline non nécessaire.
- Everolimus introduit à la place du mycophénolate, protéinurie à surveiller.
- DFG à 48 mL/min/1,73 m2 à 3 mois de la greffe, créatinine à 128 µmol/L.
- Score de Maastricht : catégorie III, prélèvement possible selon le protocole national.
- Perfusion des greffons rénaux sur machine LifePort, résistances à 0,22.
- Ischémie froide de 14 heures, ischémie chaude de 28 minutes.
- Score MELD à 28, priorité sur la liste nationale, score foie à 960.
- Cross-match en cytométrie négatif, anticorps anti-HLA sans DSA.
- Trithérapie immunosuppressive : tacrolimus, mycophénolate mofétil, prednisone.
- Les cellules du quartier arrivants sont repeintes ; transfert temporaire au bâtiment C.
- Le fourgon cellulaire est arrivé à 8h10, consultation d'ophtalmologie à 8h30.
- Fouille à corps réalisée avant la consultation, hors de la présence des soignants.
- Les menottes sont retirées pour l'examen à la demande du médecin, deux agents restent dans la pièce.
- La cantine de la maison d'arrêt vend du sucre et des biscuits ; conseils diététiques donnés.
- AME, CSS et PUMa : trois régimes de prise en charge, le premier pour les personnes sans titre de séjour.
- Interprète en pachto, dari, tigrinya, tamoul et wolof disponibles par téléphone de 8h à 20h.
- La PASS ouvre du lundi au vendredi de 9h à 17h, sans rendez-vous le matin.
- Plaquette d'information traduite en arabe, en anglais, en roumain et en dari.
- Pierre de 8 mm de l'uretère pelvien, sonde JJ posée, lithotritie dans 3 semaines.
- Calcul de 12 mm au bassinet, urétéroscopie souple programmée.
- La pierre tombale du cimetière a été déplacée par la commune ; la famille est prévenue.
- Le jardin thérapeutique est ouvert aux patients du service de 14h à 17h.
- Un merle a fait son nid sur le rebord de la fenêtre de la salle de soins.
- Le poisson du vendredi est remplacé par une omelette pour les patients allergiques.
- Le sapin de Noël du hall est installé ; les guirlandes électriques sont vérifiées par le service technique.
- Le lion en peluche oublié en pédiatrie est au bureau des objets trouvés.
- Atelier cuisine : une caille aux raisins préparée par l'ergothérapeute et trois patients.
- Mouton à cinq pattes : un CGR O négatif irradié et phénotypé pour un nourrisson.
- Fièvre à 38,5 depuis 48 heures, CRP à 112 mg/L, PCT à 0,8 µg/L.
- Hémoglobine à 7,8 g/dL, 2 CGR transfusés, contrôle à 9,1.
- Ferritine à 12 µg/L, coefficient de saturation à 8 %, carboxymaltose ferrique 1 g.
- Glycémie capillaire à 0,52 g/L, resucrage avec 15 g de sucre, contrôle à 1,08.
- Kaliémie à 6,1 mmol/L, ECG sans onde T ample, Kayexalate 15 g.
- TSH à 8,4 mUI/L, T4 libre normale, contrôle dans 6 semaines.
- HbA1c à 7,2 %, objectif atteint, pas de changement de traitement.
- Test de Guthrie fait à J3, résultat envoyé à la PMI.
- Vaccin hexavalent à 2, 4 et 11 mois, pneumocoque aux mêmes dates.
- Clamp de Barr et clamp de Bogota : deux dispositifs différents, ne pas confondre.
- Sonde de Foley Ch 14, ballonnet à 10 mL, urines claires.
- Cathéter de Swan-Ganz retiré à J2, pression capillaire à 14 mmHg.
- Filtre cave posé par voie jugulaire, retrait à prévoir à 3 mois.
- Classification de Child-Pugh, score de Glasgow, échelle de Braden : à coter à l'entrée.
- Manœuvre de Léopold : présentation céphalique, dos à gauche.
- Critères d'Amsterdam II remplis : trois apparentés atteints sur deux générations.
- Syndrome de Li-Fraumeni : IRM corps entier annuelle dès l'enfance.
- Maladie de Steinert de type 1, 450 répétitions CTG.
- Syndrome de Prader-Willi par disomie uniparentale maternelle.
- Syndrome d'Angelman : délétion 15q11-q13 d'origine maternelle.
- Les papiers de l'OFPRA et de l'OFII sont à la domiciliation, pas à l'hôpital.
- Sofosbuvir-velpatasvir 12 semaines, charge virale indétectable à S4.
- [[diag_hiv:Dolutégravir]] et rifampicine : doubler la dose de [[diag_hiv:dolutégravir]] pendant la tuberculose.
- Quantiféron positif, radiographie normale, traitement de l'infection latente par rifampicine 4 mois.
- Greffon de 1420 g, anastomose cave en piggy-back, biliaire cholédoco-cholédocienne.
- Pression artérielle 16/9 à droite, 15/9 à gauche, fond d'œil normal.
- Version 2.1 du dossier de liaison d'urgence, mise à jour le mois dernier.
- 12 patients en attente de greffe rénale dans le service, dont 3 hyperimmunisés.
""")
# More of each register: initials, nicknames, particles, hyphens, first names that are words
ROWS.append(r"""
* Mme [[name:de la Rivière]] [[name:Marie-Rose]], 41 ans, [[diag_preg:grossesse]] obtenue par [[diag_repro:FIV]] ; variante BRCA2 connue chez son père (M. [[other_name:de la Rivière]] [[other_name:Charles]]), DPN non souhaité.
* Le conjoint de Mme [[name:Lebrun-Pasteur]] [[name:Anne-Claude]], M. [[other_name:Pasteur]] [[other_name:Olivier]], demande le résultat par téléphone : refusé sans l'accord écrit de la patiente.
* M. [[name:J.-P.]] [[name:Lemaître]], dit « [[name:Pépé]] » dans l'unité, détenu, écrou [[id:69 447]], transféré à l'UHSI pour une pneumopathie ; fils [[other_name:Kevin]] prévenu par le SPIP.
* Bébé [[name:Pierre]] [[name:Claude]] (prénom [[name:Pierre]], nom [[name:Claude]]), né le [[date_partial:2/12]] ; mère Mme [[other_name:Claude]] [[other_name:Marie]] ; attention, homonymie avec un autre bébé [[other_name:Claude]] du service.
* Mme [[name:B.]] [[name:Rose]] (initiale seule sur le bracelet du centre de rétention), 38 ans, congolaise, douleurs abdominales, β-HCG négatif.
* Donneur vivant de rein : M. [[other_name:Dubois-Lemaire]] [[other_name:Jean-Louis]], père de la receveuse [[name:Dubois-Lemaire]] [[name:Jade]], 19 ans ; consultation d'anesthésie le [[date_partial:15 décembre]].
* M. [[name:N'Diaye]] [[name:Serigne Modou]] (aussi [[name:Ndiaye]] [[name:Serigne Mouhamadou]]) : greffe rénale en [[date_partial:2016]] à Dakar, suivi repris ici, créatinine 145.
* La sage-femme de PMI (Mme [[other_name:Lacroix-Vidal]], [[email:m.lacroix-vidal@departement.fr]]) suit Mme [[name:Jade]] [[name:Lopes]], 17 ans, [[diag_preg:enceinte]] de 26 [[diag_preg:SA]], hébergée chez sa tante à [[address:Résidence Les Tilleuls, bât. C, appt 42]].
* Remboursement du séjour de Mme [[name:Marquis]] [[name:Claudette]] : virement sur [[iban:{iban:30002 00550 0000157845Z 02}]] au nom de sa fille, Mme [[other_name:Vidal]] [[other_name:Marion]].
* Dr [[other_name:Laforêt]] (RPPS [[rpps:{rpps:1000519836}]]), généticien, au Dr [[other_name:Marin]] : votre patient M. [[name:Pinson]] [[name:Gaston]] ne porte pas la variante familiale.
* [[address:Cellule 212]], [[address:bât. A]] : M. [[name:Loup]] [[name:Jimmy]], 22 ans, [[diag_addict:héroïne]] jusqu'à l'incarcération, [[diag_addict:méthadone]] 60 mg, [[diag_hiv:PrEP]] arrêtée à l'entrée.
* Famille [[name:Hoxha]] : M. [[name:Hoxha]] [[name:Arben]] et Mme [[other_name:Hoxha]] [[other_name:Drita]], kosovars, PASS ; leurs jumelles [[other_name:Elira]] et [[other_name:Erza]], 3 ans, vaccinations à rattraper.
* Mme [[name:Lemoine]] [[name:Jade-Marie]] (nom de naissance [[name:Perrin]]), 35 ans, [[diag_repro:AMP]] pour [[diag_repro:infertilité]] masculine, don de sperme ; le couple est suivi au CECOS.
* Lettre de sortie de Mme [[name:Dieu]] [[name:Claire]] (oui, c'est son nom), [[address:5 place de l'Église]], [[postcode_city:19100 Brive-la-Gaillarde]] : pose de pacemaker le [[date:30/11/2025]], contrôle à 1 mois.
* M. [[name:Bœuf]] [[name:Albert]], 84 ans, FINESS de son EHPAD [[finess:{finess:19000471}]], retourne à l'[[address:EHPAD Les Jardins de Corrèze]], [[address:chambre 31]].
* Néonatologie : la grand-mère maternelle de [[name:Lina]] [[name:Sivakumar]] (Mme [[other_name:Parameswaran]]) reste la nuit ; la mère ([[other_name:Anitha]]) est en réanimation après sa [[diag_preg:césarienne]].
* Greffe de moelle allogénique de M. [[name:Lefebvre-Roy]] [[name:Claude]], donneur : son frère [[other_name:Pierre-Yves]], compatibilité 10/10, conditionnement à partir du [[date_partial:8/12]].
* Mme [[name:Printemps]] [[name:Rose]], 88 ans, décédée le [[date:04/12/2025]] ; prélèvement de cornées accepté par sa fille (Mme [[other_name:Printemps-Aubert]] [[other_name:Claire]]).
* Mlle [[name:Hiver]] [[name:Jade]], 16 ans, venue seule à la consultation de [[diag_repro:contraception]] : [[diag_repro:implant]] posé, secret demandé vis-à-vis des parents.
* L'interprète wolof (M. [[other_name:Seck]]) traduit pour Mme [[name:Fall]] [[name:Ndèye Coumba]] : DDR [[date_partial:début octobre]], [[diag_preg:grossesse]] non désirée, demande d'[[diag_repro:IVG]].
* M. [[name:Ahmadi]] [[name:Rahmatullah]], alias « [[name:Rahmat]] », né le [[date:01/01/1990]] à Jalalabad, écrou [[id:76 002]] : tuberculose pulmonaire, isolement en [[address:cellule 12]].
* Appel du SPIP pour M. [[name:Pigeon]] [[name:Dimitri]] : sortie en aménagement de peine le [[date_partial:22/12]], adresse d'hébergement [[address:14 rue Voltaire]], [[postcode_city:44000 Nantes]].
* Courrier au Dr [[other_name:Marie]] [[other_name:Pierre]] (oui, [[other_name:Marie Pierre]], généraliste à Dinan) concernant Mme [[name:Rose]] [[name:Claude]], 66 ans, suivie pour une hémochromatose.
* Mme [[name:Lamarque]] [[name:Solange]], 79 ans : ses deux filles, [[other_name:Claude]] et [[other_name:Dominique]], se disputent la personne de confiance ; la patiente désigne [[other_name:Dominique]].
* ATCD familiaux (copiés de la fiche) : père [[other_name:Roger]] IDM à 52, mère [[other_name:Ginette]] DT2, frère [[other_name:Alain]] né en [[date_partial:63]] colon à 49.
* Jumelles [[name:Merle]] : [[name:Rose]] (J1, 2600 g) et [[other_name:Jade]] (J2, 2410 g), nées le [[date:01/12/2025]] ; la maman, Mme [[other_name:Merle]] [[other_name:Élise]], sort le [[date_partial:5/12]].
* Mme [[name:Tamba]] [[name:Gloria]] ne connaît pas sa date de naissance (« vers [[date_partial:1980]] ») ; l'OFII a retenu le [[date:31/12/1980]].
* Transplantée rénale, Mme [[name:Bonheur]] [[name:Pierrette]] : taux de tacrolimus à 3,1 (trop bas), oubli de la prise du soir depuis le [[date_partial:1er décembre]] ; éducation par l'IDE [[other_name:Jade]].
* M. [[name:Sergent]] [[name:Pierre]], sergent-chef à la retraite, né le [[date:09/09/1950]], consultation de génétique pour une polykystose rénale familiale (ADPKD).
""")
ROWS.append(r"""
- Polykystose rénale autosomique dominante : gène PKD1, tolvaptan discuté à partir de 18 ans.
- Consultation d'annonce d'un diagnostic génétique : 45 minutes, avec la conseillère en génétique.
- Le conseiller en génétique ne prescrit pas, il accompagne et informe les apparentés.
- Bracelet d'identification posé en salle de naissance, vérifié à chaque soin.
- Le lactarium collecte le lait des mères donneuses deux fois par semaine.
- Peau à peau en salle de [[diag_preg:césarienne]] si l'état de l'enfant le permet.
- Le père peut rester la nuit en chambre individuelle, lit d'appoint fourni.
- Couveuse n° 4 en panne, remplacée par la couveuse de transport.
- Les parents sont accueillis 24 heures sur 24 en néonatologie.
- Fin de la surveillance des jumeaux en néonatologie, retour en maternité.
- Photothérapie intensive 6 heures, bilirubine en baisse de 30 µmol/L.
- Le registre national des refus est consulté avant tout prélèvement.
- Le coordonnateur de prélèvement d'organes est joignable 24 heures sur 24.
- Glacière de transport à 4 °C, greffon rénal droit, départ en TGV à 6h02.
- Le juge d'application des peines, le SPIP et l'USMP se réunissent une fois par mois.
- Le parloir familial est fermé cette semaine pour travaux.
- Le médecin de l'USMP ne rédige pas de certificat pour la commission de discipline.
- Taxi pour la PASS : bon de transport non remboursé sans droits ouverts.
- L'assistante sociale de la PASS reçoit sans rendez-vous le mardi après-midi.
- Traduction du compte rendu en anglais pour le patient, copie dans le dossier.
- Le livret d'accueil est disponible en douze langues à l'accueil des urgences.
- Reins en fer à cheval à l'échographie, pas de dilatation.
- Rein unique congénital, surveillance de la tension et de la protéinurie.
- Canal artériel perméable, ibuprofène IV trois doses, fermeture à l'échographie de contrôle.
- Entérocolite ulcéronécrosante stade II de Bell, mise à jeun, antibiothérapie.
""")

SET = HandSet("heldout24", "twenty-fourth", ROWS, HEADER_NOTE, "24")

if __name__ == "__main__":
    SET.main(__doc__)
