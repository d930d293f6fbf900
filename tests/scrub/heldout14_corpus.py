#!/usr/bin/env python3
"""The fourteenth hand set of labeled rows ("heldout14", issue 10).

  heldout14_corpus.py --write      write heldout14_rows_{dev,frozen}.txt
  heldout14_corpus.py --check      exit 1 if those files differ from what
                                   this script writes (make scrub-heldout)
  heldout14_corpus.py --lint       list, row by row, what a labeler may have
                                   missed (digits, month words, titles, the
                                   row's names, sensitive words outside a
                                   label): the writer's check, before the split

The rows below were typed by hand by the helper heldout14 (session 18),
who did not read the detectors (src/detect*.c, src/scrub*.c,
src/sensitive*.c, include/, conf/) nor the rule descriptions of
docs/scrub.md, nor any set's misses, nor any scrubber output while typing.
Read: the docstring, row reader and helpers of heldout_corpus.py and
heldout13_corpus.py (whose frame this script copies; its first batch of
rows was seen on the way, both halves), the header and first rows of
heldout13_rows_dev.txt, greps of earlier dev halves for how a few terms
were labeled (TPHA, TSO, chemsex, Xeroquel, Nexplanon, SPDT, Rhophylac, BP,
Cedex), the heads of eval.py and heldout_table.py, the Makefile's
scrub-heldout targets and their comments, the descriptions and labeling
choices of heldout, heldout2, heldout12 and heldout13 in docs/scrub.md
("Held-out") and the helpers' brief.

Everything is invented: people, homes, numbers.  Street names may be real
street names; no row is a real patient's.  What this script computes
rather than the writer: NIR keys (97 - N mod 97 over the 13 typed
characters, 2A -> 19, 2B -> 18), the Luhn digit of RPPS (10 typed digits)
and FINESS (8 typed characters), IPPs written `*` (from a hash of the row),
the row values of IPP-only rows, and the split.

Row shorthand in ROWS (one row a line; blank lines and `#` lines skipped):
  - TEXT                         no row context
  * TEXT                         the IPP only (generated)
  NOM|Prénom|NIR|tel|email|adresse|IPP|TEXT     typed context (IPP `*`:
                                 generated)
TEXT carries [[kind:text]] labels as in heldout_corpus.py --rows, and the
placeholders {nir:BODY13} (the key appended after the separator the body
uses), {nirk:BODY13} (the key glued to the body's last character),
{rpps:DDDDDDDDDD}, {finess:CCCCCCCC} and {ipp} (the row's IPP);
placeholders also work in the context fields.

Split as heldout13's first run: rows ranked by sha256("heldout14\\n" +
row), the lower half (rounded down) to the dev file, the rest to the
frozen one; each file keeps the typing order.

The frame (row reader, numbers, split, files, lint) is tests/scrub/handset.py,
shared by the sets made by a script; this file keeps its rows and what is
its own.
"""
from handset import HandSet

HEADER_NOTE = """\
# Typed by hand by the helper heldout14 without reading the detectors or their rules (see the script's
# docstring for what was read); invented people, homes and numbers only. NIR keys, RPPS/FINESS Luhn digits
# and IPPs written `*` are computed by the script. Split by rank of sha256("heldout14\\n" + row), lower half dev.
"""

# ------------------------------------------------------------------ rows
# Typed by genre; within a genre, by register.

ROWS = []

# EHPAD, SSIAD, IDEL and HAD transmissions
ROWS.append(r"""
# EHPAD and home care: transmissions, cahier de liaison, SSIAD and IDEL rounds, HAD logs.
- EHPAD, unité protégée, transmissions de nuit : résidents calmes sauf ch. 108 (déambulation 2h-4h). Tournée des changes faite à 0h et 4h. Frigo des médicaments à 4°C.
* Cahier de liaison : Mme [[name:Le Goff]] [[name:Anne-Yvonne]] ([[address:ch. 214]], EHPAD [[address:Ker Heol]]) a refusé le Doliprane du soir, dit qu'elle n'a pas mal. GIR 2, MMS 14/30 en [[date_month:juin]].
KERVAREC|Mikaël|||||*|SSIAD tournée du matin : M. [[name:Kervarec]] [[name:Mikaël]], [[address:12 hent Penn ar Menez]], [[postcode_city:29690 Huelgoat]]. Toilette au lit, bas de contention posés. Son épouse [[other_name:Rozenn]] signale une toux depuis 2 jours.
- Tournée IDEL : glycémie capillaire 1,42 à jeun, insuline lente 18 UI faite, pilulier rempli pour la semaine. Pas de souci particulier.
* HAD - visite IDE J12 : Mme [[name:Etchebarne]] [[name:Maddi]], pansement VAC changé, exsudat modéré, EVA 2. La fille ([[other_name:Ainhoa Etchebarne-Larre]]) demande le passage du médecin coordonnateur avant le week-end.
ETCHEVERRY|Battita|||||*|Famille de M. [[name:Etcheverry]] joint au [[phone:05 59 37 02 84]] : il ne veut plus aller à l'accueil de jour à Saint-Palais. Sa nièce Mme [[other_name:Oçafrain]] passera signer l'avenant.
- EHPAD : semaine du bilan bucco-dentaire, le dentiste passera jeudi. Lister les résidents avec prothèse. Prévoir boîtes à dentier étiquetées.
* Transmissions EHPAD [[address:Les Mimosas]] : Mme [[name:SANTUCCI]] [[name:Ghjacumina]] chute dans sa chambre à 6h45, retrouvée assise, pas de douleur à la mobilisation, pas de raccourcissement. Fils [[other_name:Petru-Santu]] prévenu.
- Cible alimentation : pesée mensuelle faite pour tout l'étage. 4 résidents en perte de poids > 5 %, liste remise à la diététicienne. Commande d'eau gélifiée.
VINCIGUERRA|Ange-Toussaint|||||*|IDEL : M. [[name:Vinciguerra]] vit seul [[address:hameau de Pietralba]], route de la mer, [[postcode_city:20218 Ponte-Leccia]]. Pas de téléphone fixe, joindre la voisine Mme [[other_name:Agostini]] au [[phone:04 95 48 61 09]].
* SSIAD : Mme [[name:Schnoebelen]] [[name:Marie-Odile]] signale que son mari ([[other_name:Aloïs]]) ne se lève plus depuis lundi. Passage du Dr [[other_name:Wiederkehr]] demandé. Barthel 35.
HUBER|Eugénie|||||*|EHPAD [[address:Sainte-Odile]], [[address:ch. 12]] : Mme [[name:Huber]] [[name:Eugénie]] a retrouvé ses lunettes dans la salle à manger. Rappel : elle porte un appareil auditif à gauche seulement.
- Réunion d'équipe EHPAD : protocole canicule réactivé, fiches d'hydratation dans chaque chambre, brumisateurs à la salle d'animation. Prévoir ventilateurs pour l'aile Nord.
* HAD : Mme [[name:Nowakowska]] [[name:Krystyna]], PCA morphine 2 mg/h, bolus 1 mg, 4 bolus/24h. Somnolence légère, Rankin 4. Son fils [[other_name:Tomasz]] reste la nuit. Tél domicile [[phone:03 87 62 14 90]].
- Cahier de transmission domicile : lundi prise de sang faite, résultats faxés au médecin traitant. Mardi pas de passage (hospitalisation de jour). Reprendre mercredi 8h.
WALTER|Joséphine|||||*|Note IDEC : Mme [[name:Walter]] [[name:Joséphine]], entrée le [[date:02/09/2024]] en hébergement temporaire, retour à domicile prévu le [[date_partial:30 septembre]] au [[address:7 rue des Cigognes]], [[postcode_city:67600 Sélestat]].
* AS EHPAD : Mr [[name:Berger]] [[name:Lucien]] très content, son chien (un berger allemand, Titus) est venu en visite avec sa petite-fille [[other_name:Manon]]. Il a mangé toute sa compote.
- Tournée du soir : distribution des traitements, 2 refus (ch. 3 et ch. 9), tracés dans le logiciel. Patch de Durogesic changé ch. 11 selon planning.
* Visite à domicile (IDEL [[other_name:Gwenn Tanguy]]) chez M. [[name:Le Coz]], [[address:lieu-dit Kerampuil]] : plaie sacrée stade 3, pansement Mepilex, surélévation des talons. Matelas à air en place. Escarre évaluée Waterlow 18.
ABDALLAH|Anfiat|||||*|SSIAD [[postcode_city:13015 Marseille]] : Mme [[name:Abdallah]] [[name:Anfiat]], [[address:Bât. C]], [[address:esc. 4]], [[address:cité la Solidarité]]. L'ascenseur est en panne depuis [[date_month:mi-octobre]], la toilette se fait au lit. Fils [[other_name:Ismaël]] joignable le soir.
- EHPAD : menu modifié pour les résidents diabétiques (compote sans sucre). Animation loto jeudi. Coiffeuse vendredi matin.
* Mme [[name:PEREIRA DA COSTA]] [[name:Alzira]] se plaint de sa voisine de table qui lui prend son pain. Changement de table fait. Dame très orientée, GIR 4, Tinetti 20.
NGUYEN|Thi Hoa|||||*|HAD : Mme [[name:Nguyen]] [[name:Thi Hoa]], 88 ans, ne parle que vietnamien, la belle-fille Mme [[other_name:Lâm Ngọc Bích]] traduit ; numéro de la belle-fille : [[phone:06 12 90 44 73]]. Nutrition entérale 1500 kcal/j bien tolérée.
- IDEL : refus de soins ce matin, patient alcoolisé ? non, hypoglycémique à 0,48 : resucrage, contrôle 1,05 à 20 min. Médecin traitant informé.
* EHPAD : M. [[name:Lamour]] [[name:Justin]] a demandé à voir l'aumônier. Le père [[other_name:Pierre-Marie Ollivier]] passera mardi. Le résident a perdu 3 kg depuis [[date_month:juillet]].
- Liaison EHPAD -> urgences : résidente de 94 ans, chute avec plaie du cuir chevelu, sous Eliquis 2,5 x2, fiche de liaison et DLU jointes. Directives anticipées : pas de réanimation.
FONTAINE|Marcelle|||||*|DLU : Mme [[name:Fontaine]] [[name:Marcelle]] née [[name:Boisseau]] le [[date:11/04/1931]], EHPAD [[address:Le Clos Fleuri]], [[address:ch. 7]], [[postcode_city:49300 Cholet]]. Médecin traitant Dr [[other_name:Sauvageot]]. Personne de confiance : [[other_name:Jean-Luc Fontaine]], [[phone:06 84 12 55 31]].
* SSIAD : M. [[name:Colombe]] [[name:Hervé]] a fait une chute dans le jardin, s'est relevé seul. Hématome coude D. Sa femme dit qu'il boit trop en ce moment ([[diag_addict:alcool]] +++, 6 bières par jour). Signalé à l'infirmière coordinatrice.
- EHPAD, pharmacie : livraison des piluliers du mardi manquante pour l'aile Sud, appelé la pharmacie, livraison à 15h. Kardégic et Lasilix en rupture chez le grossiste.
* Cahier de liaison famille : "Maman a besoin de nouvelles chaussettes et de piles pour sa radio. [[other_name:Soazig]]" -> transmis à l'ASH. Résidente : Mme [[name:Quéré]] [[name:Marie-Josèphe]], [[address:chambre 26]].
DIOUF|Ndeye Fatou|||||*|IDE HAD : Mme [[name:Diouf]] [[name:Ndèye Fatou]], 52 ans, [[diag_hiv:VIH]] diagnostiqué en 2019, sous [[diag_hiv:Dovato]]. Pansement de cathéter fait. Lit médicalisé livré au [[address:23 allée Jean-Moulin]], [[postcode_city:93140 Bondy]].
- Portage de repas interrompu du 23 au 27 (congés du prestataire), la famille a été prévenue par l'accueil de la mairie.
""")

