#!/usr/bin/env python3
"""The twenty-eighth hand set of labeled rows ("heldout28", issue 10).

  heldout28_corpus.py --write      write heldout28_rows_{dev,frozen}.txt
  heldout28_corpus.py --check      exit 1 if those files differ from what
                                   this script writes (make scrub-heldout)
  heldout28_corpus.py --lint       the writer's check, before the split

The rows below were typed by hand by the helper heldout28 (thirty-fourth
pass), who did not read the detectors (src/, include/, conf/) nor any
scrubber output while typing.  Read: the helpers' brief; handset.py's
docstring and HandSet class; heldout27_corpus.py's docstring, first five
blocks and last block (the frame and the label widths); the docstrings of
heldout13..heldout27 and the Makefile's genre lines (only to choose
registers and name origins none of them has); the head of eval.py (kinds,
POLICY_WORDS); docs/scrub.md's "Held-out corpus" opening, "Conventions
left as they are" and the heldout27 section; a grep of the earlier dev
halves for how guardianship (tutelle, curatelle) rows, GPS positions,
`allaitement` and TPHA were labelled.

The genres are registers none of the twenty-seven sets gives a block to:
the legal protection of adults (tutelle, curatelle, sauvegarde de justice,
family authorisation, the MJPM's letters, the listed doctor's detailed
certificate, the judge's hearing and its RG number); disability and
medico-social services (CAMSP, SESSAD, IME, ESAT, MAS, FAM, the CDAPH's
orientation, AESH at school, educators' notes); blood donation (the
pre-donation interview, deferrals, donor numbers, apheresis, a donor's
faint, a positive marker called back); spa cures (cure thermale: the
prescription, the curist's stay, the resort's doctor); mountain and outdoor
rescue (PGHM, ski patrollers, avalanches, hunting and canyoning accidents,
the helicopter's logs); sickle-cell disease and haemophilia centres
(emergency cards, crises, exchange transfusions, factor lots); stoma and
wound care nurses; amputees and prosthetic fitting; fairground, circus and
bargemen families (the barge as a home, the fair's calendar); day nurseries
and childminders (evictions, PAI, the crèche's director); cosmetic,
tattoo and piercing complications; firefighters (the VSAV's report to the SAMU,
the SSSM's fitness visits, intervention numbers); the airport medical
service and in-flight emergencies (flights, seats, passports, a body-packer
on the customs' requisition); diabetes technology (pumps, sensors,
telemonitoring); the same genres once more as letters to a judge, English
notes, lists in capitals, SMS and dictation; and a last block of
typed-context rows, capitals and SMS, with surnames that are given names
or ordinary words.
About a third of the rows are label-free look-alikes: eponymous signs and
scores of these genres, drugs and factor concentrates, lot numbers, spa
towns and mountains used as things, court and association names, and this
set's surnames used as words (masse, petit, laurent as a saint, martin-
pêcheur, lebrun as a colour, marie in a compound).

Name sources: typed from general knowledge, no list read or downloaded:
Sino-Cambodian Teochew (Taing, Heng, Chhun, Kheng, Ly, Lim, Sok; Sopheap,
Chanthou, Vuthy), Bhutanese (Dorji, Wangmo, Tshering, Pema, Lhamo),
Pakistani Urdu and Sindhi (Qureshi, Siddiqui, Butt, Memon, Shaikh; Ayesha,
Imran, Nadeem, Sadia), Baloch (Marri, Bugti, Baloch; Gul Khan), Hazara
(Rezaei, Sultani, Akbari, Yousufi; Zahra, Sakina, Ali Reza), Oromo (Gudina,
Gemechu, Tolosa, Bekele; Chaltu, Lensa, Obsa, Lelise), Amhara (Alemu,
Tadesse, Mekonnen; Selam, Tigist, Dawit), Central African (Ngaïkoumon,
Yakété, Gbazi, Ndakala, Doko; Clarisse, Thierry), Bamiléké (Kamgang, Fotso,
Djoumessi, Nkengfack, Tchatchoua; Hermine, Blaise), Seychellois (Esparon,
Rassool, Lablache, Servina, Pillay; Marie-Ange), Bissau-Guinean (Sanha,
Có, Djaló, Mané; Nhima, Braima), Jamaican (Campbell, Samuels, Brown;
Shanice, Marlon, Delroy), Dominican (Pérez de la Rosa, Santana; Yanely,
Wilkin), Mapuche (Huenchumilla, Catrileo, Painemal; Millaray, Ayelén),
Greenlandic (Kleist, Lynge; Aqqaluk, Pipaluk, Naja), Samoan and Tongan
(Tuilagi, Fonua, Taufa, Latu, Faleolo; Sione, Losa, Mele), Maori (Ngata,
Parata; Aroha, Wiremu), Danish and Swedish (Sørensen, Lindqvist,
Bergström, Nyström; Freja, Sigrid, Anders), Ashkenazi of Paris
(Goldsztajn, Rozenberg, Szpilman, Lewkowicz; Rywka, Szmul, Hélène),
Montenegrin (Vujović, Radulović; Milica, Vesna), Kyrgyz (Asanov, Kadyrova;
Aibek, Aizhan), Turkmen (Berdiyeva, Annayev; Maral, Merdan), Flemish of the
Nord (Vandenbroucke, Verstraete, De Smet, Vanhoutte; Griet, Joris),
Libyan (Elmabrouk, Gaddour, Zwai), Druze (Zeineddine, Halabi, Abou Chakra),
Bourbonnais and Nivernais (Bonnichon, Dubost, Lafay, Perrot, Ravard,
Auclair); French surnames that are given names (Laurent, Marie, Thomas,
Bernard, Richard, Simon, Michel, Lambert, Denis, Gilles, Nicolas, Robert,
Martin) and ordinary words (Masse, Lebrun, Petit, Legros, Lenoir,
Bonnefoy, Lamouche, Boulet, Chauvin, Malet).

Everything is invented: people, homes and numbers.  Street names may be
real street names; no row is a real patient's.  The frame (row shorthand,
placeholders, what is computed, the split: rows ranked by
sha256("heldout28\\n" + row), the lower half to the dev file) is
tests/scrub/handset.py's, as heldout14's to heldout27's.

Labeling choices (the earlier sets'; new cases written here): a protected
adult's guardian, curator or MJPM is `other_name` and the association
(UDAF, ATI) stays; an RG number, a judgment's number, a donor number, a
CDAPH file, a haemophilia card number, a rescue or SDIS intervention
number, a curist's number, a passport and a prosthesis order number are
`id`; a factor concentrate's lot and a batch of blood bags stay (a batch,
not a person); a flight number and a seat stay; a
barge's name with its mooring is the family's `address`, a fair's town
alone stays; a GPS position where a victim was found is `address`; a spa
town, a ski resort and a mountain stay; a child's crèche and school stay
(as employers); a year of the person's event is `date_partial`, a
guideline's or a rule's year stays; HIV, hepatitis and syphilis markers
named as the donor's result are `diag_hiv` / `diag_sti` when positive or
named as a risk, hepatitis B and C stay; `sex between men` as a deferral
reason stays (no group of the convention); a weekday stays outside its
date; dates that are no one's (a blood drive's day, a law's date) stay.
"""
from handset import HandSet