# Psychiatry and addiction follow-up
ROWS.append(r"""
# Psychiatry and addiction: CMP and CSAPA follow-up, ELSA liaison, inpatient notes, injections, TSO.
* Entretien CMP : M. [[name:Kerjan]] [[name:Gwendal]], 29 ans, [[diag_mental:schizophrénie paranoïde]] stabilisée sous [[diag_mental:Xeplion]] 100 mg/mois. Prochaine injection le [[date_partial:4 décembre]]. Vit chez sa mère, [[address:3 impasse des Ajoncs]], [[postcode_city:22300 Lannion]].
- Réunion clinique CMP : 3 nouvelles demandes (adressées par les MT), 1 sortie d'hospitalisation à revoir sous 7 jours. Liste d'attente psychologue : 5 mois.
BOUMEDIENE|Sofiane|||||*|ELSA : M. [[name:Boumediene]] [[name:Sofiane]], 34 ans, hospitalisé en ortho (fracture de la cheville), consommation de [[diag_addict:cocaïne]] et d'[[diag_addict:alcool]] le week-end. Motivé pour un suivi au CSAPA de Roubaix. AUDIT 19.
* CSAPA - suivi [[diag_addict:méthadone]] : Mme [[name:Lefranc]] [[name:Jessica]], 60 mg/j, délivrance hebdomadaire. Urines : [[diag_addict:cannabis]] +, [[diag_addict:opiacés]] -. Bébé de 8 mois gardé par sa mère Mme [[other_name:Lefranc Sylvie]].
- Consultation addictologie, patient vu seul : réduction de la consommation, agenda de consommation rempli, 3 jours sans sur 7. Prochain RDV dans 15 jours.
MALLET|Quentin|||||*|Note psy : M. [[name:Mallet]] [[name:Quentin]] revu après sa [[diag_mental:TS]] par phlébotomie le [[date_partial:18/10]]. Plus d'[[diag_mental:idées suicidaires]] exprimées, sous [[diag_mental:sertraline]] 100. Rendez-vous avec le Dr [[other_name:Arrighi]] mardi.
* Service fermé, chambre d'apaisement : Mlle [[name:Traoré]] [[name:Kadiatou]], 22 ans, hospitalisée en SDRE depuis le [[date_partial:2 novembre]], [[diag_mental:épisode maniaque]] ([[diag_mental:trouble bipolaire]] de type 1). [[diag_mental:Lithium]] repris, [[diag_mental:lithiémie]] à contrôler jeudi.
- Pharmacie : rappel, les injections retard sont conservées au frigo du poste de soins, traçabilité sur le cahier rouge. Vérifier les dates de péremption le 1er du mois.
TIRUCHELVAM|Vasanthi|||||*|Consultation de suivi : Mme [[name:Tiruchelvam]] [[name:Vasanthi]] (traduite par sa fille [[other_name:Abirami]]) : [[diag_mental:syndrome dépressif]] depuis le décès de son mari, sommeil haché. Introduction [[diag_mental:mirtazapine]] 15 mg. PHQ-9 à 17.
* CATTP : M. [[name:Lebreton]] [[name:Ludovic]] absent à l'atelier cuisine pour la 3e fois. Appelé sur son portable [[phone:07 68 03 21 59]], pas de réponse, message laissé. Infirmier référent : [[other_name:Yohann]].
- Liaison psychiatrique aux urgences : patient vu à 2h, pas d'élément délirant, pas d'[[diag_mental:idée suicidaire]], retour à domicile avec son épouse. Courrier au médecin traitant.
PHAM|Duc Minh|||||*|Addictologie : M. [[name:Phạm]] [[name:Đức Minh]], [[diag_addict:chemsex]] ([[diag_addict:GHB]], [[diag_addict:3-MMC]]), [[diag_hiv:PrEP]] à la demande. Dépistage [[diag_sti:IST]] ce jour : [[diag_sti:chlamydia]] anale positive. Partenaires à prévenir.
* Entretien infirmier : M. [[name:Hoarau]] [[name:Jean-Hugues]] dit avoir rechuté (whisky) après l'enterrement de son frère. [[diag_addict:Aotal]] arrêté de lui-même. Proposé une [[diag_addict:cure de sevrage]] à la clinique de Saint-Pierre.
- Planning des injections retard de la semaine : 6 patients, dont 2 à domicile. Voiture de service réservée mercredi matin.
KABBAJ|Nour|||||*|Pédopsy : [[name:Nour]] [[name:Kabbaj]], 15 ans, [[diag_mental:anorexie mentale]] restrictive, IMC 14,8. Contrat de poids à 40 kg. Les parents (Mme [[other_name:Kabbaj]] et M. [[other_name:El Fassi]]) voient la psychologue à part.
* SMPR : détenu M. [[name:Duval]] [[name:Kévin]], écrou [[id:42817]], [[diag_addict:Subutex]] 8 mg délivré en présence de l'IDE. [[diag_mental:Scarifications]] superficielles avant-bras G découvertes ce matin, soins faits.
- Staff : discussion sur la sortie d'un patient en programme de soins, accord de l'équipe. Transport par les parents samedi 10h.
LE HIR|Nolwenn|||||*|Note de sortie : Mme [[name:Le Hir]] [[name:Nolwenn]] quitte l'unité après 3 semaines pour [[diag_mental:décompensation psychotique]]. Traitement : [[diag_mental:aripiprazole]] 15 mg, Imovane si besoin. Suivi au CMP de Morlaix, 1er RDV le [[date_partial:12/01]].
* Consultation jeune consommateur : [[name:Enzo]] [[name:Lopes Cardoso]], 17 ans, [[diag_addict:cannabis]] quotidien (5 joints/j), accompagné de sa mère Mme [[other_name:Cardoso]]. Déscolarisé depuis [[date_month:septembre]].
- Réunion partenariale avec le CAARUD : distribution de matériel stérile, projet de salle de repos. Compte rendu à diffuser.
AMRANI|Yacine|||||*|Urgences psy : M. [[name:Amrani]] [[name:Yacine]], 26 ans, amené par la police pour agitation sur la voie publique, [[diag_addict:ivresse]] aiguë, alcoolémie 2,1 g/L. Hospitalisation en SPDT, tiers : sa sœur Mme [[other_name:Amrani Leïla]], [[phone:06 27 41 88 02]].
* Appel du Dr [[other_name:Pellegrini]] (psychiatre libéral) pour Mme [[name:Guérin]] [[name:Laure]] : arrêt du [[diag_mental:Deroxat]], relais par [[diag_mental:Effexor]] 75. Demande un bilan thyroïdien.
- Note IDE unité fermée : chambre 4 en isolement depuis 14h, surveillance toutes les 15 minutes, repas pris. Levée de l'isolement à 19h sur décision médicale.
* Groupe de parole [[diag_addict:alcool]] : 7 participants, dont M. [[name:Le Dantec]] [[name:Youenn]] qui fête ses 6 mois d'abstinence. Prochaine séance jeudi [[date_partial:19 mars]] à 17h.
SAINT-LOUIS|Wilfrid|||||*|Consultation : M. [[name:Saint-Louis]] [[name:Wilfrid]], 41 ans, [[diag_mental:état de stress post-traumatique]] après le séisme, cauchemars, hypervigilance. Vit chez son cousin [[other_name:Dieuseul Bélizaire]], [[address:41 rue de la République]], [[postcode_city:93200 Saint-Denis]].
- IDE : entretien téléphonique avec la tutelle (UDAF) pour le budget hebdomadaire d'un patient, 70 euros versés le lundi.
* Mme [[name:Moulin]] [[name:Aurélie]] demande l'arrêt de son [[diag_mental:Zyprexa]] car elle a pris 9 kg. Rediscuté avec le Dr [[other_name:Bastiani]] : diminution à 5 mg, diététicienne.
GUEYE|Mamadou|||||*|CSAPA : M. [[name:Gueye]] [[name:Mamadou]], sous [[diag_addict:buprénorphine]] 12 mg, demande un relais par [[diag_addict:Suboxone]]. Hébergé au foyer [[address:Adoma]] [[address:15 avenue Jean-Jaurès]], [[postcode_city:69007 Lyon]].
""")

# Emergency triage (IOA)
ROWS.append(r"""
# IOA triage notes: reasons, constants, FRENCH tri levels, who came with whom, telegraphic.
- IOA 14h02 : douleur thoracique depuis 1h, constrictive, irradiant bras G. TA 156/92, FC 98, SpO2 97 %. ECG fait à l'accueil en moins de 10 min. Tri 2, box 3.
* IOA : Mme [[name:Guillou]] [[name:Enora]], 31 ans, [[diag_preg:enceinte]] de 12 [[diag_preg:SA]], métrorragies depuis ce matin, EVA 5. Tri 3. Orientée vers les urgences gynéco. Conjoint ([[other_name:Tanguy]]) présent.
HAMIDOU|Anli|||||*|IOA 03h40 : M. [[name:Hamidou]] [[name:Anli]], 23 ans, plaie main D par verre, saignement contrôlé. Amené par un ami. Tél : [[phone:06 39 70 21 84]]. Tri 4. SAT à jour ? ne sait pas.
- Accueil : enfant 4 ans, fièvre 39,8 depuis 48h, Doliprane donné à 13h par les parents. Score de Glasgow 15, pas de purpura. Tri 3, circuit pédiatrique.
* IOA - motif : chute de sa hauteur. Mme [[name:OBERLÉ]] [[name:Germaine]], 89 ans, vient de l'EHPAD [[address:Les Vosges]] avec sa fiche de liaison. Douleur hanche G, rotation externe du MI G. Tri 3.
BAPTISTA|Nelson|||||*|IOA : M. [[name:Baptista]] [[name:Nelson]], 45 ans, maçon, chute d'échafaudage 3 m, GCS 15, douleur lombaire. Le patron (M. [[other_name:Lagarde]]) a déclaré l'AT. Tri 2.
- Salle d'attente : 23 patients, délai médian 3h10. Renfort IOA demandé à 18h. Box 5 hors service (aspiration défaillante).
* IOA 22h15 : M. [[name:Carré]] [[name:Didier]], 58 ans, [[diag_addict:alcoolisation aiguë]], plaie arcade, haleine œnolique, se dit SDF. Dernière adresse connue : [[address:centre d'hébergement Le Phare]], [[postcode_city:76600 Le Havre]]. Tri 3.
WOZNIAK|Bartosz|||||*|IOA : M. [[name:Woźniak]] [[name:Bartosz]] ne parle pas français, interprétariat par téléphone (polonais). Douleur abdominale FID depuis hier, fièvre 38,4. Signe de Mac Burney positif. Tri 3.
- Triage : 2 victimes d'un AVP (moto vs voiture), annoncées par le SAMU, arrivée prévue 16h30. Déchocage préparé. Chirurgien d'astreinte prévenu.
* IOA : [[name:Mahé]] [[name:Lilou]], 16 ans, accompagnée de sa mère Mme [[other_name:Mahé Sandrine]]. [[diag_mental:Intoxication médicamenteuse volontaire]] (Doliprane 12 cp) il y a 2h. Consciente, calme. Tri 2, paracétamolémie à H4.
- IOA 06h10 : homme 70 ans, rétention urinaire aiguë, globe à 900 ml au Bladder Scan, sonde posée. Tri 3. Anticoagulé (Xarelto).
DJIBO|Hadiza|||||*|Accueil urgences : Mme [[name:Djibo]] [[name:Hadiza]], 27 ans, originaire du Niger, céphalées et vomissements. [[diag_preg:Grossesse]] de 34 [[diag_preg:SA]] non suivie. TA 168/110 -> tri 1, appel SF et obstétricien, suspicion de [[diag_preg:prééclampsie]].
* IOA : M. [[name:Lechat]] [[name:Bruno]], 52 ans, morsure de chat à la main G (le chat du voisin). Rage ? non, chat vacciné selon le voisin M. [[other_name:Rousseau]]. Tri 4.
- Note IOA : patient reparti avant d'être vu par le médecin (sortie sans avis), appel sur le numéro donné à l'accueil sans réponse. Fiche de sortie contre avis non signée.
KERBRAT|Loïc|||||*|IOA 01h20 : M. [[name:Kerbrat]] [[name:Loïc]], 35 ans, ramené par les pompiers de [[address:la cale du port]] de [[postcode_city:29760 Penmarc'h]], hypothermie 34,9°C après chute à l'eau, alcoolémie positive. Tri 2.
* Accueil : Mme [[name:Azoulay]] [[name:Esther]], 82 ans, confusion depuis 24h selon son fils [[other_name:David Azoulay]] ([[phone:01 45 22 68 30]]). Glycémie 1,12. BU : leucocytes +++, nitrites +. Tri 3.
- IOA : patient sous Préviscan, INR 5,8 au labo de ville, épistaxis. Tri 2. Vitamine K à discuter.
* IOA : [[name:Yasmine]] [[name:Benhamou]], 19 ans, douleur pelvienne aiguë à droite, [[diag_preg:test de grossesse]] urinaire positif à l'accueil, DDR il y a 7 semaines. Suspicion de [[diag_preg:GEU]]. Tri 2.
THAMBIRAJAH|Sivanesan|||||*|IOA : M. [[name:Thambirajah]] [[name:Sivanesan]], 63 ans, diabétique, plaie du pied qui sent mauvais, fièvre. Son neveu [[other_name:Kajan]] traduit (tamoul). Adresse : [[address:8 rue Philippe-de-Girard]], [[postcode_city:75010 Paris]]. Tri 3.
- IOA : patient connu du service pour des passages répétés (douleurs abdominales), bilan antérieur négatif. Tri 4, attente.
* IOA 17h50 : Mme [[name:Le Roux]] [[name:Soizic]], 45 ans, dit avoir été frappée par son conjoint ([[other_name:Frédéric]]). Hématome orbitaire G, contusion thorax. Tri 3. Proposition d'appel à l'assistante sociale et UMJ.
- IOA : enfant de 2 ans, ingestion possible de pile bouton, asymptomatique. Radio en urgence, tri 2.
FOFANA|Moussa|||||*|IOA : M. [[name:Fofana]] [[name:Moussa]], né le [[date:01/01/1988]] (date approximative sur le titre de séjour), douleur thoracique atypique. N° dossier AME [[id:75 014 228 931]] ? à vérifier par les admissions. Tri 3.
* Accueil 04h : M. [[name:Bonnefoy]] [[name:Cyril]], 39 ans, surdose d'[[diag_addict:héroïne]], Narcan 0,4 mg fait par le SMUR, GCS 14. Tri 1 à l'arrivée puis 2.
- IOA : AES (piqûre par aiguille souillée) chez une aide-soignante, 1h après l'exposition. Protocole AES, sérologie du patient source à demander. Tri 2.
""")

# Pharmacy validation comments
ROWS.append(r"""
# Hospital pharmacy (PUI) validation comments, interventions pharmaceutiques, officine calls, rétrocession.
- Validation pharmaceutique : Augmentin 1 g x3 IV, clairance de Cockcroft 28 ml/min -> proposer 1 g x2. Intervention envoyée au prescripteur.
* IP : Mme [[name:Lozach]] [[name:Katell]], association Kardégic + Eliquis sans indication retrouvée, à réévaluer. Prescripteur Dr [[other_name:Jaouen]] informé par messagerie.
DUCHEMIN|Roger|||||*|Conciliation médicamenteuse d'entrée : M. [[name:Duchemin]] [[name:Roger]], bilan fait avec la pharmacie d'officine (Pharmacie de l'Abbaye, [[phone:02 31 85 40 17]]). Divergence : Levothyrox 100 à domicile, 75 prescrit.
- Rupture de stock : Spasfon injectable, remplacé par Phloroglucinol Arrow jusqu'à nouvel ordre. Diffusé aux cadres.
* Validation : [[diag_mental:clozapine]] ([[diag_mental:Leponex]]) 300 mg/j chez M. [[name:Oyharçabal]] [[name:Ximun]] : NFS de la semaine non reçue, dispensation bloquée jusqu'au résultat (PNN). Rappel au service.
RAKOTOMALALA|Hanitra|||||*|Rétrocession : Mme [[name:Rakotomalala]] [[name:Hanitra]], [[diag_hiv:Biktarvy]] 1 boîte, ordonnance du Dr [[other_name:Bouvet]] (CeGIDD) valable jusqu'au [[date_partial:15/04]]. Carte vitale à jour, n° de sécu [[nir:{nir:2 82 06 99 216 043}]].
- Commentaire PUI : héparine sodique IVSE, protocole anti-Xa du service, dosage à H6. Seringue de 50 ml, 25 000 UI.
* Officine : appel de la Pharmacie Lafayette pour M. [[name:Mercier]] [[name:Alain]], ordonnance sécurisée de [[diag_addict:méthadone]] sans la mention du chevauchement. Prescripteur joint : délivrance 14 jours autorisée.
- Alerte ANSM : retrait de lot Doliprane 1000 (lot AB1234), vérifier les stocks des unités. Aucun lot concerné chez nous.
* IP n°2 : Mme [[name:Boulanger]] [[name:Ginette]], Tramadol + [[diag_mental:Seroplex]] -> risque de syndrome sérotoninergique. [[diag_mental:Seroplex]] 10 mg poursuivi après accord du psychiatre de liaison.
HOANG|Van Tuan|||||*|Pharmacie : M. [[name:Hoàng]] [[name:Văn Tuấn]] a apporté son traitement personnel (Chinois ? non, vietnamien, boîtes non identifiées). Mis en sachet scellé au nom du patient, rendu à la sortie à son fils [[other_name:Hoàng Minh]].
- Validation : vancomycine IV, taux résiduel 8 mg/L, objectif 15-20, augmentation de la dose d'entretien. Prochain dosage avant la 4e dose.
* Analyse d'ordonnance : [[name:Marine]] [[name:Lestrade]], 24 ans, isotrétinoïne 20 mg, [[diag_preg:test de grossesse]] négatif du [[date_partial:3/03]], [[diag_repro:contraception]] par [[diag_repro:pilule]] confirmée. Dispensation pour 30 jours.
- Dotation du service : commande hebdomadaire validée, sauf Lovenox 4000 (stock suffisant). Armoire à pharmacie vérifiée, 2 périmés retirés.
PIETRI|Saveria|||||*|Appel à la pharmacie de Mme [[name:Pietri]] [[name:Savéria]] ([[address:2 cours Napoléon]], [[postcode_city:20000 Ajaccio]]) : le [[diag_mental:Téralithe]] 400 LP n'est plus délivré sans la dernière [[diag_mental:lithiémie]]. Résultat faxé.
* ATU nominative : M. [[name:Bayo]] [[name:Ousmane]], traitement de la tuberculose multirésistante, bédaquiline. Dossier envoyé à l'ANSM le [[date_partial:9 janvier]]. Le Dr [[other_name:Ndiaye-Fall]] suit le dossier.
- IP : doublon d'IPP dans la prescription (paracétamol en IV et en PO), suppression de la forme PO. Prescripteur d'accord.
* Validation : Mme [[name:Lemaire]] [[name:Pauline]], [[diag_repro:DIU]] au cuivre posé ce jour au bloc, sortie avec ordonnance d'antalgiques. Rien à signaler côté pharmacie.
BEN SAID|Mourad|||||*|Conciliation de sortie : M. [[name:Ben Saïd]] [[name:Mourad]], arrêt du Lasilix, introduction Aldactone 25. Plan de prise remis au patient et faxé à sa pharmacie (Pharmacie Centrale, [[postcode_city:38100 Grenoble]]).
- Commentaire : vérification des préparations de chimiothérapie de la matinée, double contrôle OK, 12 poches libérées. Gemzar 1600 mg : reconstitution conforme.
* Validation : [[diag_hiv:Descovy]] en [[diag_hiv:prophylaxie pré-exposition]] pour M. [[name:Roussel]] [[name:Bastien]], schéma continu. Créatinine à contrôler à M3. Le patient préfère retirer à l'officine.
- Retour de médicaments non utilisés par le service de médecine : Xarelto 20 (x14), Inexium 40 (x20). Réintégrés au stock après contrôle.
MENDY|Augustine|||||*|IP : Mme [[name:Mendy]] [[name:Augustine]], 71 ans, [[diag_mental:Haldol]] 5 mg en si besoin, QT à 510 ms sur l'ECG du [[date_partial:21/06]]. Proposition : arrêt, avis cardio. Dr [[other_name:Carrère]] a validé.
* Officine de garde (Pharmacie du Port, [[postcode_city:97400 Saint-Denis]]) : M. [[name:Payet]] [[name:Jean-Max]] ne retrouve pas son [[diag_addict:Subutex]]. Pas de délivrance anticipée sans l'accord du prescripteur.
- Rappel : les prescriptions d'antibiotiques > 7 jours doivent être justifiées. Liste des 5 dossiers à revoir transmise à l'infectiologue référent.
* Validation : [[name:Alexandrina]] [[name:Popa]], 33 ans, méthotrexate en [[diag_preg:post-partum]]... non, le MTX est pour une [[diag_preg:GEU]], dose unique 50 mg/m2. βHCG à J4 et J7.
""")