HEADER_NOTE = """\
# Typed by hand by the helper heldout28 without reading the detectors or any scrubber output (see the script's
# docstring for what was read); invented people, homes and numbers only. NIR keys, RPPS/FINESS Luhn digits,
# IBAN check digits and IPPs written `*` are computed by the script. Split by rank of sha256("heldout28\\n" + row), lower half dev.
"""

# ------------------------------------------------------------------ rows
# Typed by genre; within one, by register.

ROWS = []
# The legal protection of adults: tutelle, curatelle, sauvegarde, the MJPM's letters, the judge
ROWS.append(r"""
* Certificat médical circonstancié rédigé par le Dr [[other_name:Bonnichon]], médecin inscrit sur la liste du procureur, pour Mme [[name:Dubost]] [[name:Germaine]], née le [[date:04/11/1936]] : altération des facultés mentales, tutelle préconisée.
* Mme [[name:Lafay]] [[name:Odette]] est sous curatelle renforcée depuis le [[date:12/09/2022]] ; curatrice : Mme [[other_name:Ravard]] (UDAF de l'Allier), [[phone:04 70 46 12 87]].
- La sauvegarde de justice médicale prend effet dès la déclaration au procureur de la République ; elle ne prive pas le patient de ses droits.
* Courrier du mandataire judiciaire, M. [[other_name:Auclair]] [[other_name:Fabrice]] (ATI 03), au sujet de M. [[name:Perrot]] [[name:Gaston]] : accord pour l'entrée en EHPAD, le devis est à adresser au [[address:12 cours Jean Jaurès]], [[postcode_city:03000 Moulins]].
* Audition de M. [[name:Qureshi]] [[name:Imran]] par le juge des contentieux de la protection le [[date_partial:15 janvier]] à 10h30, tribunal judiciaire de Montluçon, RG n° [[id:25/00412]].
- Habilitation familiale : le juge peut autoriser un proche à représenter la personne sans mesure de tutelle ni de curatelle.
* Le fils, M. [[other_name:Dorji]] [[other_name:Tshering]], a reçu l'habilitation familiale pour sa mère [[name:Dorji]] [[name:Pema]] par jugement du [[date:03/06/2025]] ; il signe les papiers de sortie.
* Tutelle aux biens et à la personne pour M. [[name:Vandenbroucke]] [[name:Joris]] ; le tuteur (Mme [[other_name:Verstraete]], MJPM libérale) refuse la vente de la maison, [[email:mjpm.verstraete@orange.fr]].
- Le certificat circonstancié est facturé 160 euros, non remboursé ; le patient ou sa famille le règle au médecin inscrit.
* Mme [[name:Lebrun]] [[name:Colette]], 82 ans, ne reconnaît plus sa fille ; demande de mesure de protection faite au parquet le [[date:18/10/2025]], audience fixée en [[date_month:février]].
* Requête en ouverture de curatelle pour M. [[name:Rezaei]] [[name:Ali Reza]], [[diag_mental:schizophrénie]] stabilisée, vit seul au [[address:8 rue des Tanneurs, appartement 21]], [[postcode_city:58000 Nevers]] ; dettes de loyer.
* Le curateur de M. [[name:Masse]] [[name:Didier]] (M. [[other_name:Legros]], UDAF) a appelé : il faut son accord écrit avant toute dépense de plus de 300 euros.
- Le juge des tutelles de Moulins a ordonné une expertise ; pas de date d'audience pour le moment.
* Mainlevée de la sauvegarde de justice pour Mme [[name:Bergström]] [[name:Sigrid]] : troubles liés à l'[[diag_addict:intoxication alcoolique]] aiguë résolus, autonome à la sortie le [[date_partial:2 décembre]].
* La tutrice de M. [[name:Gudina]] [[name:Obsa]], sa sœur Mme [[other_name:Gudina]] [[other_name:Chaltu]], demande une copie du compte rendu ; elle joint son jugement de nomination n° [[id:2024/1187]].
* Mme [[name:Bernard]] [[name:Simone]] (tutelle, Mme [[other_name:Michel]] de l'ATI) souhaite voter aux municipales : le juge ne lui a pas retiré ce droit.
- Rappel : un majeur sous tutelle consent lui-même aux soins s'il le peut ; le tuteur est informé, il n'autorise que les actes graves.
* Sauvegarde de justice déclarée au procureur le [[date:09/12/2025]] pour M. [[name:Tshering]] [[name:Karma]], 79 ans, confusion post-opératoire ; sa nièce ([[other_name:Sonam]]) gère le courrier.
* Tuteur injoignable pour M. [[name:Taing]] [[name:Vuthy]] (mesure du [[date_partial:mars 2021]]) : message laissé au [[phone:03 86 59 44 10]] et mail à [[email:accueil@udaf58.fr]].
""")
# Disability and medico-social services: CAMSP, SESSAD, IME, ESAT, MAS, FAM, CDAPH, AESH
ROWS.append(r"""
* Bilan CAMSP de [[name:Fotso]] [[name:Blaise]], né le [[date:22/07/2022]] : retard global de développement, marche à 26 mois, pas de mots ; psychomotricité une fois par semaine.
- Le CAMSP accueille les enfants de 0 à 6 ans ; l'orientation vers un SESSAD ou un IME passe par la MDPH.
* Notification CDAPH du [[date:14/05/2025]] : orientation en IME pour [[name:Kamgang]] [[name:Hermine]], 11 ans, dossier MDPH n° [[id:058-2019-04417]] ; place attendue à la rentrée.
* SESSAD : l'éducatrice ([[other_name:Griet]]) voit [[name:Djoumessi]] [[name:Yvan]] à l'école Jules-Ferry le mardi ; l'AESH, Mme [[other_name:Nkengfack]], est là 12 heures par semaine.
- Échelle de Vineland et ADOS-2 faites au CRA ; trouble du spectre de l'autisme confirmé, niveau 2.
* M. [[name:Tchatchoua]] [[name:Serge]], 34 ans, travailleur en ESAT (blanchisserie de Saint-Pourçain), [[diag_mental:trouble bipolaire]] sous [[diag_mental:lithium]] ; arrêt de travail de 15 jours.
* Résident de la MAS Les Grands Prés, [[name:Ngaïkoumon]] [[name:Thierry]], polyhandicap, gastrostomie ; hospitalisé pour pneumopathie d'inhalation le [[date_partial:9/12]].
- Le FAM dispose de 24 lits, dont 2 d'accueil temporaire ; la liste d'attente est gérée par le Conseil départemental.
* Accueil de jour au foyer de vie pour Mlle [[name:Yakété]] [[name:Clarisse]], déficience intellectuelle moyenne ; sa mère (Mme [[other_name:Yakété]]) vient la chercher à 16h30.
* L'éducateur référent de l'IME, M. [[other_name:Doko]], signale que [[name:Gbazi]] [[name:Ronald]] (13 ans) se tape la tête contre les murs depuis la rentrée ; RDV de pédopsychiatrie le [[date_partial:7 janvier]].
* PCH aide humaine accordée à M. [[name:Ndakala]] [[name:Prosper]] : 6 h par jour, service prestataire ; domicile [[address:Résidence Les Charmilles, bâtiment B, rez-de-chaussée]], [[postcode_city:03100 Montluçon]].
- Le score de Barthel est à 35 ; fauteuil roulant électrique, commande au menton.
* Réunion de synthèse à l'IME pour [[name:Marri]] [[name:Sadia]] : père ([[other_name:Gul Khan]]) présent avec l'interprète en ourdou ; projet de stage en ESAT à 16 ans abandonné.
* Dossier MDPH de M. [[name:Legros]] [[name:Benoît]] déposé le [[date:02/09/2025]], reconnaissance de la qualité de travailleur handicapé demandée ; tél. de la mère [[phone:06 82 15 47 03]].
- Orientation CDAPH : SESSAD TSA pour 5 ans, renouvelable ; transport scolaire adapté pris en charge.
- La convention avec l'ESAT prévoit un temps de soins infirmiers le jeudi après-midi.
* [[name:Bugti]] [[name:Naseem]], 8 ans, IMC spastique, injections de toxine botulique au SSR pédiatrique tous les 4 mois ; dernière le [[date_partial:28 octobre]].
* Le FAM de Lurcy-Lévis appelle : Mme [[name:Pillay]] [[name:Marie-Ange]] a fait une crise d'épilepsie de 4 min, Buccolam donné, pas de récidive.
""")
# Blood donation: the pre-donation interview, deferrals, donor numbers, apheresis, call-backs
ROWS.append(r"""
- Collecte mobile à la salle des fêtes de Vichy le 18 décembre, de 8h à 13h ; 80 donneurs attendus.
* Entretien pré-don de M. [[name:Esparon]] [[name:Kevin]], donneur n° [[id:D0384127]] : tatouage il y a 2 mois, ajourné 4 mois.
* Donneuse [[name:Lindqvist]] [[name:Freja]], [[date_partial:1991]] : malaise vagal après le don de sang total (450 mL), allongée jambes surélevées, repartie à 11h.
- Ajournement de 4 mois après un voyage en zone d'endémie palustre ; 28 jours après un séjour en zone de dengue.
* Rappel du donneur [[name:Rassool]] [[name:Yusuf]] : marqueur [[diag_hiv:VIH]] positif sur le don du [[date:27/11/2025]], contrôle demandé avant toute annonce, consultation avec le médecin de l'EFS.
* Aphérèse plaquettaire chez M. [[name:Nyström]] [[name:Anders]] : 90 minutes, paresthésies péribuccales au citrate, calcium per os.
- Depuis 2022, la question sur les rapports sexuels entre hommes n'est plus posée au don du sang.
* Donneur de plasma [[name:Lablache]] [[name:Steeve]] ([[phone:06 24 71 38 90]]) : ferritine à 9, pause de 6 mois conseillée, il reviendra en [[date_month:juin]].
* Don du [[date:05/12/2025]] de Mme [[name:Servina]] [[name:Nadia]] écarté : [[diag_sti:syphilis]] ([[diag_sti:TPHA]] positif), la donneuse est convoquée par courrier au [[address:3 impasse des Vignes]], [[postcode_city:03200 Vichy]].
- Hémoglobine minimale pour donner : 120 g/L chez la femme, 130 g/L chez l'homme.
* Mme [[name:Sørensen]] [[name:Mette]] est [[diag_preg:enceinte]] de 3 mois : pas de don pendant la [[diag_preg:grossesse]] et 6 mois après l'[[diag_preg:accouchement]].
* Le donneur [[name:Richard]] [[name:Thomas]] a reçu un traitement par [[diag_hiv:PrEP]] : ajournement de 4 mois après la dernière prise, expliqué sans jugement.
- Une poche de plaquettes détruite (rupture de la chaîne du froid), signalement qualité fait.
* Carte de donneur perdue : M. [[name:Chauvin]] [[name:Loïc]], né le [[date:13/03/1985]], nouvelle carte envoyée à [[email:loic.chauvin85@free.fr]].
* Donneuse régulière ([[name:Boulet]] [[name:Annie]], 67 ans) : 100e don fêté le [[date_partial:14 juin]], dernier don avant la limite d'âge de 71 ans.
* Ancien consommateur de [[diag_addict:drogues par voie intraveineuse]] (il y a 20 ans) : M. [[name:Lenoir]] [[name:Alain]] est exclu du don, il l'accepte mal.
* Don de plasma de M. [[name:Ravard]] [[name:Hugo]], groupe AB, donneur n° [[id:D0561170]] ; à rappeler le [[date_partial:3 mars]].
- Lot de poches triple CPD-SAGM n° 4471-B reçu, contrôle visuel conforme.
""")
# Spa cures: prescriptions, the curist's stay, the resort's doctor
ROWS.append(r"""
- Cure thermale de 18 jours, orientation rhumatologie, double orientation voies respiratoires possible à La Bourboule.
* Prescription de cure pour Mme [[name:Lambert]] [[name:Josiane]] : rhumatologie à Néris-les-Bains du [[date_partial:3]] au [[date_partial:22 mars]] ; prise en charge CPAM demandée le [[date:20/11/2025]].
* Le médecin thermal, le Dr [[other_name:Malet]], a vu M. [[name:Simon]] [[name:Robert]] à l'arrivée : gonarthrose bilatérale, pas de contre-indication aux bains.
- Contre-indications : insuffisance cardiaque décompensée, infection évolutive, cancer en cours de traitement.
* Curiste hébergée à la résidence du parc : Mme [[name:Kleist]] [[name:Naja]], [[diag_mental:dépression]] traitée par [[diag_mental:venlafaxine]], orientation affections psychosomatiques à Saujon.
* Malaise au bain de boue chez M. [[name:Denis]] [[name:Gilles]], 74 ans : TA 85/50, transféré aux urgences de Vichy ; sa femme (Mme [[other_name:Denis]]) a les papiers.
- Les boues de Dax sont appliquées à 45 °C pendant 12 minutes ; douche au jet ensuite.
* Facture du forfait thermal de Mme [[name:Nicolas]] [[name:Martine]] envoyée à sa mutuelle, numéro de curiste [[id:CU-2025-08812]].
* M. [[name:Abou Chakra]] [[name:Walid]] part en cure à Aix-les-Bains le [[date_partial:12 avril]] ; il demande un certificat pour son employeur.
- Source Lucas, source Chomel, source Grande-Grille : l'eau de Vichy se boit au verre gradué, selon la prescription.
* Enfant [[name:Aqqaluk]] [[name:Lynge]] (asthme sévère) : cure de 21 jours à La Bourboule avec sa mère, [[other_name:Pipaluk Lynge]], en [[date_month:juillet]].
* Arrêt de cure au 9e jour pour M. [[name:Zeineddine]] [[name:Karim]] : érysipèle de jambe, antibiotiques, retour à domicile au [[address:27 avenue de Lattre de Tassigny]], [[postcode_city:03200 Vichy]].
""")
# Mountain and outdoor rescue: PGHM, ski patrol, avalanches, hunting and canyoning accidents
ROWS.append(r"""
- Hélicoptère Dragon 74 posé à 14h12 sur l'hélisurface, équipe PGHM et médecin urgentiste à bord.
* Victime d'avalanche, M. [[name:Tuilagi]] [[name:Sione]], 31 ans, ensevelie 18 minutes, DVA retrouvé, température 31 °C ; intervention PGHM n° [[id:2025-CHX-0417]].
* Chute en ski hors-piste sur le glacier : Mme [[name:Faleolo]] [[name:Losa]], fracture du plateau tibial, évacuée par les pisteurs à 10h40.
- Score de Glasgow 15, pas de perte de connaissance, casque intègre.
* Randonneur égaré, M. [[name:Huenchumilla]] [[name:Ignacio]], retrouvé à la position [[address:45.8832 N, 6.8870 E]] à 22h, hypothermie légère, réchauffé au refuge.
* Accident de chasse le [[date:16/11/2025]] : M. [[name:Ravard]] [[name:Jean-Claude]], plaie par plombs de la cuisse gauche, tir d'un voisin de battue (M. [[other_name:Auclair]]).
- Le Mont Blanc et l'aiguille du Midi ne sont pas accessibles en hélicoptère par vent de plus de 80 km/h.
* Canyoning au Furon : [[name:Catrileo]] [[name:Millaray]], 24 ans, saut de 7 m, fracture de L1 sans déficit, corset 3 mois.
* Foudroyé en crête, M. [[name:Ngata]] [[name:Wiremu]], touriste néo-zélandais : brûlures en fougère de Lichtenberg, ECG normal, sortie le [[date_partial:5 août]].
- Échelle de Swiss staging de l'hypothermie : stade II, conscience altérée, frissons absents.
* Mme [[name:Parata]] [[name:Aroha]], alpiniste, œdème pulmonaire de haute altitude au refuge du Goûter ; caisson hyperbare portable, descente ; son compagnon [[other_name:Hemi]] joint au [[phone:+64 21 455 8712]].
* Pisteur secouriste de Val Thorens, M. [[name:Petit]] [[name:Laurent]], blessé en déclenchant une plaque : entorse du genou, accident du travail déclaré.
- Refuge du Goûter à 3835 m : la nuit y est déconseillée en cas de céphalées persistantes.
- Code couleur des pistes : verte, bleue, rouge, noire ; le blessé est tombé sur une rouge damée.
* VTT de descente aux Arcs : [[name:Taufa]] [[name:Mele]], fracture de clavicule, rapatriement vers Lyon ; le loueur (M. [[other_name:Latu]]) a gardé le vélo.
""")
# Sickle-cell disease and haemophilia centres: emergency cards, crises, exchange transfusions, factor lots
ROWS.append(r"""
* Crise vaso-occlusive chez [[name:Sanha]] [[name:Nhima]], 19 ans, drépanocytose SS : morphine en PCA, hydratation, spirométrie incitative ; Hb 7,4.
- Protocole d'urgence drépanocytose : antalgie dans les 30 minutes, O2 si SpO2 < 95 %, pas de froid.
* Échange transfusionnel programmé pour [[name:Djaló]] [[name:Braima]] le lundi [[date_partial:8 décembre]] en hôpital de jour ; phénotype étendu, anticorps anti-Jkb connus.
* Carte d'hémophile n° [[id:HA-03-11872]] de M. [[name:Có]] [[name:Alfa]], hémophilie A sévère, prophylaxie par emicizumab hebdomadaire.
- Facteur VIII recombinant, lot n° 6613B27, 2 flacons de 1000 UI dispensés par la PUI.
* [[name:Mané]] [[name:Fatumata]], 6 ans, syndrome thoracique aigu, transfusée le [[date:22/11/2025]] ; sa mère (Mme [[other_name:Mané]]) reste la nuit.
* Consultation de transition pour [[name:Campbell]] [[name:Shanice]] (SC), 17 ans : hydroxyurée, bonne observance ; elle veut faire ses études à Bristol.
- Doppler transcrânien annuel chez l'enfant drépanocytaire : vitesse < 170 cm/s, normal.
* M. [[name:Samuels]] [[name:Delroy]], hémarthrose du genou droit après une chute à vélo, 2 injections de facteur ; kiné au CRTH jeudi [[date_partial:11]].
* Priapisme chez [[name:Brown]] [[name:Marlon]], 22 ans, drépanocytaire : ponction drainage aux urgences, appel de l'hématologue d'astreinte (Dr [[other_name:Lamouche]]).
- Le centre de référence des syndromes drépanocytaires majeurs tient sa RCP le premier mardi du mois.
* Maladie de Willebrand de type 1 chez Mme [[name:Santana]] [[name:Yanely]] : DDAVP avant l'extraction dentaire du [[date_partial:19/12]], test au Minirin fait en [[date_partial:2023]].
""")
# Stoma and wound care nurses
ROWS.append(r"""
* Consultation de stomathérapie : M. [[name:Pérez de la Rosa]] [[name:Wilkin]], colostomie gauche depuis le [[date_partial:4 novembre]], irritation péristomiale, changement pour un appareillage convexe.
- Appareillage deux pièces, diamètre 45 mm, pâte protectrice ; vidange 4 à 6 fois par jour.
* Iléostomie à haut débit chez Mme [[name:Vujović]] [[name:Milica]] (2,1 L/j) : lopéramide, solution de réhydratation, bilan rénal mardi.
* Ulcère veineux de la jambe gauche de Mme [[name:Radulović]] [[name:Vesna]], 79 ans : IPS à 0,92, compression multitype, pansement à l'argent.
- Escarre sacrée stade 3 (classification NPUAP), pansement hydrocellulaire, matelas à air.
* Photo de la plaie envoyée par téléexpertise au Dr [[other_name:Dubost]] pour M. [[name:Asanov]] [[name:Aibek]] (pied diabétique, mal perforant plantaire) : avis reçu le [[date:10/12/2025]].
* L'IDE libérale de Mme [[name:Kadyrova]] [[name:Aizhan]], Mme [[other_name:Boulet]], appelle : la cicatrice de sternotomie suinte, photo au [[phone:06 13 77 20 48]].
- Échelle de Braden à 12 : risque élevé d'escarre.
* Pansement par thérapie à pression négative chez M. [[name:Annayev]] [[name:Merdan]], plaie de laparotomie, changement tous les 3 jours ; sortie en HAD au [[address:14 rue Marx Dormoy]], [[postcode_city:58640 Varennes-Vauzelles]].
* Mme [[name:Berdiyeva]] [[name:Maral]], 58 ans, colostomie provisoire ; rétablissement de la continuité prévu en [[date_partial:mars 2026]].
- Lavement de colostomie (irrigation) enseigné : 1 L d'eau tiède, le matin, 45 minutes.
""")
# Amputees and prosthetic fitting
ROWS.append(r"""
* Amputation transtibiale droite de M. [[name:Bonnefoy]] [[name:René]] le [[date:30/09/2025]] (artériopathie) ; moulage du manchon par l'orthoprothésiste (M. [[other_name:Verstraete]]) le [[date_partial:15 décembre]].
- Emboîture à contact total, manchon en silicone, pied à restitution d'énergie, classe K2.
* Bon de commande de prothèse n° [[id:OP-25-3318]] pour Mme [[name:Thomas]] [[name:Mireille]] ; accord préalable de la CPAM reçu.
* Douleurs de membre fantôme chez M. [[name:De Smet]] [[name:Pieter]] : thérapie miroir avec l'ergothérapeute, prégabaline ; [[diag_mental:état dépressif]] à réévaluer.
- Le moignon est bien cicatrisé, pas de névrome palpable, bon capiton.
* [[name:Vanhoutte]] [[name:Gilles]], 16 ans, agénésie de l'avant-bras gauche : prothèse myoélectrique en essai au centre de Valenton jusqu'au [[date_partial:31 janvier]].
* Le kiné du SSR, M. [[other_name:Gaddour]], note que M. [[name:Elmabrouk]] [[name:Salem]] marche avec deux cannes anglaises sur 150 m.
- Fauteuil roulant manuel à propulsion podale, coussin anti-escarre en gel.
* Prothèse fémorale à genou électronique pour M. [[name:Zwai]] [[name:Nouri]] (amputé en [[date_partial:2011]], Libye) ; renouvellement refusé, recours en cours.
* Mme [[name:Richard]] [[name:Paulette]], amputation de l'hallux, chaussure de décharge, prochain contrôle avec le podologue (Mme [[other_name:Laurent]]) le [[date_partial:8/01]].
""")
# Fairground, circus and bargemen families
ROWS.append(r"""
* Famille de forains : [[name:Michel]] [[name:Kévin]], 9 ans, scolarisé au CNED, la fête foraine part de Nevers pour Bourges le [[date_partial:20 décembre]] ; carnet de vaccination incomplet.
* Adresse de la famille [[name:Lamouche]] : [[address:péniche « L'Espérance », quai de Loire]], [[postcode_city:58000 Nevers]] ; le père ([[other_name:Franck]]) est marinier.
- Le cirque Pinder est installé sur le champ de foire jusqu'à dimanche.
* Domiciliation de M. [[name:Gilles]] [[name:Tony]], forain : [[address:CCAS, BP 42]], [[postcode_city:03000 Moulins]] ; portable [[phone:07 62 18 44 31]].
* Trapéziste du cirque, Mlle [[name:Rozenberg]] [[name:Rywka]], 22 ans, chute du trapèze à 4 m sur le filet : entorse cervicale, collier 10 jours.
- Manège des autos tamponneuses : deux enfants vus pour contusions, aucun hospitalisé.
* Mme [[name:Goldsztajn]] [[name:Hélène]], batelière, [[diag_preg:grossesse]] à [[diag_preg:32 SA]] : la péniche descend le canal du Centre, suivi par la sage-femme de Digoin.
* Naissance de [[name:Szpilman]] [[name:Léon]] le [[date:01/12/2025]] sur la péniche amarrée au [[address:port de la Jonction]], [[postcode_city:58300 Decize]] ; le père, M. [[other_name:Szpilman]] [[other_name:Szmul]], est marinier.
- Les enfants du voyage forain ont un livret scolaire qui les suit de ville en ville.
* Dompteur, M. [[name:Lewkowicz]] [[name:Bruno]], morsure de lion au bras, vaccin antitétanique fait, antibiotiques ; le vétérinaire du cirque vérifie l'animal.
* La mère de la petite [[name:Lenoir]] [[name:Manon]] (forains) demande une copie du carnet de santé pour la prochaine étape à Châteauroux, mail : [[email:foraine.lenoir@gmail.com]].
""")
# Day nurseries and childminders: evictions, PAI, the crèche's director
ROWS.append(r"""
- Éviction de la crèche : scarlatine jusqu'à 48 h d'antibiotiques, gastro-entérite à E. coli producteur de shigatoxines.
* La directrice de la crèche Les Petits Loups (Mme [[other_name:Perrot]]) appelle pour [[name:Sultani]] [[name:Zahra]], 14 mois : fièvre à 39,5, la maman ne répond pas au [[phone:06 51 09 27 64]].
* PAI allergie à l'arachide pour [[name:Akbari]] [[name:Sakina]], 2 ans, signé le [[date:06/10/2025]] ; stylo d'adrénaline (Anapen 150) dans la trousse de la crèche.
* L'assistante maternelle de [[name:Yousufi]] [[name:Omid]], Mme [[other_name:Marie]] [[other_name:Christine]], signale des ecchymoses sur les bras ; information préoccupante transmise à la CRIP le [[date_partial:4/12]].
- Le médecin de PMI passe à la crèche le premier jeudi du mois ; les vaccins obligatoires sont contrôlés à l'inscription.
* Bronchiolite chez [[name:Gemechu]] [[name:Lelise]], 5 mois, confiée à une assistante maternelle au [[address:6 allée des Acacias]], [[postcode_city:03300 Cusset]] ; retour en crèche à l'avis du médecin.
* Convulsion fébrile à la crèche chez [[name:Tolosa]] [[name:Abel]], né le [[date:17/02/2024]] : durée 3 min, SAMU appelé, hospitalisé une nuit.
- Protocole de la crèche : paracétamol à partir de 38,5 °C avec l'ordonnance nominative du médecin traitant.
* Mme [[name:Alemu]] [[name:Tigist]], la maman de [[name:Tadesse]] [[name:Dawit]], reprend le travail le [[date_partial:5 janvier]] ; adaptation à la crèche la semaine d'avant.
* Varicelle chez [[name:Abdi]] [[name:Hamza]], 3 ans, accueilli chez l'assistante maternelle Mme [[other_name:Lenoir]] : pas d'éviction, prévenir les parents des autres enfants.
* Conjonctivite chez [[name:Mekonnen]] [[name:Selam]] : pas d'éviction, collyre, lavage des mains de l'équipe.
""")
# Cosmetic, tattoo and piercing complications
ROWS.append(r"""
* Réaction granulomateuse sur un tatouage rouge du bras chez Mme [[name:Heng]] [[name:Sopheap]], tatouée en [[date_partial:juin 2024]] à Phnom Penh ; biopsie.
- Un détatouage au laser Q-switched demande 6 à 10 séances espacées de 6 semaines.
* Piercing du cartilage de l'oreille infecté chez [[name:Chhun]] [[name:Dara]], 16 ans : chondrite à Pseudomonas, ciprofloxacine.
* Complication d'injection d'acide hyaluronique (lèvres) chez Mme [[name:Kheng]] [[name:Chanthou]] : nécrose débutante, hyaluronidase en urgence, faite par un « injecteur » non médecin.
- La pose de prothèses mammaires impose un délai de réflexion de 15 jours après le devis.
* Mme [[name:Siddiqui]] [[name:Ayesha]] a eu une abdominoplastie à Istanbul le [[date_partial:2 octobre]] : infection de la cicatrice, lavage au bloc, son frère ([[other_name:Nadeem]]) l'accompagne.
* Lipofilling fessier chez Mlle [[name:Memon]] [[name:Anum]] : embolie graisseuse suspectée, réanimation ; la clinique privée a transmis le dossier.
- Blépharoplastie supérieure bilatérale sous anesthésie locale, fils retirés à J7.
* Hépatite C découverte chez M. [[name:Butt]] [[name:Farhan]], tatouages faits en détention ; l'hépatologue (Dr [[other_name:Shaikh]]) propose le traitement.
* Rhinoplastie ratée chez M. [[name:Halabi]] [[name:Samir]], insatisfait ; demande de reprise, avis de la psychologue sur une [[diag_mental:dysmorphophobie]].
""")
# Firefighters: the VSAV's report to the SAMU, the SSSM's fitness visits, intervention numbers
ROWS.append(r"""
- Bilan VSAV transmis au CRRA 15 à 19h05 : homme de 60 ans, douleur thoracique constrictive, sueurs, TA 150/90, FC 98.
* Intervention SDIS n° [[id:25-031874]] : M. [[name:Auclair]] [[name:Roger]], chute de 3 m d'une échelle dans sa grange au [[address:lieu-dit Les Gouttes]], [[postcode_city:03330 Bellenaves]].
* Visite d'aptitude SSSM du sapeur-pompier volontaire [[name:Verstraete]] [[name:Kevin]], né le [[date:09/08/1996]] : apte, vaccin hépatite B à jour, test d'effort le [[date_partial:3 février]].
- Le médecin-chef du SSSM valide les protocoles infirmiers de soins d'urgence (PISU) chaque année.
* Pompier blessé en intervention, le caporal [[name:Dubost]] [[name:Yannick]] : brûlure du second degré de la main droite, 2 %, pansement, arrêt de 10 jours.
* Feu d'appartement au [[address:18 rue Paul Bert]], [[address:4e étage]], [[postcode_city:58000 Nevers]] : Mme [[name:Ly]] [[name:Sovann]], 71 ans, intoxiquée au CO (HbCO 18 %), caisson hyperbare à Lyon.
- Un VSAV et un FPT engagés, la victime est sortie par l'échelle aérienne, pas de blessé chez les intervenants.
* Message du chef d'agrès : « victime [[name:Lim]] [[name:Bunthoeun]], trouvée au sol, inconsciente, à côté de boîtes de [[diag_mental:Tercian]] vides, [[diag_mental:TS]] probable » ; départ SMUR.
* Secours routier sur la RN7 : passager arrière [[name:Lafay]] [[name:Enzo]], 15 ans, désincarcéré, fracture du fémur ; la mère (Mme [[other_name:Lafay]]) jointe au [[phone:06 37 48 92 15]].
- Le débriefing psychologique des pompiers après l'accident de car a eu lieu à la caserne de Moulins.
* Jeune sapeur-pompier [[name:Chauvin]] [[name:Noah]], 14 ans, entorse de cheville au cross départemental, certificat de reprise le [[date_partial:12/01]].
* L'infirmière de sapeurs-pompiers, Mme [[other_name:Ravard]], a posé une voie veineuse et donné 1 g de paracétamol IV à M. [[name:Bonnichon]] [[name:Émile]] avant l'arrivée du SMUR.
""")
# Airport medical service and in-flight emergencies: flights, seats, passports, the crew's call
ROWS.append(r"""
- Vol AF1234 Paris-Pointe-à-Pitre, siège 32C : malaise d'un passager à la 3e heure de vol, déroutement non nécessaire.
* Passager [[name:Samuels]] [[name:Oneika]], passeport n° [[id:A4417730]], débarqué à Orly pour douleur abdominale, vue par le service médical d'urgence de l'aéroport.
* Appel du chef de cabine : M. [[name:Kleist]] [[name:Aqqaluk]] (vol de Copenhague), crise d'asthme, salbutamol de la trousse de bord, oxygène 2 L.
- La trousse médicale de bord contient de l'adrénaline, du glucosé à 30 % et un défibrillateur automatique.
* Mme [[name:Santana]] [[name:Yanely]], [[diag_preg:enceinte]] de [[diag_preg:34 SA]], refusée à l'embarquement sans certificat médical ; certificat du Dr [[other_name:Lebrun]] fait sur place.
* Passager en transit, M. [[name:Asanov]] [[name:Nurlan]] (Bichkek-Paris-Montréal), phlébite du mollet, anticoagulé, vol de correspondance annulé ; hébergé à l'hôtel de la zone.
- Mal des transports, otite barotraumatique, malaise vagal : les trois motifs les plus fréquents au poste médical du terminal 2.
* Personne retenue en zone d'attente, M. [[name:Mané]] [[name:Braima]], [[diag_mental:décompensation psychotique]] ; transfert aux urgences sous escorte de la PAF.
* Body-packer suspecté : M. [[name:Campbell]] [[name:Delroy]], arrivé de Kingston le [[date:07/12/2025]], scanner abdominal sur réquisition des douanes : 62 boulettes de [[diag_addict:cocaïne]].
- Les bagages du passager sont restés à bord ; la compagnie les renvoie au domicile.
* Décès en vol d'une passagère, Mme [[name:Sørensen]] [[name:Inge]], [[date_partial:1944]] ; constat au sol par le médecin de l'aéroport, famille prévenue à Aarhus au [[phone:+45 23 41 67 89]].
* Enfant non accompagné [[name:Pérez de la Rosa]] [[name:Ashley]], 10 ans, fièvre à 39, la compagnie appelle le père ([[other_name:Wilkin]]) à Saint-Domingue.
""")
# Diabetes technology: pumps, sensors, closed loop, the nurse's telemonitoring
ROWS.append(r"""
* Mise sous pompe à insuline de [[name:Rezaei]] [[name:Zahra]], 12 ans, le [[date:18/11/2025]] ; capteur Dexcom G7, boucle fermée activée à J7.
- Temps dans la cible à 72 %, temps sous 70 mg/dL à 2 %, coefficient de variation à 34 %.
* Télésurveillance : hypoglycémies nocturnes répétées chez M. [[name:Gemechu]] [[name:Obsa]], appel de l'IDE de télésuivi (Mme [[other_name:Lambert]]) mardi [[date_partial:9]].
- Le débit basal est réduit de 20 % pendant le sport ; bolus de correction avec un facteur de sensibilité de 50.
* [[name:Alemu]] [[name:Dawit]] a arraché son capteur à la piscine : nouveau capteur posé, ordonnance renouvelée par le Dr [[other_name:Bernard]].
* Mme [[name:Berdiyeva]] [[name:Maral]], diabète [[diag_preg:gestationnel]] à [[diag_preg:28 SA]] : insuline rapide aux repas, autosurveillance 6 fois par jour.
- Acidocétose : pH 7,18, bicarbonates 9, cétonémie 5,2 ; protocole insuline IV à 0,1 UI/kg/h.
* Le père de [[name:Tolosa]] [[name:Lensa]] (7 ans) envoie les courbes par mail, [[email:tolosa.famille@gmail.com]] ; les bolus du goûter sont oubliés à l'école.
* M. [[name:Vujović]] [[name:Marko]], diabétique de type 1 depuis [[date_partial:2002]], plaies des pieds, [[diag_addict:alcool]] 6 verres par jour ; éducation thérapeutique à reprendre.
- HbA1c à 7,1 % ; pas de rétinopathie au fond d'œil, microalbuminurie négative.
* Hypoglycémie sévère chez Mme [[name:Marri]] [[name:Bibi]] en plein Ramadan : glucagon par son mari ([[other_name:Gul Khan]]), SAMU, resucrée, sortie le soir.
* Pompe patch en panne chez M. [[name:Taing]] [[name:Heng]] : remplacement par le prestataire, qui rappelle au [[phone:03 86 61 02 44]] ; patient de [[address:5 chemin des Vignes]], [[postcode_city:58200 Cosne-Cours-sur-Loire]].
""")
# Label-free look-alikes across the genres: eponyms, drugs, places used as things, surnames used as words
ROWS.append(r"""
- Signe de Trendelenburg positif à gauche, boiterie de Duchenne, pas d'inégalité de longueur.
- Test de Tinetti à 18/28 : risque de chute élevé ; Timed Up and Go en 22 secondes.
- Masse abdominale palpable dans le flanc droit, non pulsatile, échographie demandée.
- Coloration de Gram : cocci à Gram positif en amas, culture en cours.
- Le petit de la voisine est venu avec sa grand-mère ; rien de particulier.
- Eau de Vichy Saint-Yorre à éviter chez l'hypertendu (riche en sodium).
- Syndrome de Marfan écarté : pas d'ectopie du cristallin, échocardiographie normale.
- La Saint-Laurent et la Sainte-Marie sont des jours fériés dans certaines communes, pas à l'hôpital.
- Manœuvre de Sellick abandonnée ; intubation en séquence rapide sans difficulté.
- Martin-pêcheur, héron, cygne : les oiseaux du canal sont notés dans le journal de l'atelier nature du foyer.
- Score de Wells à 4,5 : probabilité intermédiaire d'embolie pulmonaire, angioscanner demandé.
- Classification de Gustilo IIIA, antibioprophylaxie par céfazoline et gentamicine.
- Le Novoseven (facteur VIIa) est réservé aux patients avec inhibiteur ; 90 µg/kg toutes les 2 heures.
- Tutelle et curatelle relèvent du code civil, articles 425 et suivants.
- Mont-Dore, Royat, Châtel-Guyon : les stations thermales d'Auvergne ferment de novembre à mars.
- Bilan de Kapandji à 8/10 du pouce droit ; orthèse de repos la nuit.
- Manchon Iceross, pied Pro-Flex, genou Genium : commande validée par le médecin MPR.
- Échelle de Ashworth modifiée à 2 aux fléchisseurs du coude.
- Test de Kleihauer négatif, pas d'hémorragie fœto-maternelle.
- Classe de Lund et Browder : 9 % de surface brûlée, second degré superficiel.
- Formule de Parkland : 4 mL/kg/% de surface brûlée sur 24 heures, la moitié dans les 8 premières heures.
- Petit mal absence typique à l'EEG, pointes-ondes à 3 Hz.
- Signe de Homans peu fiable ; échographie-doppler veineuse préférée.
- Test de Schober à 10/13, indice de Schober normal.
- Vol de nuit : décalage horaire de 6 heures, mélatonine 1 mg au coucher pendant 3 jours.
- Loi du 5 mars 2007 portant réforme de la protection juridique des majeurs.
- Capteur FreeStyle Libre 3, lecteur perdu, l'application sur le téléphone suffit.
- La salle Laurent-Bonnefoy de l'hôpital de Moulins accueille la réunion des aidants.
- Classification de Fontaine stade IV, ischémie critique, revascularisation impossible.
- Hémoglobine S à 38 % après l'échange, objectif < 30 %.
- La Loire est haute cette semaine, les péniches restent au port.
- Score FINDRISC à 16, dépistage du diabète proposé.
- Le bernard-l'ermite du bac à sable est la mascotte de la crèche.
- Test de Lasègue négatif des deux côtés, réflexes achilléens présents.
""")
# The same genres once more in other registers: letters, English and mixed notes, capitals, lists
ROWS.append(r"""
* Madame la Juge, je soussigné Dr [[other_name:Gilles]] [[other_name:Marc]] certifie avoir examiné le [[date:24/11/2025]] Mme [[name:Huenchumilla]] [[name:Ayelén]], domiciliée [[address:9 rue de Decize]], [[postcode_city:58000 Nevers]], et constaté une altération de ses facultés justifiant une curatelle simple.
* Objet : renouvellement de la mesure de tutelle de M. [[name:Painemal]] [[name:Rodrigo]] (jugement du [[date:11/02/2016]]) ; l'avis du médecin traitant est joint.
* Dear colleague, Mr [[name:Tuilagi]] [[name:Sione]] was admitted on [[date:December 3rd, 2025]] after an avalanche burial; he is now stable and will fly back to Auckland with his brother [[other_name:Tavita]].
* Handover note (English-speaking locum) : Mrs [[name:Lindqvist]] [[name:Freja]], bed 12, donor reaction, fine now ; her husband ([[other_name:Olof]]) to call [[phone:+46 70 512 34 89]].
* Patient [[name:Lynge]] [[name:Naja]] speaks Danish and Greenlandic only, interpreter booked for Monday [[date_partial:15th]] ; Mme [[name:Lynge]] a peur des piqûres.
- Summary in English for the insurer: skiing accident, closed tibial plateau fracture, ORIF on day 2, non-weight-bearing for 6 weeks.
* LISTE DES CURISTES DU [[date:08/12/2025]] : [[name:SIMON]] [[name:ROBERT]] - [[name:NICOLAS]] [[name:MARTINE]] - [[name:ABOU CHAKRA]] [[name:WALID]] ; RAS POUR LES TROIS.
* DON DE SANG : [[name:BOULET]] [[name:ANNIE]] - DONNEUR N° [[id:D0190433]] - HB 128 - APTE
* tutelle de mr [[name:gaddour]] : la mandataire veut le rappel avant vendredi, son tel [[phone:06 70 11 85 26]] (mme [[other_name:denis]])
* msg de la maman de [[name:sakina]] : elle est malade, elle vient pas a la creche demain, merci de prevenir la directrice
* Le Dr [[other_name:Kamgang]] (pédiatre du CAMSP) écrit au Dr [[other_name:Lafay]] : « [[name:Blaise]] progresse bien, il dit une dizaine de mots, je le revois en [[date_month:avril]]. »
* Mme [[name:Catrileo]] [[name:Millaray]] rappelle de Santiago : elle veut son compte rendu traduit en espagnol, [[email:millaray.catrileo@gmail.com]].
* Courrier de l'UDAF du [[date:01/12/2025]] : « Nous vous informons que M. [[name:Ndakala]] [[name:Prosper]] bénéficie d'une mesure de curatelle renforcée exercée par Mme [[other_name:Servina]], déléguée mandataire. »
* ESAT : M. [[name:Tchatchoua]] [[name:Serge]] reprend à mi-temps le [[date_partial:5 janvier]], avis de la psychiatre (Dr [[other_name:Richard]]) favorable.
* Famille de mariniers [[name:Lamouche]] : le fils [[name:Théo]] (6 ans) a une otite, péniche amarrée à Roanne jusqu'au [[date_partial:18]], puis descente vers Digoin.
* Stomie de M. [[name:Annayev]] [[name:Merdan]] : la femme ([[other_name:Maral]]) fait les changements seule, livraison du matériel par le prestataire le [[date_partial:16/12]].
* Drépanocytose : [[name:Djaló]] [[name:Braima]] est passé aux urgences 3 fois en [[date_month:novembre]], carte d'urgence présentée à chaque fois.
* Cure à Néris : Mme [[name:Lambert]] [[name:Josiane]] se plaint du bruit à l'hôtel, la station propose une chambre au calme ; pas de problème médical.
* Prothèse : M. [[name:Zwai]] [[name:Nouri]] a reçu le courrier de la CPAM du [[date:28/11/2025]] refusant le genou électronique, son avocat (Me [[other_name:Halabi]]) fait un recours.
* Pisteur : la victime [[name:Faleolo]] [[name:Losa]] a été descendue en barquette au poste de secours du Praz à 11h05, relais par les ambulances Petit.
- Ne jamais laisser un enfant seul sur la table à langer ; les barrières du dortoir sont vérifiées chaque matin.
- The family was informed ; no further action required from the hospital.
- Prochaine collecte à Moulins : salle Isléa, le 22 janvier, de 15h à 19h30.
- Le tribunal judiciaire de Nevers, pôle de la protection des majeurs, est fermé le mercredi après-midi.
""")
# Typed context rows, capitals, SMS, dictation, surnames that are given names or words
ROWS.append(r"""
LAURENT|Marie|{nir:2 48 05 03 190 027}|04 70 32 18 56||7 rue de la Paix 03000 Moulins|*|Mme [[name:Laurent]] [[name:Marie]], sous tutelle (ATI, M. [[other_name:Robert]]), chute à domicile au [[address:7 rue de la Paix]], [[postcode_city:03000 Moulins]] ; la tutrice prévenue au [[phone:04 70 32 18 56]].
MARTIN|Nicolas|||nico.martin58@laposte.net||*|M. [[name:Martin]] [[name:Nicolas]] demande son dossier d'ESAT par mail ([[email:nico.martin58@laposte.net]]) ; envoi par courrier recommandé.
MASSE|Bernard|{nir:1 51 11 58 194 066}||||*|Donneur [[name:MASSE]] [[name:Bernard]], NIR [[nir:{nir:1 51 11 58 194 066}]], exclu après une hépatite B ancienne ? Non : anticorps anti-HBs seuls, vacciné, don accepté.
WANGMO|Pema||06 45 12 80 37|||*|Mme [[name:Wangmo]] [[name:Pema]], réfugiée bhoutanaise, interprète népalais par téléphone ; rappeler au [[phone:06 45 12 80 37]] pour la cure.
* MME [[name:LHAMO]] [[name:DECHEN]] - CURE THERMALE REFUSEE - DOSSIER INCOMPLET - RAPPELER AVANT LE [[date:15/01/2026]]
* TRANSMISSION : MR [[name:LENOIR]] [[name:ALAIN]] AGITE CETTE NUIT, [[diag_addict:SEVRAGE ALCOOLIQUE]] ? AVIS ELSA DEMANDE, TUTEUR PREVENU (UDAF)
* slt c [[name:shanice]] jpourrai pa venir a la saignee jeudi [[date_partial:11]] jsuis malade, on decale a lundi [[date_partial:15]] ? merci
* dictée : madame [[name:chauvin]] [[name:denise]] virgule quatre-vingt-un ans virgule est sous curatelle point la curatrice madame [[other_name:petit]] est informée point à la ligne
* Mr [[name:Thomas]] [[name:Bernard]] (tél [[phone:0386215590]]) : rdv MPR le [[date_partial:22/01]] à 14h, ramener la prothèse.
* Née [[name:Lebrun]], épouse [[name:Masse]], Mme [[name:Denise]], 88 ans : tutelle confiée à son fils, M. [[other_name:Masse]] [[other_name:Pierre]], [[address:2 place Saint-Laurent]], [[postcode_city:58000 Nevers]].
* Donneuse n° [[id:D0412986]] (Mme [[name:Simon]] [[name:Claire]]), [[date:14/07/1978]] : ajournée pour [[diag_preg:allaitement]] ? Non, enfant sevré, don accepté.
* NIR saisi [[nir:{nirk:2840399350122}]] pour Mme [[name:Rassool]] [[name:Fatima]], adresse : [[address:11 rue du Pont Neuf]], [[postcode_city:03200 Vichy]].
* pt [[name:nyström]] [[name:anders]], 66a, aphérèse ok, pas de malaise, prochain rdv dans 2 sem
* Mme [[name:Robert]] [[name:Lucienne]] ne veut pas de la MAS : « je veux rester chez moi avec mon chat », dit-elle à l'assistante sociale (Mme [[other_name:Nicolas]]).
* Appeler Mme [[other_name:Bonnefoy]] (voisine, a les clés) au [[phone:04 70 98 31 62]] si M. [[name:Lambert]] ne répond pas à la porte.
* Ordonnance du Dr [[other_name:Dubost]] [[other_name:Henri]], RPPS [[rpps:{rpps:1002345678}]], pour M. [[name:Taing]] [[name:Sok]] : 18 jours de cure en rhumatologie.
* L'orthoprothésiste Ortho Centre Allier, FINESS [[finess:{finess:03000456}]], facture la prothèse de M. [[name:Bonnefoy]].
* Remboursement du trop-perçu du séjour à M. [[name:Gilles]] [[name:Tony]] sur son IBAN [[iban:{iban:30002 00550 0000157845Z 02}]].
* ECRIRE A : MME [[name:PERROT]] [[name:GERMAINE]] C/O UDAF, [[address:BP 2109]], [[postcode_city:03021 MOULINS CEDEX]].
""")

SET = HandSet("heldout28", "twenty-eighth", ROWS, HEADER_NOTE, "28")

if __name__ == "__main__":
    SET.main(__doc__)