# Social worker notes
ROWS.append(r"""
# Social work: evaluations, rights, housing, protection, guardianship, domiciliation, SIAO.
* Évaluation sociale : M. [[name:Abalain]] [[name:Corentin]], 61 ans, vit seul [[address:6 venelle du Moulin]], [[postcode_city:29200 Brest]], au 3e sans ascenseur. APA demandée. Sa sœur Mme [[other_name:Abalain-Prigent]] habite Quimper.
- Note AS : dossier MDPH envoyé pour 3 patients du service (AAH, RQTH). Délai de traitement annoncé : 6 mois. Relance prévue.
GOMIS|Rosalie|||||*|Service social : Mme [[name:Gomis]] [[name:Rosalie]], sans titre de séjour, AME en cours (récépissé du [[date_partial:octobre 2024]]). Hébergée par une compatriote, Mme [[other_name:Sagna Odile]], [[address:14 rue Lénine]], [[address:appt 52]], [[postcode_city:94200 Ivry-sur-Seine]].
* AS : entretien avec Mme [[name:Lagadec]] [[name:Brigitte]], fille et tutrice de M. [[name:Lagadec]] [[name:Fañch]]. Demande de place en EHPAD (dossier Via Trajectoire fait). Tél : [[phone:02 96 43 71 18]].
- Assistante sociale : demande de mise sous protection (sauvegarde de justice) pour un patient du service, certificat du médecin inscrit sur la liste du procureur à programmer.
MOHAMED|Fatima|||||*|Note sociale : Mme [[name:Mohamed]] [[name:Fatima]], 38 ans, 4 enfants, victime de violences conjugales, mise à l'abri par le 115 à l'hôtel [[address:Ibis Budget]] [[address:Porte de Bagnolet]]. Le conjoint (M. [[other_name:Ali Mohamed Madi]]) ne doit pas connaître l'adresse.
* Domiciliation : M. [[name:Le Bihan]] [[name:Pierrick]], SDF, domicilié au CCAS, [[address:BP 71]], [[postcode_city:56100 Lorient]]. Pas de téléphone. Vient chaque mardi au restaurant social.
- Réunion de synthèse avec le Conseil départemental pour une situation de mineur non accompagné : âge à déterminer, examen osseux refusé par l'équipe. Relais ASE.
ZAJAC|Stanisław|||||*|Fiche sociale : M. [[name:Zając]] [[name:Stanisław]], 79 ans, retraité des mines, veuf. Son fils [[other_name:Henryk]] vit en Allemagne ([[phone:+49 170 2254 813]]). Mutuelle : Harmonie, n° adhérent [[id:004 571 832]].
* Entretien AS : Mme [[name:Perrot]] [[name:Mélanie]], 28 ans, [[diag_preg:enceinte]] de 5 mois, sans logement depuis sa séparation. Orientée vers le centre maternel. Référente ASE : Mme [[other_name:Hamelin]].
- Service social : rappel des permanences de la CPAM le jeudi de 14h à 16h dans le hall. Point d'accès aux droits.
IRIGOIN|Panpi|||||*|AS : M. [[name:Irigoin]] [[name:Panpi]], exploitant agricole, ferme [[address:Etxeberria]], [[address:quartier Ibarre]], [[postcode_city:64120 Saint-Just-Ibarre]]. Son frère [[other_name:Manex]] reprend l'exploitation pendant l'hospitalisation. Aide MSA demandée.
* Signalement : enfant [[name:Lina]] [[name:Meziane]], 6 ans, vue aux urgences pour brûlure de cigarette suspecte. Information préoccupante envoyée à la CRIP le [[date:14/02/2025]]. Mère : Mme [[other_name:Meziane Samira]].
- Note AS : entretien avec un patient sur ses dettes de loyer, orientation vers la commission de surendettement et le FSL. A revoir semaine prochaine.
BELIZAIRE|Marie-Ange|||||*|Service social : Mme [[name:Bélizaire]] [[name:Marie-Ange]], haïtienne, demandeuse d'asile (OFPRA), [[diag_hiv:séropositive]], suivie au CHU. Hébergement CADA : [[address:résidence Le Grand Chêne]], [[address:bât. 2]], [[postcode_city:59000 Lille]].
* Tutelle : M. [[name:Lefebvre]] [[name:Jacky]] est sous curatelle renforcée, mandataire ATI (M. [[other_name:Dujardin]], [[phone:03 21 55 90 42]]). Toute décision financière passe par le curateur.
- Synthèse médico-sociale : retour à domicile impossible (logement insalubre signalé à l'ARS), recherche de SSR en cours. Famille absente.
DA CUNHA|Maria de Fátima|||||*|Entretien : Mme [[name:Da Cunha]] [[name:Maria de Fátima]], aidante de son mari ([[other_name:José Da Cunha]], Parkinson évolué). Épuisement. Demande de répit en accueil temporaire. Adresse : [[address:Les Hauts de Massane]], [[address:rés. Le Tage]], [[postcode_city:34080 Montpellier]].
* AS : M. [[name:Vidal]] [[name:Thierry]], 55 ans, [[diag_addict:alcoolodépendant]], sort du service. Pas de logement : place en CHRS [[address:La Passerelle]] obtenue via le SIAO pour le [[date_partial:20 novembre]].
- Service social : permanence fermée pendant les congés de fin d'année, les demandes urgentes passent par la cadre de santé.
PHAN|Thi Kim Lien|||||*|Service social : Mme [[name:Phan]] [[name:Thị Kim Liên]], 74 ans, ne sait ni lire ni écrire le français. Courriers de la CAF à son fils [[other_name:Phan Quốc Bảo]], [[email:quocbao.phan74@gmail.com]].
* Note sociale : Mlle [[name:Ramanantsoa]] [[name:Fara]], étudiante, demande d'aide pour son [[diag_repro:IVG]] (pas de mutuelle, prise en charge à 100 %). Anonymat demandé vis-à-vis de ses parents.
- Assistante sociale du CMP : dossier de logement social déposé (numéro unique en attente), 3 refus de proposition déjà. Situation suivie.
MASSAMBA|Dieudonné|||||*|AS : M. [[name:Massamba]] [[name:Dieudonné]], 47 ans, travailleur du BTP, arrêt maladie. Employeur : entreprise Bati-Est. Adresse : [[address:32 rue du Général-Leclerc]], [[address:2e étage gauche]], [[postcode_city:57000 Metz]].
* Réunion avec le juge des tutelles : Mme [[name:Rouxel]] [[name:Odette]], mesure de tutelle confiée à sa nièce Mme [[other_name:Rouxel-Gautier Pascale]]. Audience le [[date_partial:2 avril]] à 10h au tribunal de Saint-Brieuc.
""")

# SMS and voicemail transcriptions
ROWS.append(r"""
# SMS and voicemail: transcribed by the secretary or pasted from the service phone; no accents, SMS spelling, numbers dictated.
- Message répondeur 8h12 : "bonjour c'est le labo, on a un tube hémolysé pour un patient de chez vous, merci de reprélever" (pas de nom laissé).
* Répondeur : "Oui bonjour c'est [[other_name:Gwenola]] la fille de Mme [[name:Kerhervé]], maman sort jeudi et j'aimerais savoir à quelle heure, vous pouvez me rappeler au [[phone:zéro six, quarante-deux, dix-huit, soixante-dix, zéro trois]], merci".
- SMS reçu sur le portable du service : "bjr c pour le rdv de 14h je serai en retard 15 min dsl" (numéro inconnu, pas de nom).
TOURE|Awa|||||*|SMS de Mme [[name:Touré]] : "Bonjour docteur c [[name:Awa]] [[name:Touré]] jai plus de [[diag_hiv:Triumeq]] il me reste 2 jours jpeux passer demain matin ?" -> ordonnance préparée à l'accueil.
* Message vocal (traduit du portugais par l'IDE [[other_name:Sónia]]) : la femme de M. [[name:Teixeira]] [[name:Albino]] dit qu'il est tombé à la maison ([[address:Rua das Flores 112]], [[postcode_city:4050-265 Porto]]) et ne viendra pas au RDV.
- SMS du MT au service : "Patient de la 12 : merci de me faxer le CR de sortie, mon fax a changé, nouveau numéro sur le site de l'Ordre." (non signé)
KOUYATE|Sékou|||||*|Répondeur 19h40 : "c'est [[name:Sékou]] [[name:Kouyaté]], je suis le patient du mardi pour la [[diag_addict:méthadone]], j'ai raté le bus, je viens demain, mon numéro c'est le [[phone:07 52 88 14 06]]".
* SMS pasté dans le dossier : "slt c [[name:Maëva]], jsui a l'hopital de Pointe-à-Pitre, jai fai un malaise, dis a Tatie [[other_name:Lucette]] que jpeu pa venir samedi" (patiente Mme [[name:Jalton]] [[name:Maëva]]).
- Messagerie vocale : pharmacie de garde, demande un renouvellement de Lovenox pour un patient sorti ce matin, rappeler au numéro habituel.
* Répondeur : "Bonjour, [[other_name:Marie-Pierre Joly]], infirmière libérale à Brignoles, pour M. [[name:Giraud]], le pansement, il faut que je le refasse tous les combien ? Rappelez-moi au [[phone:06 . 11 . 47 . 92 . 35]]."
LE MEUR|Gaël|||||*|SMS du patient : "bonsoir cest [[name:Gaël]] [[name:Le Meur]], jai repris de la [[diag_addict:coke]] ce week end, jsuis pas fier, on peut se voir avant jeudi ?" -> RDV proposé mercredi 10h avec l'addictologue.
- Répondeur du service social : message d'un bailleur social concernant un locataire hospitalisé, demande d'un contact. Numéro laissé inaudible.
* Vocal reçu à 23h : la sœur de M. [[name:Pinto]] [[name:Américo]] ([[other_name:Lurdes]]) demande s'il peut recevoir des visites, elle arrive de Bragança en car. Rappelée le lendemain 9h.
NDIAYE|Coumba|||||*|SMS : "Mr le docteur jé reçu la lettre pour l'échographie le [[date_partial:17 juin]] mé je serai au pays jusqu'au 30, on peu changer ? [[name:Coumba]] [[name:Ndiaye]] [[phone:0758214390]]".
- Message laissé sur le répondeur des consultations : annulation d'un RDV de 11h sans précision, rappel impossible (numéro masqué).
* Répondeur : "Allo oui c'est Mme [[name:Sauvage]], j'appelle pour mon mari [[other_name:Bernard]], il a pris ses cachets deux fois ce matin, les rouges, je sais pas ce que je dois faire" -> rappelée 5 min après, Kardégic x2, rassurée.
LY|Sophea|||||*|SMS de la fille de Mme [[name:Ly]] ([[other_name:Chantha]]) : "maman a vomi tte la nuit, elle prend tjrs le Metformine ?? on a rdv le [[date_partial:3/11]] avec le Dr [[other_name:Heng]], merci de nous rappeler svp".
* Messagerie : "c'est [[other_name:Kévin]] de l'ambulance Bleu Marine, pour le retour de Mme [[name:Poisson]] à Concarneau, on a besoin de l'adresse exacte, c'est bien [[address:17 rue du Guilvinec]] ?" -> confirmé.
- SMS de rappel automatique envoyé aux patients du lendemain (32 SMS), 2 échecs (numéros invalides).
* Vocal (créole, traduit par l'ASH) : la tante de [[name:Stevenson]] [[name:Dorvil]] dit qu'il ne prend plus son [[diag_mental:Risperdal]] depuis une semaine et qu'il parle tout seul la nuit. Numéro : [[phone:+509 37 45 12 98]].
JEAN-PIERRE|Nadège|||||*|SMS patiente : "Bonjou doktè, se [[name:Nadège]], mwen pa ka vini jodi a, pitit mwen malad. Mèsi" -> RDV décalé au lundi [[date_partial:9 mars]]. Mme [[name:Jean-Pierre]] [[name:Nadège]].
- Message du standard : un journaliste a appelé pour des nouvelles d'un blessé de l'accident de la RN 165. Aucune information donnée, renvoyé vers la direction.
* Répondeur : "Dr [[other_name:Kerdraon]] de la maison de santé de Plougastel, je voudrais parler à l'interne qui suit M. [[name:Loaëc]] [[name:Hervé]], pour son INR, il est à 4,2, je vous laisse mon portable [[phone:06 60 21 93 48]]".
""")

# Letters and e-mails pasted into a comment
ROWS.append(r"""
# Letters pasted: GP letters, replies, MSSanté e-mails, letters from families, lawyers, insurers; headers and signatures kept.
* Courrier du MT collé : "Cher confrère, je vous adresse Mme [[name:Arbelbide]] [[name:Miren]], 67 ans, pour une dyspnée d'effort. ATCD : HTA, FA sous Eliquis. Bien confraternellement, Dr [[other_name:Xabier Elissalde]], [[address:4 place du Fronton]], [[postcode_city:64250 Cambo-les-Bains]], tél. [[phone:05 59 29 77 14]]."
- Courrier type de convocation : "Madame, Monsieur, vous êtes attendu(e) au service d'imagerie à jeun depuis 6 heures. Merci de vous munir de votre carte vitale et de vos anciens examens."
MARTINEZ|Dolores|||||*|Mail reçu (MSSanté) : "De : [[email:secretariat.cardio@ch-perpignan.mssante.fr]] Objet : Mme [[name:MARTINEZ]] [[name:Dolores]], née le [[date:23/08/1949]]. Merci de nous transmettre le dernier ETT et le Holter." -> envoyés.
* Lettre de la fille, scannée et retranscrite : "Je soussignée [[other_name:Laurence Keller]], demeurant [[address:9 rue du Château-d'Eau]] [[postcode_city:68000 Colmar]], autorise l'équipe à informer mon frère [[other_name:Marc]] de l'état de santé de notre père M. [[name:Keller]] [[name:Albert]]."
- Réponse type au patient (demande de dossier médical) : "Nous accusons réception de votre demande du 4 courant. Les copies vous seront adressées sous 8 jours par courrier recommandé."
OUATTARA|Salimata|||||*|Courrier du cabinet d'avocats collé : "Maître [[other_name:Hervé Lambert-Diallo]], avocat au barreau de Nantes, agissant pour Mme [[name:Ouattara]] [[name:Salimata]], sollicite la communication du dossier (séjour du [[date_partial:3]] au [[date:8 mars 2024]])."
* Mail de l'EHPAD : "Bonjour, Mme [[name:Wagner]] [[name:Irène]] (née [[name:Stoffel]]) rentre chez nous demain, pouvez-vous nous envoyer l'ordonnance à [[email:idec.ehpad-stjoseph@orange.fr]] ? Cordialement, [[other_name:Mireille Haas]], IDEC".
- Lettre de liaison (extrait) : "Patient hospitalisé pour pneumopathie franche lobaire aiguë, traité par Rocéphine 7 jours, apyrexie à J3. Score de Fine classe III. Sortie à domicile."
CASANOVA|Jean-Dominique|||||*|Courrier de l'assureur : "Monsieur [[name:CASANOVA]] [[name:Jean-Dominique]], contrat n° [[id:MX-4471-2290]], [[address:Lotissement U Fiuminale]], [[postcode_city:20290 Borgo]] : nous vous prions de faire remplir le questionnaire médical ci-joint par votre médecin."
* Lettre du patient : "Docteur, je veux arrêter le [[diag_mental:Seroplex]], je me sens mieux depuis l'été. Je viendrai en parler le [[date_partial:14]]... non le [[date_partial:15 octobre]]. [[name:Yannick]] [[name:Guégan]]".
- Courrier d'un laboratoire pharmaceutique reçu au secrétariat (invitation à une soirée d'information) : jeté, pas de rapport avec les patients.
DRAME|Fanta|||||*|Mail de la sage-femme libérale : "Suivi à domicile de Mme [[name:Dramé]] [[name:Fanta]] après [[diag_preg:accouchement]] le [[date_partial:28/09]] : [[diag_preg:allaitement]] OK, bébé [[other_name:Aïssatou]] 3,420 kg. [[other_name:Claire Morvan]], SF, [[phone:06 74 33 02 19]]".
* Lettre d'adressage : "Je vous confie M. [[name:Szewczyk]] [[name:Jan]], 58 ans, pour bilan d'une [[diag_addict:dépendance à l'alcool]] ancienne, sevré depuis [[date_partial:juin 2023]]. Confraternellement, Dr [[other_name:Anne-Sophie Wróbel]]".
- Message du directeur des soins, collé par la cadre : "Rappel : le port du badge est obligatoire dans les unités. Merci de veiller à ce que les intérimaires en soient munis."
TRUONG|Bao Ngoc|||||*|Courrier de sortie (copie pour la PMI) : "Mme [[name:Trương]] [[name:Bảo Ngọc]], [[diag_preg:primipare]], [[diag_preg:accouchée]] par voie basse le [[date:12/07/2025]]. Adresse : [[address:Résidence Les Lilas]], [[address:bât. F]], [[address:22 rue Gambetta]], [[postcode_city:91000 Évry]]."
* Courrier retourné (NPAI) : M. [[name:Lopes]] [[name:Adelino]], [[address:5 chemin des Vignes]], [[postcode_city:33370 Tresses]]. Nouvelle adresse inconnue, noter dans le dossier administratif.
- Lettre de réponse à la CDU : "Madame, nous avons bien reçu votre réclamation concernant le temps d'attente aux urgences. Une enquête interne a été menée." (pas de nom dans le modèle)
ROCHER|Anaïs|||||*|Mail de l'école (infirmière scolaire) pasté : "[[name:Anaïs]] [[name:Rocher]], élève de 3e, fait des malaises depuis la rentrée. Sa mère (Mme [[other_name:Rocher]]) est d'accord pour un bilan. [[email:infirmerie.college.jules-verne@ac-nantes.fr]]".
* Attestation de la consultation d'orthogénie collée : "certifie que Mme [[name:Benkirane]] [[name:Salma]] a bénéficié d'une [[diag_repro:interruption volontaire de grossesse]] médicamenteuse le [[date_partial:6 mai]]. Arrêt de travail 2 jours."
- Extrait de compte rendu opératoire collé : "Cholécystectomie cœlioscopique, vésicule lithiasique, pas de cholangiographie. Redon aspiratif. Suites simples attendues."
MUNOZ|Esteban|||||*|E-mail de la famille (espagnol) : "Hola, soy [[other_name:Carmen Muñoz]], hija de [[name:Esteban]] [[name:Muñoz]], vivimos en [[address:Calle Mayor 14]], [[address:3º B]], [[postcode_city:50001 Zaragoza]]. Mi teléfono es [[phone:+34 612 48 93 07]]."
* Courrier de la MDPH : M. [[name:Poulain]] [[name:Sébastien]], dossier n° [[id:044-2025-118734]], AAH accordée du [[date_partial:01/2025]] au [[date_partial:12/2029]]. Copie à la référente, Mme [[other_name:Guillemot]].
""")

# Lab comments, sendouts
ROWS.append(r"""
# Laboratory comments: sendouts to reference labs, non-conformities, critical values phoned, serologies, identity checks.
- Commentaire biologiste : prélèvement coagulé, NFS non réalisable. Merci de reprélever sur tube EDTA. Résultat de la CRP rendu.
* Envoi en sous-traitance (Cerba) : dosage de la vitamine B1 pour M. [[name:Quintin]] [[name:Goulven]], n° de demande [[id:2511-07734]], résultat attendu sous 8 jours.
FERREIRA|Manuela|||||*|Valeur critique : K+ 6,9 mmol/L chez Mme [[name:Ferreira]] [[name:Manuela]], téléphonée à l'IDE ([[other_name:Stéphanie]]) à 10h42, relue à voix haute. Hémolyse absente.
- Contrôle qualité interne hors limites sur l'automate de biochimie (lot 4471), série de 8h repassée après recalibration. Pas d'impact sur les résultats rendus.
* Sérologies : [[diag_hiv:VIH]] 1/2 (Ag p24 + Ac) négative, VHB : Ac anti-HBs 240 UI/L (vacciné), VHC négative, [[diag_sti:TPHA]]/[[diag_sti:VDRL]] négatifs. Patient : M. [[name:Rossignol]] [[name:Florent]].
MOKRANI|Djamel|||||*|Commentaire : discordance d'identité entre le tube (nom [[name:MOKRANI]] [[name:Djamel]], né le [[date:04/03/1966]]) et la prescription (né le [[date:03/04/1966]]). Analyse bloquée, merci de vérifier l'identité.
- Microbiologie : hémocultures 2 flacons sur 4 positives à Staphylococcus aureus sensible à la méticilline, antibiogramme à suivre. Appel fait à l'interne.
* Sous-traitance Biomnis : recherche de [[diag_sti:Chlamydia trachomatis]] et [[diag_sti:Neisseria gonorrhoeae]] par PCR sur auto-prélèvement vaginal, Mme [[name:Gaillard]] [[name:Océane]]. Délai 3 jours.
TSHIMANGA|Grâce|||||*|Hématologie : frottis sanguin de Mme [[name:Tshimanga]] [[name:Grâce]], drépanocytose SS connue, réticulocytes 310 G/L. Recherche de Plasmodium négative (goutte épaisse). Dr [[other_name:Lukusa]] informé.
- Commentaire : ECBU contaminé (flore polymorphe > 3 espèces), merci de refaire un prélèvement en milieu de jet après toilette.
* Transfusion : RAI positive (anti-Kell) chez Mme [[name:Dubreuil]] [[name:Clémence]], [[diag_preg:enceinte]] de 22 [[diag_preg:SA]]. Titrage envoyé au CNRHP. Phénotype étendu fait.
PAYET|Marie-Claude|||||*|Labo de Saint-Pierre : Mme [[name:Payet]] [[name:Marie-Claude]], sérologie dengue IgM positive, NS1 négatif. Prélèvement envoyé au CNR arbovirus pour confirmation (chikungunya et Zika demandés aussi).
- Biochimie : troponine Hs 48 ng/L à H0, 112 ng/L à H3, delta significatif. Biologiste a appelé le service de cardiologie.
* Toxicologie urinaire : [[diag_addict:opiacés]] +, [[diag_addict:buprénorphine]] +, benzodiazépines +, [[diag_addict:cocaïne]] -, [[diag_addict:cannabinoïdes]] -. Patient : M. [[name:Renaud]] [[name:Jordan]], n° de prélèvement [[id:77 412 905]].
ARBOGAST|Lucienne|||||*|Hémostase : INR 7,4 chez Mme [[name:Arbogast]] [[name:Lucienne]] (Coumadine), résultat téléphoné au Dr [[other_name:Reinhardt]] à 16h05. Contrôle le lendemain.
- Commentaire du biologiste : la recherche de Clostridioides difficile (toxine B par PCR) est positive. Isolement contact renforcé à mettre en place.
* Envoi au CHU de Rennes : caryotype et recherche de l'X fragile chez [[name:Titouan]] [[name:Le Du]], 4 ans, prescrit par le Dr [[other_name:Gouédard]] (génétique). Consentement signé par la mère ([[other_name:Morgane Le Du]]).
KOZLOWSKI|Piotr|||||*|Parasitologie : examen parasitologique des selles de M. [[name:Kozłowski]] [[name:Piotr]] : œufs de Taenia saginata. Traitement par praziquantel proposé. Contrôle à 3 mois.
- Hématologie : schizocytes à 2 %, plaquettes 38 G/L, bilan de MAT à discuter avec le clinicien. ADAMTS13 envoyé à Saint-Antoine.
* Sérologie : M. [[name:Ouadah]] [[name:Bilel]], [[diag_hiv:VIH]] positive en test de dépistage, confirmation par Western blot en cours, à ne pas communiquer au patient par téléphone. Médecin référent : Dr [[other_name:Tabet]].
- Microbiologie : BK-tubage J1 : examen direct négatif (Ziehl-Neelsen), culture en milieu de Löwenstein-Jensen en cours, PCR Mycobacterium tuberculosis négative.
ANDRIAMASY|Tojo|||||*|Commentaire : prélèvement reçu sans étiquette, nom écrit à la main "[[name:ANDRIAMASY]] [[name:T.]]", non conforme. Analyse refusée, merci de reprélever avec étiquettes (IPP [[id:{ipp}]]).
* Dosage : [[diag_mental:lithiémie]] 1,42 mmol/L chez Mme [[name:Leclerc]] [[name:Hélène]] (prélèvement 12h après la dernière prise), au-dessus de la cible. Appel du psychiatre, Dr [[other_name:Hoarau]].
- Biologie délocalisée : lecteur de glycémie du service de gériatrie en défaut, remplacé. Contrôle des bandelettes fait.
* Transfusion : Mme [[name:Le Saux]] [[name:Marie-Thérèse]] a reçu 2 CGR O+ le [[date_partial:5/12]], pas de réaction. Traçabilité retournée à l'EFS.
""")

# Overseas departments
ROWS.append(r"""
# Overseas: Guadeloupe, Martinique, Guyane, Réunion, Mayotte; quartiers, lieux-dits, 0690/0696/0694/0692/0639 phones, creole.
* CHU de Pointe-à-Pitre, urgences : M. [[name:Zami]] [[name:Fréderic]], 48 ans, domicilié [[address:section Boisvin]], [[postcode_city:97115 Sainte-Rose]], plaie du pied par coutelas. Sa concubine [[other_name:Josiane Bernos]], [[phone:0690 41 27 83]].
CELESTINE|Hyacinthe|||||*|Martinique, SSIAD du Nord : Mme [[name:Célestine]] [[name:Hyacinthe]], [[address:quartier Morne-Capot]], [[postcode_city:97221 Le Carbet]]. Pansement ulcère, glycémie 2,10. Fils [[other_name:Rudy]] au [[phone:0696 80 12 45]].
- Guadeloupe : alerte cyclonique orange, les consultations de l'après-midi sont reportées. Prévenir les patients de dialyse pour les horaires.
* Cayenne, PASS : M. [[name:Da Silva Santos]] [[name:Raimundo]], brésilien, orpailleur, paludisme à P. falciparum, parasitémie 2 %. Joignable via son cousin au [[phone:0694 23 56 71]]. Adresse : [[address:village Saramaca]], [[postcode_city:97351 Matoury]].
RIVIERE|Jean-Claude|||||*|Réunion, HAD Sud : M. [[name:Rivière]] [[name:Jean-Claude]], [[address:14 chemin Bassin Plat]], [[postcode_city:97410 Saint-Pierre]]. Pansement de moignon (amputation trans-tibiale, diabète). Sa fille [[other_name:Annabelle Grondin]] : [[phone:0692 64 18 03]].
- Mayotte, dispensaire de Kahani : 42 consultations ce jour, 6 enfants déshydratés transférés au CHM. Rupture de SRO.
* CHM Mamoudzou : Mme [[name:Attoumani]] [[name:Echati]], 24 ans, [[diag_preg:G3P2]], [[diag_preg:enceinte]] de 36 [[diag_preg:SA]], [[address:quartier Cavani]] à Mamoudzou, sans téléphone, à joindre via sa tante [[other_name:Zaïnaba]] au [[phone:0639 69 22 51]].
ANLI|Soilihi|||||*|Mayotte : M. [[name:Anli]] [[name:Soilihi]], 67 ans, vit à [[address:Mtsapéré]], [[address:rue du Stade]], [[postcode_city:97600 Mamoudzou]]. Diabète déséquilibré, HbA1c 11,2 %. Parle shimaoré, interprète : M. [[other_name:Combo]].
- Réunion : épidémie de chikungunya, consignes de protection contre les moustiques rappelées à tous les patients hospitalisés, moustiquaires aux fenêtres.
* Note IDE Saint-Laurent-du-Maroni : [[name:Kumalé]] [[name:Aïcha]], 17 ans, [[diag_preg:enceinte]], venue en pirogue d'Apatou, pas de suivi. Partenaire : [[other_name:Wilson Adjako]].
HOARAU|Marie-Josée|||||*|Psychiatrie, EPSMR : Mme [[name:Hoarau]] [[name:Marie-Josée]], [[diag_mental:dépression sévère]] après le décès de sa fille, consomme du [[diag_addict:zamal]] pour dormir. Habite [[address:12 impasse des Letchis]], [[postcode_city:97440 Saint-André]].
* Martinique, CMP de Fort-de-France : M. [[name:Louis-Jeune]] [[name:Ti-Paul]], [[diag_mental:psychose chronique]], injection d'[[diag_mental:Abilify Maintena]] faite, prochaine le [[date_partial:22/02]]. Vit chez sa mère Man [[other_name:Yvette]] [[address:route de Redoute]].
- Guyane, centre de santé de Maripasoula : radio hors service, évacuations sanitaires par hélicoptère pour les fractures. Prochaine mission dentaire dans 3 semaines.
* Urgences de Saint-Paul : M. [[name:Técher]] [[name:Jean-Bernard]], chute de letchi (3 m), fracture du poignet, Pouteau-Colles. Tél fixe [[phone:0262 45 71 09]], portable [[phone:+262 693 11 42 87]].
BAPTISTE|Line|||||*|Guadeloupe, consultation de suivi [[diag_hiv:VIH]] : Mme [[name:Baptiste]] [[name:Line]], charge virale indétectable sous [[diag_hiv:Biktarvy]]. [[diag_repro:Contraception]] : [[diag_repro:implant]] à changer en [[date_partial:mars 2026]]. Adresse : [[address:Résidence Caraïbes]], [[address:bât. 4]], [[postcode_city:97139 Les Abymes]].
- Mayotte, PMI de Sada : vaccination rougeole pour 18 enfants, 3 absents. Rattrapage prévu la semaine prochaine.
* Réunion, appel de la famille de M. [[name:Grondin]] [[name:Ludovic]] depuis la Métropole ([[phone:06 88 14 72 30]]) : sa mère ([[other_name:Marie-Lise]]) veut savoir s'il a pu prendre l'avion sanitaire.
MADI|Nasra|||||*|Mayotte : [[name:Nasra]] [[name:Madi]], née vers 1990 (date exacte inconnue, "[[date:01/01/1990]]" sur les papiers), [[diag_repro:IVG]] médicamenteuse demandée à 8 [[diag_preg:SA]]. Adresse : [[address:Kawéni]], [[address:village SIM]], [[postcode_city:97600 Mamoudzou]].
* Guyane : Mme [[name:Sinaï]] [[name:Rosemonde]], [[address:PK 12]], [[address:route de Montsinéry]], [[postcode_city:97355 Macouria]]. [[diag_sti:Syphilis]] secondaire traitée par Extencilline 2,4 MUI, contrôle [[diag_sti:VDRL]] à 3 mois.
- Martinique : canicule + sargasses, plusieurs patients asthmatiques en exacerbation. H2S mesuré au Robert. Information de l'ARS affichée.
* Pointe-à-Pitre, médecine : M. [[name:Démocrite]] [[name:Joël]], leptospirose (travail dans la bananeraie), insuffisance rénale aiguë. Employeur : SCEA Bois-Debout. Épouse [[other_name:Gisèle]], [[phone:05 90 86 12 74]].
""")

# Non-native writers, English and franglais
ROWS.append(r"""
# Notes by non-native writers (typos, grammar, missing accents), English notes by visiting staff, franglais.
- Patient of room 6 is sleeping well, no pain at night, vital signs ok. Morning blood test done, results pending. No fever.
* Note interne FFI : Monsieur [[name:Kerhoas]] [[name:Tudual]] il a beaucoup mal a la jambe gauch depuis hier soir, je donné paracetamol 1g, le douleur est mieu a 6h. Dr [[other_name:Haddad]] est informé.
BELLO|Chinedu|||||*|Handover (English): Mr [[name:Bello]] [[name:Chinedu]], 39, Nigerian, [[diag_hiv:HIV]] positive on [[diag_hiv:Dolutegravir]] and TDF/3TC, admitted with cryptococcal meningitis. Wife [[other_name:Ngozi]] on [[phone:+234 803 412 7765]].
- Interne stagiaire : patient chambre 9 a fait un malais vagal pendant le prise de sang, allongé, jambe surelevé, il va bien. TA 10/6 après.
* Note : the patient Mrs [[name:O'Sullivan]] [[name:Siobhán]], Irish tourist, fell in the street in Saint-Malo, Colles fracture R wrist. Travel insurance: Allianz, policy [[id:IE-77312-054]]. Husband [[other_name:Declan]] staying at hotel near the port.
VUKOVIC|Dragana|||||*|Note de l'IDE (formée en Serbie) : Mme [[name:Vuković]] [[name:Dragana]] a refuser sa douche, elle dit "pas aujourd'hui", elle parle avec sa fille [[other_name:Jelena]] sur le telephone tout l'aprèsmidi. Rien d'autre.
- ER note, visiting resident: 45yo male, chest pain, ECG normal sinus rhythm, troponin negative x2, discharged with follow-up by GP. Wells score low, no CT needed.
* FFI : Mme [[name:Benaissa]] [[name:Khadija]] elle a [[diag_preg:enceint]] de 3 mois, elle vomi beaucoup, on a fait perfusion 1L de serum. Son mari [[other_name:Mustapha]] dit elle ne mange pas depuis 4 jour.
NGOMA|Prisca|||||*|Mme [[name:Ngoma]] [[name:Prisca]] sort demain matin, sa soeur [[other_name:Ruth]] vient la cherché en voiture a 10h, adresse c'est [[address:17 avenu de la Liberation]] [[postcode_city:31200 Toulouse]]. Ordonnance donné.
- Note : patient very anxious about the surgery tomorrow, explained the procedure with translator (Arabic). Fasting from midnight, premedication Atarax 25 mg.
* Mr [[name:Schmidt]] [[name:Holger]], German patient, says "I am diabetic since 20 years, Metformin 1000 twice a day", wants to call his wife [[other_name:Ute]] in Freiburg ([[phone:+49 761 338 204]]). Done from ward phone.
TRAN|Thi Thu Ha|||||*|IDE : Mme [[name:Tran]] [[name:Thi Thu Ha]] elle compren pas bien le français, on a expliqué avec google traduction. Glycemie 3,2 g a midi, insuline fait. Son fils [[other_name:Long]] viendra soir.
- Discharge summary draft (English speaking patient): community acquired pneumonia, treated with amoxicillin, good clinical response. Advised to see GP in one week, repeat chest X-ray in 6 weeks.
* Note du médecin remplaçant : pt [[name:Ozturk]] [[name:Murat]], il a pris ses medicament de [[diag_mental:depression]] ([[diag_mental:sertralin]]) en double hier par erreur, pas de symptome, ECG normal. Adressé à son psychiatre.
RAZAFY|Voahangy|||||*|Nursing note: Ms [[name:Razafy]] [[name:Voahangy]] asked for the morning-after pill ([[diag_repro:Norlevo]]) after a condom broke. Given per protocol. She lives at [[address:4 rue Saint-Yves]], [[postcode_city:35000 Rennes]].
- Interne FFI : prescription de Lovenox 4000 oublié hier soir pour le lit 4, fait ce matin 8h, signalement EI remplie.
* Franglais de la garde : Mr [[name:Da Rocha]] [[name:Paulo]] desat à 86 % at 3am, mis sous O2 2L, ABG fait : pH 7,31 PaCO2 58, call the réa, ils passent. Wife ([[other_name:Graça]]) informed by phone.
GUNASEKARAN|Priya|||||*|IDE : Mme [[name:Gunasekaran]] [[name:Priya]] (tamoul seulement, son mari [[other_name:Ravi]] parle anglais), DDR ? she says "last period two month", [[diag_preg:test de grossesse]] demandé avant le scanner.
- Patient from Ukraine, speaks Russian, translator app used. Pain score 4/10, wound clean. Temporary protection papers at the front desk.
* Note de l'étudiante Erasmus : Sr [[name:Martín]] [[name:Gonzalo]] tiene fiebre 38,9 a las 22h, donné paracetamol, hemocultures faites. Habla poco francés. Su hija [[other_name:Lucía]] llama mañana.
KHAN|Imran|||||*|Ward round, in English: Mr [[name:Khan]] [[name:Imran]], 56, ex-smoker, COPD GOLD 3, exacerbation, on nebs, Pred 40. Son [[other_name:Faisal]] asks about home O2. Address: [[address:Flat 3]], [[address:21 Albert Road]], [[postcode_city:Bradford BD8 7QX]].
- IDE intérimaire (première nuit dans le service) : je n'ai pas trouvé le protocol de insuline, j'ai appelé l'interne, ok. Chariot de urgence vérifié.
* Interprète : Mme [[name:Ahmadi]] [[name:Zahra]], afghane, parle dari, a fui avec ses 2 enfants, ne dort plus, revit les scènes, [[diag_mental:PTSD]] probable. Orientée vers le Centre Primo Levi.
MÜLLER|Klaus|||||*|Handover in English by the Swiss locum: Mr [[name:Müller]] [[name:Klaus]], born [[date:1952-03-14]], AF on Eliquis, admitted for syncope, Holter planned tomorrow. Daughter [[other_name:Sabine Müller-Frei]]: [[email:sabine.mueller-frei@bluewin.ch]].
- Note: the patient in bed 12 asked for a vegetarian meal, kitchen informed. Also wants a newspaper in English.
""")

# Admissions and secretaries: numbers in odd shapes, names that are words, particles, capitals
ROWS.append(r"""
# Admissions, identity vigilance, secretaries: NIR and IPP in odd spacings, names that are words, particles, capitals.
* Admissions : doublon d'identité, IPP [[id:14 203 557]] et IPP [[id:14-209-881]] pour la même patiente Mme [[name:Lebœuf]] [[name:Aimée]], née le [[date:2.5.1944]]. Fusion demandée à la cellule d'identitovigilance.
LE BRETON|Yves|{nir:1 47 02 22 113 018}||||*|Secrétariat : M. [[name:LE BRETON]] [[name:Yves]], NIR [[nir:{nirk:1470222113018}]] (sans espaces sur la carte vitale), mutuelle à mettre à jour.
- Identitovigilance : rappel, toujours vérifier nom de naissance, prénom, date de naissance et sexe. Pas d'étiquette sans bracelet.
* Accueil : Mme [[name:de Kerguelen de Penanros]] [[name:Marie-Gwenaëlle]], nom d'usage [[name:DUPUIS]], n° SS [[nir:{nir:2.61.11.29.019.047}]]. Adresse : [[address:manoir de Kerlaouen]], [[postcode_city:29860 Plabennec]].
JUSTE|Ernest|||||*|Secrétariat : M. [[name:Juste]] [[name:Ernest]] (oui, c'est juste son nom) confirme le RDV du [[date_partial:8 janvier]] à 9h30 avec le Dr [[other_name:Sage]]. Ambulance de retour à réserver.
- Note administrative : le service des admissions sera fermé de 12h à 13h30 pendant les travaux. Les entrées urgentes passent par le bureau des urgences.
* Pré-admission : M. [[name:DU BOIS DE LA MOTTE]] [[name:Henri]], chirurgie programmée le lundi [[date_partial:17]]... pardon, mardi [[date_partial:18 novembre]]. N° de séjour [[id:S25-0448731]].
PARENT|Rose|||||*|RDV : Mme [[name:Parent]] [[name:Rose]] souhaite être accompagnée par sa fille, Mme [[other_name:Parent-Leduc]], pour la coloscopie. Préparation Moviprep expliquée. Joignable au [[phone:06-45-31-20-88]].
- Secrétariat de chirurgie : les comptes rendus de la semaine ont été tapés et envoyés, sauf 2 en attente de relecture du chirurgien.
* Dossier : Mlle [[name:Pierre]] [[name:Blanche]], 19 ans, née le [[date:12 février 2006]] à Jacmel (Haïti), NIR provisoire [[nir:{nir:2 06 02 99 132 557}]], IPP [[id:{ipp}]]. Tél : [[phone:+33 6 51 84 20 19]].
SAINT-ÉLOI|Marie-Ange|||||*|Courrier retourné : Mme [[name:SAINT-ÉLOI]] [[name:Marie-Ange]], [[address:Appt 1204]], [[address:tour Ravel]], [[address:2 allée Maurice-Ravel]], [[postcode_city:93290 Tremblay-en-France]]. NPAI.
- Secrétariat : 3 patients à reconvoquer (examens reportés à cause de la panne de l'IRM), liste dans le classeur rouge.
* Admissions : M. [[name:Lion]] [[name:Sylvain]], [[address:15 ter avenue du Lion-de-Belfort]], [[postcode_city:90000 Belfort]]. Carte vitale illisible, NIR saisi à la main : [[nir:{nir:1 72 08 90 010 236}]].
DAUPHIN|Clément|||||*|Convocation : M. [[name:Dauphin]] [[name:Clément]], consultation du mercredi [[date_partial:4 février]]... non, jeudi [[date_partial:5 février]], 14h. Adresser à [[address:La Petite Grange]], [[address:Le Bourg]], [[postcode_city:87290 Châteauponsac]].
- Bureau des entrées : rappel des pièces pour une hospitalisation programmée : pièce d'identité, carte vitale, mutuelle, livret de famille pour les mineurs.
* Vigilance : homonymes dans le service ! Mme [[name:Martin]] [[name:Colette]] (ch. 3, née en 1938) et Mme [[other_name:Martin Colette]] (ch. 11, née en 1951). Bracelets vérifiés.
VAN DER BERG|Anneke|||||*|Accueil : Mme [[name:van der Berg]] [[name:Anneke]], néerlandaise, EHIC [[id:8052 8000 0012 3456 7890]], en vacances au camping [[address:Les Dunes]], [[address:emplacement 42]], [[postcode_city:85160 Saint-Jean-de-Monts]].
- Secrétariat : fax en panne, les résultats sont envoyés par messagerie sécurisée. Prévenir les correspondants.
* Pré-admission : M. [[name:Vasseur]] [[name:Noël]], né le [[date:25 décembre 1950]] (oui, le jour de Noël), entrée prévue le [[date_partial:2/1]], chambre seule demandée (mutuelle OK).
BA|Oumar|||||*|Admission : M. [[name:Ba]] [[name:Oumar]], le nom s'écrit BA en deux lettres, né le [[date:31/12/1969]] à Kaolack. Nom du père : [[other_name:Ba Amadou]]. IPP [[id:00 14 77 29 03]].
- Note de la cadre : planning du mois prochain affiché, échanges de garde à valider avant le 15. Formation gestes d'urgence le mardi.
* Secrétariat : M. [[name:DE SOUSA]] [[name:Rui]], demande de copie du dossier. Envoi à [[address:Rua Dr. António Granjo 45]], [[address:2.º Esq.]], [[postcode_city:5400-032 Chaves]], Portugal. Mail : [[email:rui.desousa@sapo.pt]].
LEROI|Gwenaël|||||*|Admission : M. [[name:Leroi]] [[name:Gwenaël]] (pas "[[name:Le Roi]]"), [[address:4 rue du Roi-Gradlon]], [[postcode_city:29000 Quimper]]. Personne à prévenir : Mme [[other_name:Leroi Annick]], [[phone:02.98.55.41.67]].
* Secrétariat : [[name:ABOU]] [[name:Mouhamadi]], né le [[date:15/07/1983]] à Moroni, adresse chez M. [[other_name:Said Ali]], [[address:cité Saint-Exupéry]], [[address:bât. 9]], [[postcode_city:13014 Marseille]]. Tél [[phone:06 95 17 40 23]].
""")

# What must stay: eponyms, scores, drugs, places of care, names used as things; beside persons of those names
ROWS.append(r"""
# Must-survive words: eponyms, scores, germs, brands, hospitals and streets named after people, next to persons of the same names.
- Examen neuro : Babinski en flexion bilatéral, Romberg négatif, pas de signe de Lhermitte. Réflexes ostéo-tendineux vifs. Test de Dix-Hallpike positif à droite, manœuvre d'Epley faite.
* Mme [[name:Charcot]] [[name:Odile]] (aucun lien avec la maladie de Charcot !) consulte pour un pied de Charcot diabétique. Pansement et botte de décharge.
- Hospitalisée au pavillon Pasteur, unité Laennec, pour une maladie de Horton. Corticothérapie 0,7 mg/kg. Biopsie de l'artère temporale demandée.
PARKINSON|James|||||*|Mr [[name:Parkinson]] [[name:James]], British, no Parkinson's disease, admitted for a Colles fracture. Lives in Dordogne, [[address:lieu-dit Les Bories]], [[postcode_city:24220 Saint-Cyprien]].
- Score de Glasgow 13 (Y3 V4 M6), Apgar 8/10/10 chez le nouveau-né, Bishop à 6. CHA2DS2-VASc 4, HAS-BLED 2.
* Consultation : Mme [[name:Basedow]] ? non, Mme [[name:Bazin]] [[name:Danièle]], maladie de Basedow, carbimazole 20 mg, TRAK positifs. Orientée au service du Pr [[other_name:Le Gac]].
- Bactério : Klebsiella pneumoniae BLSE, Pseudomonas aeruginosa multisensible, Enterococcus faecalis. Candida albicans dans les urines, non significatif.
- Traitement de sortie : Kardégic 75, Bisoprolol 2,5, Atorvastatine 40, Ramipril 5, Inexium 20. Kiné (méthode McKenzie) 15 séances.
* M. [[name:Crohn]] [[name:Jérôme]] n'a pas de maladie de Crohn, il est suivi pour une RCH. Entyvio tous les 2 mois, dernière perfusion le [[date_partial:10/09]].
- Cardiologie : Holter ECG 24h, Doppler des troncs supra-aortiques, échographie trans-thoracique. Manœuvre de Valsalva efficace sur la TSV. Syndrome de Wolff-Parkinson-White éliminé.
* IDE : Mme [[name:Rose]] [[name:Capucine]] a un érythème rose pâle au niveau du sacrum, pas d'escarre constituée. Crème barrière. Coussin anti-escarre au fauteuil.
- Rééducation : échelle de Berg 41, test de Tinetti 22, Timed Up and Go 18 secondes, index de Barthel 70. Marche avec une canne anglaise.
- Hôpital Albert-Schweitzer de Colmar, unité Marie-Curie. Rue Henri-Dunant, bâtiment Paul-Broca. Consultation à la clinique Pasteur.
* M. [[name:Weber]] [[name:Loïc]], test de Weber latéralisé à gauche, test de Rinne négatif à G : surdité de transmission. Audiogramme demandé. Fils [[other_name:Théo Weber]] présent.
- Endoscopie : œsophage de Barrett sans dysplasie, classification de Prague C2M3. Helicobacter pylori négatif. Gastrite de Ménétrier éliminée.
- Réa : sonde de Swan-Ganz retirée, sonde de Foley en place, drain de Redon retiré. Ventilation : mode VS-AI, PEP 5. Score de Ramsay 2, RASS 0.
* M. [[name:Pasteur]] [[name:Louis]], 72 ans (homonyme célèbre), institut Pasteur pour vaccination fièvre jaune avant son voyage au Sénégal. Contre-indication ? non.
- Pédiatrie : maladie de Kawasaki, immunoglobulines IV. Purpura rhumatoïde chez le frère l'an dernier. Syndrome de Down chez un cousin.
- Médecine interne : syndrome de Gougerot-Sjögren, test de Schirmer à 3 mm, phénomène de Raynaud ancien. Maladie de Hashimoto sous Levothyrox.
* Mme [[name:Fleur]] [[name:Marguerite]] apporte des fleurs pour l'équipe. Marguerites et roses. Sa petite-fille [[other_name:Violette Fleur]] l'accompagne.
- Urologie : score de Gleason 3+4, PSA 8,2, IRM prostatique PI-RADS 4. Biopsies guidées. Sondage de type Foley Ch18.
- Chirurgie : signe de Murphy positif, cholécystite. Incision de Kocher envisagée si conversion. Point de McBurney indolore.
* Chambre 8 : M. [[name:Lenoir]] [[name:Marius]], ecchymose noire à la cuisse, hématome sous AVK. Le Dr [[other_name:Leblanc]] vérifie l'INR. Compresse blanche sur le pansement.
- Onco : lymphome de Hodgkin stade II Ann Arbor, ABVD cycle 3. Sarcome d'Ewing chez un autre patient du service. Indice de Karnofsky 80 %.
- Ortho : luxation de Monteggia, fracture de Pouteau-Colles, fracture de Maisonneuve. Plâtre, contrôle radio à J8. Scanner selon Lauge-Hansen.
* M. [[name:Martin-Pêcheur]] [[name:Alban]] raconte qu'il a vu un martin-pêcheur sur l'étang. Humeur agréable, bonne participation aux ateliers. Sortie prévue à [[postcode_city:44500 La Baule]].
- Ne pas changer : "Allez, Michel !" est le nom du groupe de marche du mardi. Les patients de la salle Jeanne-d'Arc y participent.
- Diabéto : insuline Lantus 22 UI, Novorapid selon schéma, capteur FreeStyle Libre posé. Pompe Medtronic en attente.
* Mme [[name:Loup]] [[name:Élise]], morsure de chien (un loup tchécoslovaque), plaie de l'avant-bras, Augmentin 3 jours, VAT faite. Propriétaire du chien : M. [[other_name:Garnier]].
""")

SET = HandSet("heldout14", "fourteenth", ROWS, HEADER_NOTE, "14")

if __name__ == "__main__":
    SET.main(__doc__)
