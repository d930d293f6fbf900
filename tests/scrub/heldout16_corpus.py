#!/usr/bin/env python3
"""The sixteenth hand set of labeled rows ("heldout16", issue 10).

  heldout16_corpus.py --write      write heldout16_rows_{dev,frozen}.txt
  heldout16_corpus.py --check      exit 1 if those files differ from what
                                   this script writes (make scrub-heldout)
  heldout16_corpus.py --lint       the writer's check, before the split

The rows below were typed by hand by the helper heldout16 (session 20),
who did not read the detectors (src/detect*.c, src/scrub*.c,
src/sensitive*.c, include/, conf/) nor the rule descriptions of
docs/scrub.md, nor any set's misses, nor any scrubber output while typing.
Read: the helpers' brief; tests/scrub/handset.py and heldout15_corpus.py
whole (heldout15's rows, both halves, were seen on the way); the genre and
name-source paragraphs of docs/scrub.md for sets 10, 11, 12, 13, 14 and 15
(to write elsewhere); a count of the sensitive labels the earlier dev halves
use; three rows of heldout14's dev half (EHPAD rooms, a pasted mail header);
the head of eval.py (kinds, POLICY_WORDS); the Makefile's scrub-heldout
targets.

The genres are those the fifteen earlier sets have least of: haemodialysis
and peritoneal dialysis, transplant waiting lists; imaging requests,
reports, RIS/PACS numbers, MRI safety checks, interventional radiology,
screening invitations; blood bank and haemovigilance; porters, bed
management and patient transport logs; appointment reminders, call centre
and returned mail; the patient relations office (complaints, mediation,
valuables and lost property); compulsory psychiatric care paperwork
(certificates, third-party requests, prefect's orders, JLD hearings,
absconding); insurance, mutual, MDPH, prévoyance and loan-insurance forms;
infection control contact tracing (BHRe, TB, measles, scabies); the mortuary,
death declarations and organ donation coordination; clinical genetics
(pedigrees); rehabilitation (SMR), hearing and speech therapy. Name origins
chosen away from the earlier sets: Occitan and Gascon, Savoyard, Franc-
comtois, Norman, Picard, Lorrain, Auvergnat and Provençal French; Sicilian
and southern Italian, Spanish and Catalan (gitans of Perpignan), Greek,
Hungarian, Czech, Lithuanian, Latvian, Ukrainian, Russian; Japanese, Korean,
Filipino, Sinhalese, Bangladeshi, Punjabi, Lao, Wenzhou Chinese; Afghan,
Iranian, Coptic Egyptian, Ethiopian, Ghanaian, Guinean (Fulani), Rwandan
and Burundian, Andean; compound surnames and particles; names that are
ordinary words.

Everything is invented: people, homes, numbers.  Street names may be real
street names; no row is a real patient's.  The frame (row shorthand,
placeholders, what is computed, the split: rows ranked by
sha256("heldout16\\n" + row), the lower half to the dev file) is
tests/scrub/handset.py's, as heldout14's and heldout15's.
"""
from handset import HandSet

HEADER_NOTE = """\
# Typed by hand by the helper heldout16 without reading the detectors or their rules (see the script's
# docstring for what was read); invented people, homes and numbers only. NIR keys, RPPS/FINESS Luhn digits,
# IBAN check digits and IPPs written `*` are computed by the script. Split by rank of sha256("heldout16\\n" + row), lower half dev.
"""

# ------------------------------------------------------------------ rows
# Typed by genre; within a genre, by register.

ROWS = []

# Dialysis: haemodialysis sessions, peritoneal dialysis at home, transplant waiting list, transport to sessions
ROWS.append(r"""
# Dialysis: HD session notes, fistula, DP at home, transplant list, dialysis transport.
* Séance HD du lundi [[date_partial:3/11]] : M. [[name:Darrigrand]] [[name:Jean-Pierre]], FAV humérocéphalique gauche, thrill OK, 2 ponctions sans incident. Poids sec 71,5 kg, UF 2,8 L. Kt/V 1,4.
- Hémodialyse, poste 6 : alarme pression veineuse à 14h10, aiguille repositionnée, fin de séance normale. Héparine 3000 UI bolus.
CAZENAVE|Odette|||||*|Mme [[name:CAZENAVE]] [[name:Odette]] arrivée en retard (taxi conventionné parti sans elle), séance raccourcie à 3h. Taxi : Ste Taxis de l'Adour, chauffeur M. [[other_name:Lartigau]], tel [[phone:05 58 74 22 90]].
* DP à domicile : Mme [[name:Lo Presti]] [[name:Carmela]], DPCA 4 échanges/j, liquide trouble ce matin, douleur abdo : péritonite sur cathéter ? Prélèvement du dialysat, Vancomycine intrapéritonéale. Domicile [[address:8 impasse des Capucins]], [[postcode_city:84000 Avignon]].
- Unité d'autodialyse : 9 patients ce matin, 1 absent (hospitalisé), générateur n°4 en panne, technicien Fresenius appelé.
GIUFFRIDA|Salvatore|||||*|Bilan pré-greffe : M. [[name:Giuffrida]] [[name:Salvatore]], 58 ans, IRC terminale sur polykystose, inscrit sur la liste nationale le [[date:12/06/2024]], n° CRISTAL [[id:N-2024-0417752]]. Groupe O, HLA transmis.
* Appel de l'Agence de biomédecine ? non, du coordinateur de greffe (M. [[other_name:Quesnel]]) à 2h : greffon proposé pour Mme [[name:Anquetil]] [[name:Brigitte]], convoquée à 5h, à jeun. Joindre le mari au [[phone:02 35 88 41 07]].
- Néphro : protocole anémie, Aranesp toutes les 2 semaines si Hb < 10, fer IV si ferritine < 200.
* Transmission IDE HD : M. [[name:Chassagne]] [[name:Rémi]], pansement du KT jugulaire droit refait, orifice propre. Prochaine séance mercredi. Sa femme [[other_name:Huguette]] signale des crampes la nuit.
VIALATTE|Germaine|||||*|Mme [[name:VIALATTE]] [[name:Germaine]] 91 ans, arrêt de dialyse décidé en réunion collégiale le [[date:20/11/2025]] avec sa fille Mme [[other_name:Roux-Vialatte]] [[other_name:Claudine]], accompagnement palliatif à l'EHPAD [[address:Les Volcans]], [[postcode_city:63400 Chamalières]].
- Dialyse : résultats du mois, phosphore moyen 1,6 mmol/L, PTH 380, calcium 2,25. Renvela adapté chez 4 patients.
* Dialyse vacances : M. [[name:Papadopoulos]] [[name:Georgios]] (dialysé à Thessalonique) séances du [[date_partial:22]] au [[date_partial:29 juillet]] au centre de Bastia, dossier reçu par mail ([[email:g.papadopoulos58@yahoo.gr]]). Sérologies de moins de 3 mois OK.
* FAV thrombosée chez Mme [[name:Nagy]] [[name:Erzsébet]] constatée à l'arrivée, pas de thrill. Appel du chirurgien vasculaire (Dr [[other_name:Mugnier]]), thrombectomie ce soir, KT fémoral provisoire.
KAZLAUSKAS|Tomas|{nir:1 71 02 99 140 228}||||*|Entrée en dialyse : M. [[name:Kazlauskas]] [[name:Tomas]], lituanien, chauffeur routier, IRC découverte au stade 5 (créat 1150). 1re séance sur KT tunnelisé. NIR déclaré [[nir:{nir:1 71 02 99 140 228}]].
- Éducation thérapeutique DP : apprentissage de l'échange en 5 jours, lavage des mains, test de la poche. La patiente sera autonome vendredi.
* CR de consultation néphro : Mme [[name:Favre-Rochex]] [[name:Marie-Thérèse]], DFG 14, préparation à la suppléance, choix de la DP expliqué, création de FAV non souhaitée. Revoir le [[date:8 janvier 2026]]. Domicile : [[address:hameau des Granges]], [[postcode_city:74470 Bellevaux]].
* Bon de transport en série : M. [[name:Cuenot]] [[name:André]], VSL 3x/sem (lun-mer-ven) de son domicile [[address:14 Grande Rue]], [[postcode_city:25290 Ornans]] au centre d'hémodialyse. Valable du [[date:01/12/2025]] au [[date:28/02/2026]].
- Greffe rénale J7 : créatinine 145, diurèse 2,4 L, tacrolimus résiduel 9,8. Cellcept, Solupred en décroissance. Pas de rejet.
DEWAVRIN|Kevin|||||*|HD en urgence : M. [[name:Dewavrin]] [[name:Kevin]], 32 ans, hyperkaliémie à 7,2 après 2 séances manquées, dit qu'il travaillait. Explications, recontrat de soins. Mère Mme [[other_name:Delcroix]] ([[phone:06 24 77 30 18]]).
* Donneur vivant : bilan de M. [[other_name:Girardot]] [[other_name:Fabien]] pour son frère M. [[name:Girardot]] [[name:Loïc]] ; comité donneur vivant le [[date_partial:16 décembre]], audition au tribunal judiciaire de Besançon ensuite.
- Séance longue nocturne (8h) : 4 patients, tolérance bonne, TA stable, moins d'hypotension que sur les séances courtes.
* ALERTE : M. [[name:HOSSAIN]] [[name:Mohammed Abul]] a quitté la séance à 1h30 contre avis, refus de signer la décharge, reste 1,9 L d'UF. Prévenu le néphrologue de garde (Dr [[other_name:Sauvat]]). Tel patient [[phone:0758124409]].
* Mme [[name:Akter]] [[name:Nasrin]], bangladaise, dialysée depuis 2019, demande un changement de créneau pour le Ramadan (séances de nuit). Accord, reprise le [[date_partial:2/03]]. Fils [[other_name:Rafiq]] traduit.
- Qualité de l'eau : analyse bactério de la boucle d'osmose conforme, endotoxines < 0,25 UI/mL. Prochaine désinfection thermique dimanche.
""")

# Imaging: requests, reports, RIS/PACS numbers, MRI safety, interventional radiology, screening
ROWS.append(r"""
# Imaging: requests and reports, exam numbers, MRI checklists, interventional radiology, screening invitations.
* Demande d'IRM cérébrale : M. [[name:Kuznetsov]] [[name:Dmitri]], né le [[date:17/09/1966]], céphalées inhabituelles, pas de pace-maker, pas de clip, claustrophobe (prévoir Atarax). N° examen RIS [[id:IRM25-0048817]].
- CR scanner thoraco-abdo-pelvien : pas de lésion secondaire hépatique, nodule pulmonaire LSD de 5 mm stable, pas d'adénopathie. Conclusion : stabilité.
TANAKA|Yuki|||||*|Échographie abdominale : Mme [[name:Tanaka]] [[name:Yuki]], vésicule lithiasique, signe de Murphy échographique positif, paroi épaissie à 5 mm : cholécystite aiguë. Résultat téléphoné au Dr [[other_name:Lecoeur]] à 11h20.
* RDV IRM annulé : Mme [[name:Dvořáková]] [[name:Jana]] porte un neurostimulateur (non compatible), à remplacer par un scanner injecté le [[date_partial:9 décembre]] à 8h40. Prévenue par tel au [[phone:06 12 90 57 31]].
- Radioprotection : PDS moyen en coronarographie 28 Gy.cm2 ce trimestre, niveau de référence non dépassé.
KIM|Min-jun|||||*|Radio de thorax au lit, réa lit 7 : M. [[name:Kim]] [[name:Min-jun]], sonde d'intubation à 3 cm de la carène, KT jugulaire en bonne position, pas de PNO. Pacs : [[id:ACC 4471920356]].
* Mammographie de dépistage : invitation du CRCDC pour Mme [[name:Fontaine-Lacoste]] [[name:Sylvie]], née le [[date:02/05/1973]], [[address:Résidence Les Pins]], [[address:bât C]], [[address:appt 31]], [[postcode_city:40100 Dax]]. ACR 2 à droite, 2e lecture faite.
- Protocole produit de contraste : créatinine < 3 mois si > 60 ans ou diabétique, arrêt de la metformine 48h après l'injection si DFG < 30.
* Radiologie interventionnelle : embolisation des artères prostatiques chez M. [[name:Lefrançois]] [[name:Gérard]] le [[date:14/11/2025]], scopie 42 min, pas de complication au point de ponction radial. Surveillance 4h.
DE LA ROSA|Manuel|||||*|Scanner cérébral en urgence (protocole AVC) : M. [[name:de la Rosa]] [[name:Manuel]], occlusion M1 gauche, ASPECTS 8, thrombectomie acceptée par le CHU. Transfert héliporté. Épouse ([[other_name:Pilar]]) suit en voiture.
* Échographie morphologique du 2e trimestre chez Mme [[name:Mensah]] [[name:Abena]], 22 [[diag_preg:SA]], morphologie normale, placenta antérieur non recouvrant. Sexe non communiqué à la demande des parents.
- IRM genou : rupture du LCA, fissure de la corne postérieure du ménisque interne, épanchement modéré. Kyste de Baker.
* Demande de bon de radio faxée par le Dr [[other_name:Vuillemin]] (cabinet [[address:3 place de la Mairie]], [[postcode_city:39100 Dole]]) pour Mme [[name:Cuenot]] [[name:Lucienne]] : rachis lombaire F+P, sans préparation.
PERERA|Nadeesha|||||*|Échographie thyroïdienne : Mme [[name:Perera]] [[name:Nadeesha]], nodule lobaire droit 18 mm EU-TIRADS 4, cytoponction proposée. CR envoyé sur sa messagerie ([[email:nadeesha.perera@outlook.com]]).
- Dosimétrie : scanner abdo pelvien, PDL 512 mGy.cm. Injection Omnipaque 350, 90 mL, pas de réaction.
* Allergie iodée : Mme [[name:Farahani]] [[name:Shirin]] a fait une urticaire généralisée lors du scanner du [[date:03.10.2025]]. Déclaration de pharmacovigilance faite, carte d'allergie remise. Prémédication obligatoire désormais.
* TEP-TDM : M. [[name:Tadesse]] [[name:Bekele]], lymphome de Hodgkin, Deauville 2 après 2 cycles : réponse métabolique complète. Prochain examen en [[date_partial:mars 2026]].
- Téléradiologie de nuit : 14 scanners interprétés, 2 appels pour résultats urgents (hémorragie méningée, dissection aortique).
OWUSU|Kwame|||||*|Doppler veineux des MI : M. [[name:Owusu]] [[name:Kwame]], thrombose veineuse profonde poplitée droite. Anticoagulation par Eliquis débutée. Contrôle à 3 mois au cabinet du Dr [[other_name:Anquetil]].
* Ostéodensitométrie : Mme [[name:Dela Cruz]] [[name:Maricel]], T-score rachis -2,8, col -2,4 : ostéoporose densitométrique. Prise en charge par la mutuelle ? à voir. Tél [[phone:07 82 55 10 46]].
- Coloscanner : diverticulose sigmoïdienne, pas de polype > 6 mm. Préparation insuffisante sur le côlon droit.
* IRM pelvienne demandée pour bilan d'[[diag_repro:infertilité]] chez Mme [[name:Hakimi]] [[name:Mariam]] (endométriose ?), prescription du centre d'[[diag_repro:AMP]], RDV le [[date:6/01/2026]] à 15h.
* MAMMO BILAT + ECHO MME [[name:QUISPE MAMANI]] [[name:ROSA]] NEE LE [[date:11 04 1962]] : ACR 4 SEIN G QSE, MICROBIOPSIE PROGRAMMEE. PATIENTE PREVENUE PAR LE DR [[other_name:BERTHOLET]].
- Consentement pour injection de gadolinium : informations données, pas d'insuffisance rénale, pas de [[diag_preg:grossesse]] en cours (question posée à toutes les femmes de 12 à 50 ans).
""")

# Blood bank, transfusion, haemovigilance, EFS
ROWS.append(r"""
# Blood bank and haemovigilance: orders, RAI, group cards, bag numbers, adverse events, EFS calls.
* Commande de 2 CGR pour M. [[name:Lecoeur]] [[name:Thierry]], né le [[date:30/06/1958]], Hb 6,9, groupe A+, RAI négatives du [[date_partial:4/12]]. Délivrance EFS à 10h40.
- Dépôt de sang : contrôle de température des enceintes OK, 12 CGR O- en stock d'urgence vitale.
BOUTROS|Mina|||||*|FEI n° [[id:HV-2025-0187]] : frissons et hyperthermie à 39,2 pendant la transfusion du CGR n° [[id:0714 25 117385]] chez M. [[name:Boutros]] [[name:Mina]]. Arrêt de la transfusion, poche renvoyée à l'EFS avec la tubulure. Hémocultures.
* Carte de groupe sanguin perdue : Mme [[name:Lo Giudice]] [[name:Antonella]], nouvelle détermination (2 prélèvements séparés) le [[date:02/12/2025]]. Phénotype Rh-K complet. Antécédent d'anti-E.
- Hémovigilance, rappel : contrôle ultime au lit du malade obligatoire, deux soignants pour la concordance identité-produit-patient.
* Appel de l'EFS (Mme [[other_name:Perrin]], [[phone:03 81 61 56 15]]) : RAI positive chez Mme [[name:Verschueren]] [[name:Annick]], anti-Kell, délai de 2h pour trouver des CGR compatibles.
MELNYK|Oksana|||||*|Transfusion de plaquettes (MCPS) chez Mme [[name:Melnyk]] [[name:Oksana]], 18 G/L avant ponction lombaire. Rendement à 1h : 52 G/L. Pas d'incident.
* Urgence vitale immédiate : patient X (homme inconnu), polytraumatisé, identité provisoire [[id:INCONNU-2512-004]], 4 O- délivrés sans groupe. Identité retrouvée à 3h : M. [[name:Keomanivong]] [[name:Somsak]], né le [[date:09/09/1984]].
- EFS, rappel : les patientes de moins de 50 ans reçoivent du O- en urgence, les hommes du O+.
* Traçabilité incomplète : le retour de l'étiquette de la poche [[id:2511 03 84527]] transfusée à Mme [[name:Marchal]] [[name:Yvette]] le [[date_partial:28/11]] manque. IDE : [[other_name:Clémence Nadaud]]. Relance faite.
* Consultation d'hématologie : Mme [[name:Sorribas]] [[name:Montserrat]], drépanocytose SC, échange transfusionnel tous les 2 mois, dernier le [[date:12/10/2025]]. Compatibilité phéno étendue (Fy, Jk, S).
- Autotransfusion : récupérateur peropératoire en chirurgie cardiaque, 650 mL réinjectés, Hb post-op 10,2.
TSVETKOVA|Irina|||||*|Témoin de Jéhovah : Mme [[name:Tsvetkova]] [[name:Irina]] refuse toute transfusion, directives signées le [[date:15/09/2025]], EPO et fer IV avant chirurgie. Personne de confiance : M. [[other_name:Tsvetkov]], [[phone:+7 915 284 63 07]].
* Don du sang : M. [[name:Pujol]] [[name:Bernat]], donneur régulier n° [[id:D-0662-338104]], contre-indiqué 4 mois après voyage en zone d'endémie palustre. Courrier à [[address:11 carrer de la Riba]]… non, [[address:11 rue de la Révolution]], [[postcode_city:66000 Perpignan]].
- Incompatibilité ABO évitée : l'IDE a détecté une erreur d'étiquetage au contrôle ultime, poche non transfusée, CREX prévu.
* TRALI suspect chez Mme [[name:Rakotondrabe]] [[name:Lalao]] 2h après PFC : OAP lésionnel, transfert en réa. Enquête EFS, donneuse (multiparité) recherchée. Mari : M. [[other_name:Rakotondrabe]] [[other_name:Hery]].
* Rhésus négatif : Mme [[name:Nikolaidis]] [[name:Eleni]], [[diag_preg:enceinte]] de 28 [[diag_preg:SA]], injection de [[diag_preg:Rhophylac]] 300 µg ce jour, RAI préalable négative. Conjoint Rh+.
- Bilan transfusionnel de la semaine : 87 CGR, 14 MCP, 9 PFC ; 2 EIR grade 1, aucun grade 3.
""")

# Porters, bed management, patient transport logs
ROWS.append(r"""
# Porters (brancardage), bed management, transfers, ambulance bookings; lists with semicolons, times glued.
* BRANCARDAGE 07h42 ; demande urgences -> radio ; pt M. [[name:SCHMITT]] [[name:Gaston]] lit box 4 ; brancardier [[other_name:Yannick]] ; retour 08h15.
- Brancardage : 143 demandes hier, délai moyen 18 min, 6 demandes annulées (patients déjà partis). Fauteuil roulant manquant en cardio.
* Gestion des lits 10h : 4 patients en attente aux urgences ; Mme [[name:Joly-Bonnefoy]] [[name:Cécile]] -> médecine interne ch 212 ; M. [[name:Sanchez Gimenez]] [[name:José]] -> gastro ch 318 ; 2 sans lit, hébergement en chirurgie.
LAMBERT|Norbert|||||*|Transfert inter-hospitalier : M. [[name:Lambert]] [[name:Norbert]] vers le CH de Verdun le [[date:05/12/2025]] à 14h, ambulance Jardin (tél [[phone:03 29 86 12 40]]), dossier papier + CD d'imagerie. Famille prévenue (fille [[other_name:Sandrine]]).
* Taxi conventionné réservé pour Mme [[name:Vandenbroucke]] [[name:Marie-Paule]], sortie 16h, domicile [[address:27 rue du Fort]], [[address:digicode B1476]], [[postcode_city:59130 Lambersart]]. Fauteuil nécessaire à l'arrivée.
- Cellule de gestion des lits : plan blanc niveau 1 déclenché à 18h, déprogrammation des interventions non urgentes du lendemain.
* Retour EHPAD : M. [[name:Delacroix]] [[name:Marcel]] ramené à l'EHPAD [[address:Le Clos Fleuri]], [[address:ch. 108]], par l'ambulance à 15h20 ; IDE de l'EHPAD (Mme [[other_name:Bouvier]]) prévenue, fiche de liaison dans l'enveloppe.
SINGH|Gurpreet|||||*|Brancardier : transport de M. [[name:Singh]] [[name:Gurpreet]] au bloc annulé à 8h05, le patient n'était pas à jeun (a pris son thé). Reporté à 14h. Turban conservé au bloc, accord de l'anesthésiste.
* Admission directe depuis le domicile (médecin traitant Dr [[other_name:Grosjean]]) : Mme [[name:Wojtkowiak]] [[name:Bożena]], arrivée en VSL à 11h, installée ch 405 lit fenêtre. Adresse VSL : [[address:3 cité Saint-Charles]], [[postcode_city:57500 Saint-Avold]].
- Navette inter-sites : départ toutes les 30 min entre l'hôpital Nord et l'hôpital Sud, dernier départ 19h30.
* TRANSPORT SMUR SECONDAIRE : réa CH -> CHU, M. [[name:NGUYEN]] [[name:Van Long]] ne le[[date:14/02/1951]], intubé ventilé, noradré 0,3. Départ 23h50. Contact famille : fils [[other_name:Tuan]] [[phone:0662478815]].
- Bed manager : 12 sorties prévues avant midi, 9 réalisées. Chambres à nettoyer signalées au bionettoyage.
* Demande de brancard bariatrique pour M. [[name:Bouchard]] [[name:Yves]] (182 kg), examen scanner à 15h ; lève-malade de l'unité 3 emprunté.
DOS SANTOS FERREIRA|Adriana|||||*|Transfert vers le SMR [[address:Les Tilleuls]] de [[postcode_city:33160 Saint-Médard-en-Jalles]] le vendredi [[date_partial:12/12]] : Mme [[name:Dos Santos Ferreira]] [[name:Adriana]], rééducation post-PTH. Ambulance Atlantique réservée 10h.
* Mutation de nuit : M. [[name:Lavergne]] [[name:Henri]] passé de l'USC au lit 14 de pneumo à 2h30 (lit USC nécessaire). Famille non prévenue la nuit, à faire ce matin : Mme [[other_name:Lavergne]] [[phone:05 55 34 81 62]].
- Ambulances privées : tour de garde départementale, secteur 3 couvert par deux équipages la nuit de samedi.
* Retour à domicile en ambulance couchée : Mme [[name:Kovács]] [[name:Ilona]], [[address:4 rue Mozart]], [[address:3e étage sans ascenseur]], [[postcode_city:68100 Mulhouse]] ; prévoir 2 ambulanciers + chaise portoir.
* Liste transports du [[date:08/12/2025]] : 8h00 M. [[name:Bourdin]] [[name:Raoul]] dialyse ; 9h30 Mme [[name:Pinel]] [[name:Odile]] radiothérapie ; 10h15 M. [[name:Souvannavong]] [[name:Khamphet]] consultation ORL ; 14h00 Mme [[name:Ferreira]] [[name:Celeste]] retour domicile.
""")

# Appointment reminders, call centre, convocations, returned mail
ROWS.append(r"""
# Appointments: SMS reminders, call-centre notes, convocations, cancellations, returned mail, Doctolib captures.
* SMS auto : "Rappel : RDV le [[date:10/12/2025]] à 09:30, consultation de cardiologie, Hôpital Nord, niveau 2. Pour annuler répondez STOP. Patient : [[name:Mouton]] [[name:Bernard]]"
- Plateforme téléphonique : 312 appels reçus, 71 % décrochés, temps d'attente moyen 4 min 20. Renfort le lundi matin.
RIVIERE|Josette||04 67 58 20 14|||*|Appel de Mme [[name:Rivière]] [[name:Josette]] : n'a pas reçu sa convocation, dit avoir déménagé au [[address:9 chemin de la Mosson]], [[postcode_city:34080 Montpellier]]. Ancienne adresse supprimée, convocation renvoyée.
* Courrier retourné NPAI : M. [[name:Habimana]] [[name:Jean de Dieu]], [[address:12 rue des Lilas]], [[postcode_city:69008 Lyon]]. Pas d'autre adresse connue, tel [[phone:06 45 81 29 03]] ne répond pas.
- Doctolib : 3 créneaux de dermatologie ajoutés le samedi matin pour les urgences du jour.
* Secrétariat ORL : RDV de Mme [[name:Uwimana]] [[name:Claudine]] déplacé du mardi [[date_partial:16 décembre]] au [[date_partial:6 janvier]], 10h20, Dr [[other_name:Aubanel]]. Prévenue par SMS.
* Convocation pour une coloscopie le [[date:22.01.2026]] à 7h45, préparation Moviprep la veille, à jeun. Patient : M. [[name:Rouméguère]] [[name:Jean-Louis]], [[address:lieu-dit Barrau]], [[postcode_city:32190 Vic-Fezensac]].
BARRY|Mamadou Aliou|||||*|Absent à son RDV du [[date_partial:2 décembre]] (3e fois), M. [[name:Barry]] [[name:Mamadou Aliou]] rappelé : dit ne pas avoir compris la date. Nouveau RDV donné, confirmé par son neveu [[other_name:Alpha Oumar]] au [[phone:07 53 18 66 42]].
- Rappel aux patients : venir avec la carte vitale, la carte de mutuelle, l'ordonnance et les examens précédents.
* Mail à Mme [[name:Choi]] [[name:Ji-yeon]] ([[email:jiyeon.choi@naver.com]]) : confirmation de votre RDV en consultation de fertilité le [[date_partial:15 janvier]] à 11h. Merci de venir avec votre conjoint.
* RDV groupés pour M. [[name:Quesnel]] [[name:Fernand]] le [[date:19/12/2025]] : 8h30 prise de sang ; 9h ECG ; 10h consultation Pr [[other_name:Hamon]] ; 11h30 écho-doppler. Transport : taxi.
- Le centre d'appel ne prend pas les RDV d'IRM, renvoyer vers le secrétariat d'imagerie (poste 4512).
CHAUDHRY|Farah|||||*|Annulation par la patiente : Mme [[name:Chaudhry]] [[name:Farah]] ne viendra pas à l'échographie de demain (est à Lahore pour un décès), rappeler après le [[date_partial:10 janvier]].
* Secrétariat : DDN de M. [[name:Lebreton]] [[name:Pascal]] erronée dans le logiciel ([[date:01/01/1960]] par défaut) ; vraie DDN [[date:23/07/1961]] vérifiée sur sa CNI. Corrigé.
* SMS : "bonjour c [[name:Amandine]] [[name:Carpentier]] jai rdv le 12 a la consult d allergo mais mon fils est malade je peux decaler au [[date_partial:19/12]] ? merci" -> fait, répondu.
- Relance des patients en attente d'un RDV de rhumatologie depuis plus de 6 mois : 42 courriers envoyés.
* Lettre de convocation à l'hôpital de jour : M. [[name:Di Stefano]] [[name:Calogero]], né le [[date:05/03/1955]], chimiothérapie cycle 3 le lundi [[date:5 janvier 2026]]. Adresse : [[address:Bât. Les Cèdres]], [[address:12 av. Frédéric Mistral]], [[postcode_city:13500 Martigues]].
SZABO|Andras|||||*|Rappel vocal automatique non abouti (numéro inexistant) pour M. [[name:Szabo]] [[name:Andras]] ; le n° dans le dossier : [[phone:06 7 12 34 56]] (il manque un chiffre). Appeler son médecin traitant.
""")

# Patient relations office: complaints, mediation, valuables, lost property
ROWS.append(r"""
# Patient relations (relations usagers): complaints, mediation, CDU, valuables deposit, lost property, thanks.
* Réclamation écrite de M. [[other_name:Lheureux]] [[other_name:Didier]] au sujet de la prise en charge de sa mère Mme [[name:Lheureux]] [[name:Renée]] aux urgences le [[date:29/10/2025]] (attente de 9h sur un brancard). Accusé de réception envoyé le [[date_partial:4/11]].
- CDU du trimestre : 38 réclamations, 12 éloges, 4 médiations médicales, délai moyen de réponse 21 jours.
DUMONT-SAINT-PRIEST|Hélène|||||*|Médiation médicale : Mme [[name:Dumont-Saint-Priest]] [[name:Hélène]] et son mari reçus par le Dr [[other_name:Chabanon]] (médiateur) le [[date_partial:27 novembre]] ; contestation de la durée d'attente avant le diagnostic d'appendicite de leur fils [[other_name:Baptiste]].
* Dépôt au coffre : M. [[name:Morel]] [[name:Jules]], ch 12, une alliance, une montre, 140 EUR en espèces, CB. Reçu n° [[id:DV-2025-3318]] signé par l'IDE [[other_name:Élise Garnier]].
- Objets trouvés : 2 paires de lunettes, 1 appareil auditif (droite), 3 téléphones. À réclamer au bureau des admissions.
* Plainte orale du fils de Mme [[name:Morin]] [[name:Paulette]] : dentier perdu pendant le transfert vers la radio le samedi [[date_partial:29/11]]. Recherche infructueuse, déclaration de sinistre à l'assureur.
ACHOUR|Kamel||07 61 24 88 39|kamel.achour@laposte.net||*|Mail de M. [[name:Achour]] [[name:Kamel]] au service des usagers : "je conteste la facture n° [[id:F2025-118432]] de 97 EUR, j'avais ma carte vitale, mon NIR est [[nir:{nir:1 82 11 13 055 214}]]". Transmis aux admissions.
* Courrier de remerciements de la famille de M. [[name:Fabre]] [[name:Auguste]], décédé dans le service le [[date:17 octobre 2025]] : merci aux infirmières de nuit, en particulier [[other_name:Laetitia]] et [[other_name:Samir]].
- Représentants des usagers : permanence le jeudi après-midi au hall d'accueil, stand de la Ligue contre le cancer.
* Réclamation : Mme [[name:Tran]] [[name:Thi Mai]] dit que l'interne ne s'est pas présenté et a parlé à son mari en la tutoyant. Réponse du chef de service (Pr [[other_name:Mercadier]]) à faire avant le [[date_partial:20/12]].
* De : [[email:m.giraud-leblanc@free.fr]] Envoyé : lundi [[date:1 décembre 2025]] 21:04 À : [[email:relations.usagers@chu-exemple.fr]] Objet : plainte Bonjour, mon père M. [[name:Giraud]] [[name:Robert]] est rentré avec une escarre du talon que personne ne nous a signalée. [[other_name:Martine Giraud-Leblanc]]
WEBER|Liliane|||||*|Dépôt de valeurs refusé par Mme [[name:Weber]] [[name:Liliane]] (garde son sac à main). Décharge de responsabilité signée le [[date:03/12/2025]]. Fille (Mme [[other_name:Klein]]) informée.
- Commission des usagers : rappel de la procédure de déclaration des événements indésirables graves à l'ARS sous 48h.
* Saisine de la CCI par l'avocat de Mme [[name:Esposito]] [[name:Rosaria]], Me [[other_name:Bianchi]] ([[address:22 cours Pierre Puget]], [[postcode_city:13006 Marseille]]) ; infection du site opératoire après PTG. Dossier copié et envoyé.
* Éloge déposé dans la boîte à idées : "Merci à toute l'équipe de la maternité pour mon [[diag_preg:accouchement]] du [[date_partial:2 novembre]], [[other_name:Sabine]] la sage-femme est formidable." Signé Mme [[name:Lefort]] [[name:Aurélie]].
- Réclamations relatives aux repas : froid, pas de choix le week-end. Transmis au service restauration.
* Perte d'un appareil auditif pendant l'hospitalisation de M. [[name:Bernardini]] [[name:Ange]] ; remboursement 1 450 EUR accepté par la direction le [[date:28/11/2025]]. RIB reçu : [[iban:{iban:30003 02137 00050283291 13}]].
""")

# Compulsory psychiatric care paperwork
ROWS.append(r"""
# Involuntary psychiatric care: certificates (24h, 72h, monthly), third-party requests, prefect's orders, JLD, absconding, programme de soins.
* Certificat des 24 heures : M. [[name:Roumanille]] [[name:Frédéric]], né le [[date:11/11/1987]], admis en SPDT à la demande de sa mère Mme [[other_name:Roumanille]] [[other_name:Mireille]] ([[address:5 traverse des Romarins]], [[postcode_city:13012 Marseille]]) : [[diag_mental:idées délirantes]] de persécution, refus de soins.
- Registre de la loi : les certificats de 24h et 72h doivent être signés par deux psychiatres différents, le second pouvant être celui de l'établissement.
VASILIEV|Artiom|||||*|Arrêté préfectoral n° [[id:2025-PSY-0912]] du [[date:02/12/2025]] portant admission en SDRE de M. [[name:Vasiliev]] [[name:Artiom]], interpellé sur la voie publique (agitation, menaces au couteau). Certificat initial du Dr [[other_name:Bourgade]] (urgences).
* Audience JLD le [[date_partial:9 décembre]] à 14h (salle d'audience de l'hôpital) : Mme [[name:Lartigue]] [[name:Nathalie]], SPDT depuis le [[date_partial:28/11]], avocate commise d'office Me [[other_name:Daguerre]]. La patiente souhaite être entendue.
* Demande de tiers rédigée par M. [[other_name:Bergé]] [[other_name:Patrick]] (frère), [[address:17 rue des Faures]], [[postcode_city:33800 Bordeaux]], tél [[phone:06 84 12 57 30]], pour Mme [[name:Bergé]] [[name:Christine]] : « ma soeur ne mange plus, parle seule, a jeté ses meubles par la fenêtre ».
- Programme de soins : injection mensuelle au CMP, consultation tous les 15 jours, retour à l'hôpital en cas de non-respect.
OUEDRAOGO|Issouf|||||*|Fugue : M. [[name:Ouedraogo]] [[name:Issouf]] (SDRE, [[diag_mental:schizophrénie]]) non retrouvé dans l'unité à 16h. Signalement au commissariat et à la préfecture à 16h20. Signalement : 1m85, veste rouge. Sa soeur [[other_name:Aminata]] prévenue.
* Certificat de 72h : persistance d'un [[diag_mental:syndrome maniaque]] (logorrhée, insomnie, dépenses inconsidérées), maintien des soins sans consentement. Patiente : Mme [[name:Castagné]] [[name:Séverine]], 44 ans. Traitement : [[diag_mental:Téralithe]]… non, [[diag_mental:Dépakote]] et [[diag_mental:olanzapine]].
- Commission départementale des soins psychiatriques (CDSP) : visite de l'établissement le mois prochain, registres à préparer.
* Levée de la mesure prononcée par le JLD (irrégularité : certificat de 72h hors délai) pour M. [[name:Ruiz]] [[name:Iker]], sortie en soins libres acceptée par le patient le [[date:6/12/2025]] au soir.
* PÉRIL IMMINENT : Mme [[name:Chappaz]] [[name:Lise]], 29 ans, [[diag_mental:tentative de suicide]] par pendaison interrompue par le voisin, aucun proche joignable (parents à [[address:chalet les Aiguilles]], [[postcode_city:73120 Courchevel]], ne répondent pas).
NGUYEN|Kim Oanh|||||*|Notification des droits faite à Mme [[name:Nguyen]] [[name:Kim Oanh]] avec interprète vietnamien le [[date_partial:3/12]] ; a reçu la copie de la décision du directeur ; souhaite saisir la CDSP. Personne de confiance : sa cousine [[other_name:Lan]].
- Unité fermée : 14 patients dont 9 en soins sans consentement, 2 en chambre d'isolement (registre tenu, réévaluation toutes les 12h).
* Certificat mensuel : M. [[name:Garnier-Duval]] [[name:Thibault]], [[diag_mental:trouble schizo-affectif]], sous [[diag_mental:Xeplion]] 150 mg/mois, adhésion partielle. Maintien en programme de soins. Domicile : [[address:2 allée des Tisserands]], [[address:appt 6]], [[postcode_city:76000 Rouen]].
* Isolement : M. [[name:Leblanc]] [[name:Kylian]], 19 ans, agitation après consommation de [[diag_addict:cannabis]] et de [[diag_addict:cocaïne]], mis en chambre d'isolement à 22h15, contention 4 points levée à 1h. Information du JLD faite.
- Avis du collège (psychiatre, cadre, psychiatre non traitant) requis pour les patients déclarés irresponsables pénalement.
* Information au maire de [[postcode_city:64500 Saint-Jean-de-Luz]] : admission en SDRE provisoire de M. [[name:Etxeberria]] [[name:Unai]] sur arrêté municipal du [[date:04/12/2025]]. Confirmé par le préfet sous 48h ?
""")

# Insurance, mutual, MDPH, prévoyance, loan insurance, CPAM forms
ROWS.append(r"""
# Forms: mutual and insurer requests, loan insurance questionnaires, MDPH certificates, ALD protocols, CPAM, prévoyance.
* Questionnaire de santé assurance emprunteur rempli par M. [[name:Lefebvre-Desmarais]] [[name:Arnaud]] ; convention AERAS, antécédent de lymphome en rémission depuis 2014 (droit à l'oubli). Courrier à l'assureur, dossier n° [[id:PRT-882041-C]].
- Mutuelle : forfait chambre particulière 60 EUR/j plafonné à 30 jours par an, demande de prise en charge à envoyer avant l'entrée.
GHAZARYAN|Lilit|||||*|Demande de prise en charge à la mutuelle Harmonie pour Mme [[name:Ghazaryan]] [[name:Lilit]], adhérente n° [[id:7740 1128 93]], hospitalisation du [[date_partial:8]] au [[date:12/12/2025]]. Réponse par fax sous 48h.
* Certificat médical MDPH (cerfa 15695) pour [[name:Louka]] [[name:Petitjean]], 6 ans, trouble du développement du langage, orthophonie 2x/sem. Parents : [[other_name:Aurélie]] et [[other_name:Mathieu Petitjean]], [[address:8 rue de la Fontaine]], [[postcode_city:70000 Vesoul]].
- CPAM : les arrêts de travail en ligne via amelipro, volet 3 à l'employeur par le patient.
* Protocole de soins ALD 30 pour M. [[name:Okonjo]] [[name:Chinedu]], NIR [[nir:{nirk:1 69 08 99 350 117}]], diabète de type 2 insulino-requérant. Médecin traitant : Dr [[other_name:Labbé]], RPPS [[rpps:{rpps:1000527813}]].
BAUMGARTNER|Lucien|||||*|Prévoyance (AG2R) : attestation d'hospitalisation de M. [[name:Baumgartner]] [[name:Lucien]] du [[date:14/10/2025]] au [[date:22/10/2025]], pour les indemnités journalières complémentaires. Envoyé à [[address:TSA 37001]], [[postcode_city:59781 Lille Cedex 9]].
- Assurance voyage : rapatriement organisé par Europ Assistance pour un touriste belge, dossier géré par le médecin de l'assistance.
* Formulaire E112/S2 : M. [[name:Lindqvist]] [[name:Erik]], suédois, soins programmés en France, numéro d'assuré [[id:19560412-3318]]. Facturation à la caisse suédoise via le CNSE.
* Rente AT : certificat final de M. [[name:Ribeiro]] [[name:Joaquim]], consolidation le [[date:30/11/2025]] avec séquelles (raideur du poignet droit), AT du [[date:2 mars 2025]], n° de sinistre [[id:25 7134 882 0]].
MASSART|Ghislain|||||*|Dossier APA : M. [[name:Massart]] [[name:Ghislain]], GIR 3, plan d'aide 18 h/mois, aide à domicile ADMR. Évaluatrice : Mme [[other_name:Vandamme]] [[other_name:Corinne]] du conseil départemental ([[phone:03 27 61 40 90]]).
- MDPH : délai moyen de traitement 5 mois, carte mobilité inclusion mention stationnement, RQTH, AAH, PCH.
* Attestation pour la CAF : Mme [[name:Bah]] [[name:Kadiatou]] hospitalisée avec son fils [[other_name:Ibrahima]] (7 mois) du [[date_partial:3]] au [[date_partial:9 novembre]]. N° allocataire [[id:4421873 R]].
* Courrier assureur (AXA) : « Nous souhaitons connaître la date exacte de la première constatation de la maladie de votre patiente Mme [[name:Olivier]] [[name:Bérengère]] ». Réponse : secret médical, renvoyé au médecin conseil.
- Assurance habitation : les prothèses dentaires perdues à l'hôpital sont couvertes par l'assurance de l'établissement, pas par le patient.
CHARPENTIER|Eugène|{nir:1 43 06 54 395 081}|03 83 27 14 95|||*|Demande d'entente préalable (transport > 150 km) pour M. [[name:Charpentier]] [[name:Eugène]], protonthérapie à Orsay, domicile [[address:6 rue du Haut-Bourgeois]], [[postcode_city:54000 Nancy]]. Accord CPAM reçu le [[date:1/12/2025]].
* Invalidité catégorie 2 : M. [[name:Zanetti]] [[name:Dario]], 51 ans, maçon, lombo-radiculalgie chronique opérée 2 fois, [[diag_mental:syndrome dépressif]] secondaire. Avis du médecin conseil attendu.
* Complémentaire santé solidaire : Mme [[name:Phommachanh]] [[name:Vilay]], dossier n° [[id:C2S-25-330917]] accepté, droits ouverts jusqu'au [[date:31/10/2026]].
""")

# Infection control: contact tracing lists, BHRe, tuberculosis (CLAT), measles, scabies, outbreaks
ROWS.append(r"""
# Infection control (EOH) and CLAT: index cases, contact lists, isolation notices, screening campaigns.
* EOH : cas index BHRe (EPC OXA-48) chez M. [[name:Mihailescu]] [[name:Sorin]], hospitalisé du [[date_partial:20]] au [[date_partial:26/11]] en chambre double avec M. [[name:Dubosc]] [[name:André]] (contact, dépistage rectal J0 négatif, J7 à faire).
- Précautions complémentaires contact : tablier, gants pour les soins mouillants, matériel dédié. Affiche sur la porte, pas le diagnostic.
ASANTE|Kofi|||||*|CLAT : tuberculose pulmonaire bacillifère (BK+ à l'examen direct) chez M. [[name:Asante]] [[name:Kofi]] ; contacts du foyer : épouse Mme [[other_name:Asante]] [[other_name:Ama]], enfants [[other_name:Yaw]] (6 ans) et [[other_name:Efua]] (3 ans), [[address:foyer Adoma]], [[address:chambre 214]], [[postcode_city:93200 Saint-Denis]].
* Rougeole confirmée chez [[name:Lucas]] [[name:Vermeulen]], 14 mois, non vacciné, vu aux urgences pédiatriques le [[date_partial:1er décembre]] (salle d'attente de 18h à 21h). Liste des patients exposés transmise à l'ARS.
- Campagne de dépistage : tous les patients transférés d'un hôpital étranger dans l'année sont dépistés BHRe à l'admission.
* Gale : Mme [[name:Mauduit]] [[name:Yvonne]], résidente EHPAD [[address:Les Hortensias]], gale profuse ; traitement de tous les résidents de l'unité 2 et du personnel le [[date_partial:5/12]]. IDEC : Mme [[other_name:Hamel]].
* Contact-tracing COVID (cluster service de gériatrie) : soignants positifs [[other_name:Karine L.]], [[other_name:Moussa D.]], [[other_name:Julie P.]] ; patients positifs : ch 4 (M. [[name:Tessier]]), ch 9 (Mme [[name:Brunet]]). Masques FFP2 pour tous.
OKAFOR|Nnamdi|||||*|ITL (tuberculose latente) chez M. [[name:Okafor]] [[name:Nnamdi]], contact professionnel d'un cas, Quantiferon positif, radio normale : Rifinah 3 mois. Surveillance des transaminases. Mail CLAT : [[email:clat93@seinesaintdenis.fr]].
- Surveillance des ISO : 2 infections de site opératoire en orthopédie ce semestre sur 412 interventions, taux stable.
* Légionellose : cas chez Mme [[name:Colas]] [[name:Brigitte]], 72 ans, séjour récent à l'hôtel thermal de Dax ([[address:chambre 214]]) ; déclaration obligatoire faite le [[date:27/11/2025]]. Enquête environnementale en cours.
* Hépatite A chez un cuisinier : M. [[name:Santos]] [[name:Rui]], restaurant [[address:Le Petit Lisbonne]], [[address:rue des Carmes]], [[postcode_city:45000 Orléans]]. Vaccination des collègues proposée.
- Hygiène des mains : consommation de SHA 28 L/1000 journées, objectif 32. Audits de la semaine dans les 4 unités.
MOHAMMADI|Zahra|||||*|Isolement air : Mme [[name:Mohammadi]] [[name:Zahra]], afghane, toux depuis 2 mois, BK en cours, chambre à pression négative. Interprète dari : M. [[other_name:Noorzai]] ([[phone:06 31 20 77 85]]).
* Déclaration de cas de méningite à méningocoque : [[name:Mathis]] [[name:Boulanger]], 17 ans, lycée Jean-Moulin, élèves de sa classe et famille (parents [[other_name:Xavier]] et [[other_name:Nadia Boulanger]]) sous antibioprophylaxie.
- Gastro-entérite à norovirus en SSR : 9 patients, 4 soignants, fermeture des admissions 72h.
* Dépistage BHRe négatif à J14 pour M. [[name:Dubosc]] [[name:André]] ; levée des précautions contact le [[date_partial:10/12]]. Info au médecin traitant Dr [[other_name:Lemoine]].
""")

# Mortuary, death declarations, organ donation coordination
ROWS.append(r"""
# Death: certificates, mortuary (chambre mortuaire), funeral directors, family notices; organ and tissue donation coordination.
* Décès de M. [[name:Giacometti]] [[name:Pierre-Paul]], né le [[date:18/01/1938]], survenu le [[date:05/12/2025]] à 4h10 dans le service. Certificat de décès électronique fait, pas d'obstacle médico-légal. Fils [[other_name:Jean-Baptiste]] prévenu.
- Chambre mortuaire : 6 places occupées, durée moyenne 2,5 jours. Horaires de présentation aux familles 14h-17h.
SOARES|Adelino|||||*|Pompes funèbres Roc-Eclerc (M. [[other_name:Vidal]], [[phone:04 90 82 66 13]]) viennent chercher le corps de M. [[name:Soares]] [[name:Adelino]] demain 9h pour rapatriement au Portugal (Viana do Castelo). Soins de conservation faits.
* Coordination des prélèvements : donneur en mort encéphalique, M. [[name:Lagarde]] [[name:Florian]], 34 ans ; pas d'inscription au registre national des refus ; entretien avec les parents (M. et Mme [[other_name:Lagarde]]) à 15h, témoignage de non-opposition.
- Prélèvement de cornées : 3 donneurs ce mois, consentement recherché auprès des familles, restitution tégumentaire soignée.
* Mort subite du nourrisson : [[name:Jade]] [[name:Hennequin]], 3 mois, transférée au centre de référence, autopsie proposée aux parents ([[other_name:Alexandre]] et [[other_name:Mélanie]]), refusée. Accompagnement psychologique proposé.
* Constat de décès à domicile par le médecin de garde : Mme [[name:Fouquet]] [[name:Gisèle]], [[address:12 chemin du Lavoir]], [[postcode_city:14400 Bayeux]] ; décès naturel, permis d'inhumer délivré le [[date_partial:6 décembre]].
KOBAYASHI|Haruto|||||*|Décès d'un patient étranger : M. [[name:Kobayashi]] [[name:Haruto]], touriste japonais, arrêt cardiaque au musée. Ambassade du Japon prévenue (M. [[other_name:Sato]]) ; épouse [[other_name:Emiko]] hébergée à l'hôtel [[address:Le Grand Hôtel du Louvre]], [[address:chambre 512]].
- Obstacle médico-légal coché sur le certificat : corps à disposition de la justice, pas de toilette mortuaire.
* Don du corps à la science : carte de donateur de Mme [[name:Morvan]] [[name:Josiane]] (faculté de médecine, n° [[id:DC 11482]]) retrouvée dans son portefeuille ; faculté prévenue dans les 24h.
* Mise en bière le [[date:08/12/2025]] à 10h30 en présence de la famille de M. [[name:Hadj-Ahmed]] [[name:Larbi]] ; toilette rituelle par l'association ; inhumation en Algérie (Tlemcen).
- Équipe de coordination : 41 recensements de donneurs potentiels cette année, 14 prélèvements multi-organes.
* Greffe hépatique : greffon issu d'un donneur de Rennes, receveur M. [[name:Le Bourhis]] [[name:Gwenaël]]... non, il a été transféré ; receveur final Mme [[name:Dantec]] [[name:Rozenn]], inscrite depuis le [[date_partial:12/03]].
* Message à la famille : "Madame, nous sommes au regret de vous annoncer le décès de votre père, M. [[name:Perrot]] [[name:Alphonse]], survenu cette nuit. Vous pouvez joindre le cadre de santé, Mme [[other_name:Ledoux]], au secrétariat du service."
""")

# Clinical genetics and oncogenetics: pedigrees, relatives, predictive tests
ROWS.append(r"""
# Genetics: pedigrees with relatives named, index cases, predictive testing, cascade letters.
* Oncogénétique : Mme [[name:Bonnefoy]] [[name:Isabelle]], 42 ans, cancer du sein à 38 ans ; mère ([[other_name:Jacqueline]]) ovaire à 55 ans ; tante maternelle ([[other_name:Colette Rey]]) sein à 49 ans. Panel HBOC prescrit.
- Consultation de génétique : conseil génétique pour une maladie autosomique récessive, risque de récurrence 1/4 à chaque [[diag_preg:grossesse]].
FERNANDEZ|Dolores|||||*|Mutation BRCA2 identifiée chez Mme [[name:Fernandez]] [[name:Dolores]] ; courrier d'information à la parentèle remis pour ses frères [[other_name:Antonio]] et [[other_name:Paco Fernandez]] (Barcelone) et sa fille [[other_name:Inès Martin]].
* Arbre : II-3 = M. [[name:Kowalski]] [[name:Adam]] (cas index, Huntington, 48 ans) ; II-1 = soeur [[other_name:Ewa]] non testée ; III-2 = fils [[other_name:Tomasz]], 22 ans, demande un test présymptomatique. Protocole multidisciplinaire.
- Test présymptomatique : trois consultations minimum, délai de réflexion, accompagnement par une psychologue, résultat remis en main propre.
* Syndrome de Lynch chez M. [[name:Arnaud]] [[name:Clément]] (MLH1) ; dépistage proposé à ses 3 enfants majeurs ; coloscopie tous les 2 ans. Adresse : [[address:4 place du Marché]], [[postcode_city:26110 Nyons]].
* Génétique pédiatrique : [[name:Noam]] [[name:Benchetrit]], 4 ans, retard global, microdélétion 22q11 (syndrome de Di George) confirmée par CGH-array le [[date:20/11/2025]]. Parents [[other_name:Yoni]] et [[other_name:Léa]] à tester.
NAKAMURA|Aiko|||||*|Mucoviscidose : dépistage du conjoint de Mme [[name:Nakamura]] [[name:Aiko]] (porteuse F508del), M. [[other_name:Petitjean]] [[other_name:Romain]], panel CFTR négatif. Risque résiduel faible. Courrier au [[address:15 rue Paul-Bert]], [[postcode_city:35000 Rennes]].
- Hémochromatose : C282Y homozygote, saignées mensuelles jusqu'à ferritine < 50, dépistage des frères et soeurs.
* Diagnostic [[diag_preg:prénatal]] : Mme [[name:Mercier-Haddad]] [[name:Yasmine]], [[diag_preg:enceinte]] de 13 [[diag_preg:SA]], mari porteur d'une translocation équilibrée ; choriocentèse le [[date_partial:12 décembre]].
* Maladie de Steinert chez M. [[name:Delaunay]] [[name:Rodolphe]], transmise par sa mère (Mme [[other_name:Delaunay]] née [[other_name:Corbière]]) ; son fils [[other_name:Enzo]], 16 ans, ne souhaite pas être testé avant sa majorité.
- Laboratoire de génétique : délai de rendu des exomes 4 à 6 mois, prescription uniquement en consultation de génétique.
* Résultat : variant de signification inconnue (classe 3) dans le gène PALB2 chez Mme [[name:Rossi]] [[name:Francesca]] ; pas de conduite à tenir pour les apparentés. RDV d'annonce le [[date:07/01/2026]].
""")

# Rehabilitation (SMR), speech therapy, hearing, physical medicine
ROWS.append(r"""
# SMR: rehab notes, orthophonie, audioprothèse, ergotherapy, home visits before discharge.
* SMR neuro, synthèse hebdo : M. [[name:Lacombe]] [[name:Serge]], hémiplégie droite post-AVC du [[date_partial:2 octobre]], marche avec canne tripode 30 m, aphasie de Broca en amélioration. Visite à domicile par l'ergo le [[date_partial:11/12]].
- Kiné : renforcement quadricipital, travail de l'équilibre (échelle de Berg 41/56), escaliers avec rampe.
MARTINON|Jeannette|||||*|Visite à domicile (ergothérapeute [[other_name:Sophie Carrère]]) chez Mme [[name:Martinon]] [[name:Jeannette]], [[address:3 chemin des Vignes]], [[postcode_city:43000 Le Puy-en-Velay]] : douche à l'italienne à installer, barres d'appui, lit médicalisé au rez-de-chaussée.
* Orthophonie : [[name:Inès]] [[name:Sauvageot]], 7 ans, dyslexie-dysorthographie, 2 séances/semaine au cabinet de Mme [[other_name:Fleury]] ([[phone:03 84 72 19 30]]). PAP mis en place à l'école.
- Rééducation cardiaque : 20 séances d'entraînement à l'effort, VO2 pic 18 mL/kg/min, éducation thérapeutique sur le régime sans sel.
* Audioprothésiste : essai d'appareillage bilatéral chez M. [[name:Cornu]] [[name:Albert]], 93 ans, perte moyenne 55 dB ; prise en charge 100 % santé. Fille ([[other_name:Nicole Cornu]]) l'accompagne.
BERTHOLET|Yves|||||*|Sortie de SMR prévue le [[date:19/12/2025]] pour M. [[name:Bertholet]] [[name:Yves]], amputé fémoral gauche, prothèse provisoire, fauteuil électrique commandé. Kiné libéral : M. [[other_name:Favre]], [[address:2 av. de Genève]], [[postcode_city:74000 Annecy]].
* Implant cochléaire : réglage n° 4 chez Mme [[name:Seo]] [[name:Hyun-woo]], compréhension sans lecture labiale 60 %. Orthophoniste de ville : Mme [[other_name:Blanc]].
- Ergothérapie : atelier cuisine thérapeutique pour 4 patients, découpage avec planche adaptée, sécurité au gaz.
* Bilan de déglutition (vidéofluoroscopie) chez M. [[name:Grégoire]] [[name:Marius]] : fausses routes aux liquides fins, eau gélifiée, texture hachée. Transmis à la diététicienne et à son épouse [[other_name:Marthe]].
* Rééducation vestibulaire : Mme [[name:Sirvent]] [[name:Amparo]], névrite vestibulaire gauche, fauteuil rotatoire, exercices de Brandt-Daroff à domicile. Tél [[phone:04 68 35 12 78]].
- Balnéothérapie fermée jusqu'au [[date_partial:15 janvier]] pour travaux, séances remplacées par de la kiné en salle.
* Note de l'APA (activité physique adaptée) : M. [[name:Jovanovic]] [[name:Dragan]], 62 ans, BPCO stade III, 6MWT 320 m (+45 m), reprise du vélo d'appartement. Fils [[other_name:Marko]] motivé pour l'accompagner.
""")

# EHPAD, SSIAD, HAD: DAR transmissions, caps, no accents, glued numbers
ROWS.append(r"""
# Home and residential care: transmissions ciblées (Données / Actions / Résultats), SSIAD rounds, HAD night logs; capitals, no accents, glued numbers.
* CIBLE : chute / D : Mme [[name:Lemarchand]] [[name:Huguette]] retrouvee au sol ch 22 a 5h40, dit avoir glisse / A : releve a 2, constantes ok, medecin de garde appele / R : pas de douleur a 8h, surveillance.
- D : refus alimentaire au repas du soir / A : proposition de complement oral, aide au repas / R : 1/2 creme dessert prise.
* CIBLE DOULEUR D: M. [[name:VERGNES]] [[name:Lucien]] EVA 7 sacrum A: oxynorm 5mg 14h30 R: EVA 3 a 15h30. Escarre stade 2 refaite, pansement hydrocolloide.
GRANDJEAN|Solange|||||*|SSIAD tournee matin : Mme [[name:GRANDJEAN]] [[name:Solange]] [[address:7 rte de Morteau]] [[postcode_city:25500 Montbenoit]] toilette au lit, pas de selles depuis 3j, signale a l'IDEL Mme [[other_name:Jeannin]]. Cle dans la boite a cle [[address:code 4-1-7-7]].
* HAD NUIT 02H15 APPEL DE L EPOUSE DE M [[name:MAUREL]] [[name:FERNAND]] : POMPE PCA EN ALARME OCCLUSION, IDE D ASTREINTE ([[other_name:CAROLE]]) SE DEPLACE, TUBULURE CHANGEE, RAS A 3H.
- Transmissions EHPAD : 3 résidents fébriles unité Tilleul, prélèvements faits, médecin coordonnateur informé. Hydratation renforcée.
* Cible : comportement. D : M. [[name:Poggi]] [[name:Dominique]] deambule la nuit, cherche "sa maison a Morosaglia" ; A : accompagnement, collation ; R : recouche a 3h.
* SSIAD : patient M. [[name:Aubert]] [[name:Marcel]] ne le[[date:12/03/1937]] tel fille [[phone:0684227519]] ; passage 2x/j ; bas de contention ; surveillance du poids (IC).
LAURENT|Gisele|||||*|Mme [[name:LAURENT]] [[name:Gisele]] ch12 EHPAD [[address:les Glycines]] : hospitalisee le [[date:3/12/25]] pour chute + fracture col femur G, famille (fils [[other_name:Didier]] 06 ne repond pas) prevenue par message.
- HAD : livraison de l'oxygène liquide à domicile mardi, rappel des consignes de sécurité (pas de flamme, pas de corps gras).
* D : Mme [[name:Tessier-Lambert]] [[name:Monique]] tres agitee depuis la visite de son fils [[other_name:Olivier]] / A : ecoute, musique / R : apaisee vers 17h. Note : le fils ne doit plus venir seul (decision tutelle, mandataire UDAF 63).
* HAD, admission : M. [[name:Charrier]] [[name:Paul]], 88 ans, soins palliatifs à domicile, [[address:La Grange Neuve]], [[address:route de Saint-Flour]], [[postcode_city:15100 Coltines]]. Lit médicalisé, matelas à air. Épouse [[other_name:Yvette]] aidante.
- Cible sommeil : insomnie d'endormissement, tisane, pas d'hypnotique supplémentaire sans prescription.
DUCROCQ|Albert|||||*|ehpad cible elimination d: M [[name:ducrocq]] [[name:albert]] pas de selles depuis le [[date_partial:30/11]] a: lavement normacol r: selles abondantes. fille [[other_name:sylvie]] au courant.
* SSIAD, changement : à partir du [[date_partial:15/12]] la tournée de Mme [[name:Quéré]] [[name:Armelle]] passe à 8h au lieu de 7h ; adresse : [[address:lieu-dit Kerampuil]], [[postcode_city:29270 Carhaix-Plouguer]].
* TRANSMISSION NUIT : RAS CH 1 A 18 SAUF CH 7 (MME [[name:BRUNEL]] [[name:ODETTE]]) DESATURATION 86% SOUS AA, O2 2L, MEDECIN APPELE 3H10, AMELIORATION 92% A 4H.
- Cible hydratation : feuille de boissons remplie pour 12 résidents, 3 en dessous de 1 L/j.
""")

# Addiction (CSAPA, CAARUD) and hospital social work
ROWS.append(r"""
# Addiction care and social work: CSAPA follow-up, CAARUD outreach, ELSA, social worker notes on housing, rights, guardianship.
* CSAPA, 1re consultation : M. [[name:Delmas]] [[name:Quentin]], 27 ans, [[diag_addict:cocaïne]] sniffée le week-end, [[diag_addict:alcool]] 10 verres/soirée, demande d'aide pour arrêter. Mail : [[email:quentin.delmas@gmail.com]].
- CAARUD : 48 passages cette semaine, 310 kits de matériel stérile distribués, 12 dépistages rapides VHC.
LOPEZ REYES|Antonio|||||*|ELSA aux urgences : M. [[name:Lopez Reyes]] [[name:Antonio]], [[diag_addict:alcoolisation]] aiguë (3,1 g/L), 4e passage cette année ; orientation vers le CSAPA, RDV le [[date_partial:16/12]] à 10h. Compagne [[other_name:Vanessa]] très inquiète.
* CAARUD, maraude : Mme [[name:Moreau-Giraud]] [[name:Cindy]], vit dans un camion sur le parking du [[address:quai de Bacalan]], injecte du [[diag_addict:Skenan]], abcès du bras droit, orientée aux urgences.
* [[diag_addict:TSO]] : M. [[name:Vasquez]] [[name:Hernan]], [[diag_addict:Subutex]] 12 mg/j depuis 2021, relais par [[diag_addict:Buvidal]] mensuel accepté ; première injection le [[date:09/12/2025]].
- Consultation jeunes consommateurs : 6 nouveaux jeunes ce mois, surtout [[diag_addict:cannabis]] et écrans. Une famille reçue avec l'adolescent.
* Assistante sociale : M. [[name:Lacroix]] [[name:Hervé]], 59 ans, sans domicile depuis la vente de la maison, hébergé par le 115 au [[address:CHU Les Augustins]]. Demande de logement social déposée, n° unique [[id:0311225012345678]].
MBAYE|Coumba|||||*|Service social : Mme [[name:Mbaye]] [[name:Coumba]], titre de séjour expiré le [[date:31/08/2025]], récépissé demandé à la préfecture. Droits AME à renouveler. Domiciliation : [[address:association Emmaüs]], [[address:BP 17]], [[postcode_city:31000 Toulouse]].
* Note AS : Mme [[name:Villeneuve]] [[name:Patricia]] victime de violences de son compagnon (M. [[other_name:Rochard]] [[other_name:Steeve]]) ; mise à l'abri en résidence sociale, adresse confidentielle ; ne rien communiquer par téléphone.
- Réseau précarité : PASS dentaire le vendredi, consultations sans RDV, interprétariat par téléphone.
* [[diag_addict:Sevrage]] hospitalier : M. [[name:Le Roux]] [[name:Erwan]], [[diag_addict:sevrage]] [[diag_addict:alcool]] programmé 10 jours, Cushman à l'entrée 8, Séresta selon score. Sortie vers la post-cure de [[address:Kerlivio]] ? dossier envoyé.
* Assistante sociale de l'hôpital : Mme [[name:Ivanova]] [[name:Svetlana]], retraitée ukrainienne, protection temporaire, besoin d'un hébergement avec ascenseur. Contact de sa fille [[other_name:Olena]] : [[phone:+380 67 431 22 90]].
JEANNIN|Bastien|||||*|CSAPA : M. [[name:Jeannin]] [[name:Bastien]], [[diag_addict:méthadone]] gélules 80 mg, urines positives à la [[diag_addict:cocaïne]] 2 fois ce mois ; délivrance ramenée à 3 jours. Pharmacie : Pharmacie du Centre, [[address:1 place Granvelle]], [[postcode_city:25000 Besançon]].
- Tabacologie : substituts nicotiniques pris en charge, patch 21 mg + gommes, suivi à 1 mois.
* Note sociale : M. [[name:Nadeau]] [[name:Régis]], tutelle demandée par sa soeur Mme [[other_name:Nadeau]] [[other_name:Françoise]] ; audience chez le juge des contentieux de la protection le [[date:13/01/2026]]. Certificat circonstancié du Dr [[other_name:Peyrol]] (médecin inscrit).
* CAARUD, fixe : "[[other_name:Rico]]" (surnom) ramène des seringues usagées, demande de la [[diag_addict:naloxone]] pour son ami M. [[name:Da Costa]] [[name:Nuno]] qui fait des [[diag_addict:overdoses]] ; [[diag_addict:Nalscue]] remis avec formation.
""")

# Oncology tumour boards (RCP) and palliative care
ROWS.append(r"""
# Oncology RCP fiches, announcement consultations, palliative care team notes, LATA discussions.
* RCP digestive du [[date:04/12/2025]] : M. [[name:Esposito]] [[name:Gennaro]], 67 ans, adénocarcinome du rectum moyen T3N1, radiochimiothérapie puis chirurgie (Pr [[other_name:Larrieu]]). Participants : Dr [[other_name:Mazars]], Dr [[other_name:Vidalenc]], Dr [[other_name:Hoang]].
- RCP thoracique : dossiers présentés 22, 3 recours, 1 inclusion dans un essai de phase III. Prochaine RCP mardi 12h30.
BARRAL|Ginette|||||*|Consultation d'annonce : Mme [[name:Barral]] [[name:Ginette]], cancer du pancréas métastatique, annonce faite avec sa fille [[other_name:Sophie]] ; IDE d'annonce Mme [[other_name:Roche]] revoit la patiente le [[date_partial:10/12]]. Chimiothérapie FOLFIRINOX discutée.
* Soins palliatifs, EMSP : M. [[name:Santoni]] [[name:Jean-Toussaint]], 81 ans, cancer bronchique, dyspnée réfractaire, midazolam en titration. Souhaite mourir dans son village ([[address:maison Santoni]], [[address:lieu-dit Casanova]], [[postcode_city:20250 Corte]]).
* RCP sein : Mme [[name:Lemaître]] [[name:Odile]], carcinome canalaire infiltrant 14 mm, RH+, HER2-, pN0(sn) ; radiothérapie + hormonothérapie (létrozole). Oncotype non nécessaire. Patiente née le [[date:14/08/1960]].
- USP : 10 lits, 2 décès cette semaine, 1 retour à domicile avec HAD. Réunion des bénévoles jeudi.
NGUYEN|Thi Hoa|||||*|Discussion LATA : Mme [[name:Nguyen]] [[name:Thi Hoa]], 92 ans, pas de réanimation, pas de ré-intubation ; décision collégiale partagée avec ses enfants ([[other_name:Van Minh]], [[other_name:Thi Lan]]) le [[date_partial:5 décembre]].
* RCP ORL : M. [[name:Leclerc]] [[name:Gaëtan]], carcinome épidermoïde de l'oropharynx p16+, T2N1 ; radiochimiothérapie, pose de gastrostomie avant traitement. Tél domicile [[phone:02 33 94 16 05]].
* Sédation profonde et continue discutée pour M. [[name:Bianchi]] [[name:Aldo]] à sa demande (directives anticipées du [[date:02/02/2024]]) ; avis du Dr [[other_name:Casanova]] (EMSP) ; épouse [[other_name:Rosa]] d'accord.
- Fiche RCP incomplète : manque le PS, la date du dernier scanner et le compte rendu anatomopathologique.
* Oncogériatrie : G8 à 11, évaluation par le Dr [[other_name:Morvan]] chez Mme [[name:Abadie]] [[name:Jeanne]], 86 ans ; chimiothérapie allégée. Vit seule au [[address:8 rue des Jacobins]], [[postcode_city:47000 Agen]].
ARSLAN|Hatice|||||*|Mme [[name:Arslan]] [[name:Hatice]], lymphome B diffus, R-CHOP cycle 4 le [[date_partial:15/12]] ; fils [[other_name:Mehmet]] traduit, fille [[other_name:Zeynep Arslan-Kaya]] ([[phone:06 52 30 88 41]]) personne de confiance.
- Radiothérapie : 25 séances de 2 Gy, du lundi au vendredi, repos le week-end. Masque de contention pour les ORL.
* Palliatif à domicile : M. [[name:Lefèvre]] [[name:Raymond]] décédé paisiblement à 6h le [[date_partial:4/12]], en présence de sa femme et de son petit-fils [[other_name:Hugo]]. IDEL (Mme [[other_name:Pichon]]) a fait la toilette.
""")

# What must stay: eponyms, scores, drugs, hospitals named after people; persons whose names are words
ROWS.append(r"""
# Must-survive words next to persons named by the same words.
- Examen clinique : signe de Murphy positif, signe de Blumberg négatif, point de McBurney douloureux. Score d'Alvarado 7.
* M. [[name:Mouton]] [[name:Gérard]], ancien berger, compte ses moutons pour s'endormir ; pas de trouble cognitif. Sa fille [[other_name:Estelle Mouton]] passe le soir.
- Néphrologie : maladie de Berger (néphropathie à IgA), syndrome d'Alport chez le frère, formule de Cockcroft et MDRD.
- Gastro : maladie de Crohn iléale, rectocolite hémorragique, score de Harvey-Bradshaw 6, classification de Montréal A2L1B1.
* Mme [[name:Renard]] [[name:Colette]] a vu un renard dans le jardin de l'EHPAD ce matin, très contente. Rien de médical.
- Radiologie : classification de Bosniak IIF, score de Fazekas 2, échelle de Scheltens 3, classification BI-RADS (ACR) 3. Ligne de Kerley B.
- Hématologie : maladie de Vaquez, maladie de Willebrand type 1, syndrome de Waldenström, test de Coombs positif, corps de Howell-Jolly.
* M. [[name:Boucher]] [[name:Armand]], boucher à la retraite, coupure profonde du pouce (couteau de cuisine), 3 points. Vaccin antitétanique à jour.
- Psychiatrie (hors patients) : hôpital Sainte-Anne, hôpital Esquirol, CHS Pinel ; pavillon Charcot ; unité Henri-Ey.
- Pharmacie : Kayexalate, Renvela, Mimpara, Aranesp, Venofer ; Eliquis, Xarelto, Préviscan ; Lasilix 40 mg ; Tégrétol 200 LP.
* Mme [[name:Fontaine]] [[name:Mireille]] boit peu : on lui rappelle la fontaine à eau du couloir. Bilan hydrique à faire.
- Ortho : fracture de Pouteau-Colles, fracture de Monteggia chez l'enfant, classification de Garden III, prothèse de Moore.
* M. [[name:Meunier]] [[name:Léon]], ancien meunier du moulin de la vallée, farine et poussières : pneumopathie d'hypersensibilité ? EFR demandée.
- Endocrinologie : maladie de Basedow, thyroïdite de Hashimoto, maladie d'Addison, syndrome de Cushing, syndrome de Conn.
* Mme [[name:Berger]] [[name:Sylvie]] n'a pas de maladie de Berger malgré l'hématurie (biopsie normale). Revue dans 6 mois.
- Hôpital Georges-Pompidou, hôpital Édouard-Herriot, hôpital Paul-Brousse, institut Gustave-Roussy, centre Léon-Bérard : adresses des correspondants dans l'annuaire.
* M. [[name:Loiseau]] [[name:Théo]], ornithologue, revient de Camargue : psittacose ? Il s'occupe des oiseaux de la réserve. Sérologie Chlamydia psittaci demandée.
- Urgences : échelle de Glasgow, score de Wells, règle d'Ottawa pour la cheville, score CHA2DS2-VASc, HAS-BLED.
* Mme [[name:Rivière]] [[name:Madeleine]], chute dans la rivière derrière sa maison (hypothermie à 34,5 °C). Réchauffement, surveillance. Voisin : M. [[other_name:Cordier]].
- Néonatologie : score d'Apgar, test de Guthrie, manoeuvre de Barlow. Oxygénothérapie en lunettes.
* M. [[name:Bonnet]] [[name:Raoul]] a oublié son bonnet et ses lunettes au scanner ; récupérés par le brancardier.
- Infectio : maladie de Lyme, fièvre de Malte, maladie de Whipple, maladie de Nicolas-Favre. Aucun patient cité.
""")

# Pasted mails and letters, other languages, odd typing
ROWS.append(r"""
# Pasted messages: mail headers, MSSanté, letters in other languages; glued numbers, odd spacing, no accents.
* De : Dr [[other_name:Alix Montserrat-Vidal]] <[[email:alix.vidal@ch-perpignan.mssante.fr]]> Objet : TR Mme [[name:GIMENEZ]] [[name:Rosario]] ddn [[date:07/07/1948]] Bonjour, je vous transfère le CR de coro de votre patiente. Bien à vous.
- Mail du service informatique : la messagerie sécurisée sera indisponible samedi de 6h à 10h (maintenance).
PAPAGEORGIOU|Eleni|||||*|Lettre en anglais de l'hôpital d'Athènes : "Mrs [[name:Eleni]] [[name:Papageorgiou]], DOB [[date:23/04/1957]], was admitted on [[date:3 November 2025]] for NSTEMI; drug-eluting stent on LAD. Contact her son [[other_name:Nikos]] at [[phone:+30 694 512 7783]]."
* tel patient [[phone:06 . 20 . 4 7 . 1 1 . 9 8]] -> corrigé : [[phone:06 20 47 11 98]] ; M. [[name:Perreira]] [[name:Jose]] (sans accent dans le logiciel) ; adr [[address:5bis rue Jules Ferry]] [[postcode_city:86000Poitiers]].
* Objet : [[name:HUYNH]] [[name:Van Phuc]] / né le [[date:1949-10-02]] / IPP [[id:{ipp}]] / Merci de programmer une écho-doppler des TSA avant le [[date_partial:20/12]]. Cordialement, secrétariat du Dr [[other_name:Gobert]].
- Courrier en espagnol d'une mutuelle : pedimos el informe médico completo. Transmis au secrétariat médical pour traduction.
* Mensaje de la hija (traducido) : "Mi madre [[name:Carmen]] [[name:Ortega Molina]] vive en [[address:calle Mayor 14]], [[address:3º B]], [[postcode_city:50001 Zaragoza]], necesita el informe para su médico."
BALOGH|Tünde|||||*|Mme [[name:BALOGH]] [[name:Tunde]] NEE LE[[date:02.11.1970]] TEL[[phone:0623558104]] MAIL [[email:tunde.balogh@citromail.hu]] ; RDV de rhumato le [[date_partial:6/1]] confirmé.
* Transféré par MSSanté : ----- Message d'origine ----- De : [[email:secretariat.ssr@clinique-lesalpes.fr]] À : [[email:medecine2@ch-albertville.fr]] Objet : M. [[name:Duc]] [[name:Fernand]] (né le [[date:30 septembre 1941]]) : place disponible le [[date_partial:15 décembre]].
- Fax illisible reçu à 3h12, 2 pages, en-tête du laboratoire de ville. Demandé le renvoi par mail.
* Note dictée (reconnaissance vocale) : patient monsieur [[name:mac]] [[name:gregor]] pardon [[name:Mac Gregor]] [[name:Iain]] né le [[date:douze juin mille neuf cent cinquante-trois]] adresse [[address:douze rue de l'Écosse]] à [[postcode_city:cinquante-neuf mille Lille]] point.
* SMS envoyé à M. [[name:Rahman]] [[name:Abdul]] : "Votre RDV du 16 est annulé. Rappelez le secrétariat" -> SMS refait avec le numéro du secrétariat : [[phone:01 40 27 35 00]].
LAPORTE|Colette||||12 rue Émile Zola, 87000 Limoges|*|Courrier reçu de Mme [[name:Laporte]] [[name:Colette]], [[address:12 rue Émile Zola]] [[postcode_city:87000 LIMOGES]] : « Je demande la copie de mon dossier d'hospitalisation de [[date_partial:septembre 2025]]. »
* Copier-coller Doctolib : Patient : [[name:SOW]] [[name:Oumou]] Né(e) le : [[date:15/05/1995]] Tél : [[phone:+33 7 68 21 44 09]] Motif : 1re consultation [[diag_repro:contraception]] ([[diag_repro:DIU]]).
- Signature automatique : Secrétariat de chirurgie viscérale, poste 2214, du lundi au vendredi de 8h30 à 16h30.
* Lettre en portugais (traduction) : "O meu pai [[name:Manuel]] [[name:Pires Gonçalves]] nasceu em [[date:12/12/1944]], mora na [[address:Rua da Boavista 210]], [[postcode_city:4050-102 Porto]]."
* PJ : ordonnance scannée, nom du patient illisible ; le tampon indique Dr [[other_name:Houssin]], [[address:14 bd Gambetta]], [[postcode_city:02100 Saint-Quentin]], [[phone:03 23 64 08 27]].
""")

# Hospital pharmacy (PUI), sexual health, switchboard and misc
ROWS.append(r"""
# PUI dispensing, rétrocession, sexual health centre, switchboard messages, identity vigilance.
* Rétrocession : M. [[name:Rahimi]] [[name:Farid]] vient chercher son [[diag_hiv:Biktarvy]] (3 mois), ordonnance du Dr [[other_name:Lacassagne]] (SMIT). Prochaine délivrance le [[date:10/03/2026]].
- PUI : rupture de Célestène injectable, alternative dexaméthasone, information aux services par mail.
KONATE|Salimata|||||*|CeGIDD : Mme [[name:Konate]] [[name:Salimata]], consultation anonyme n° [[id:CG-4418]] ? non, consultation nominative à sa demande ; dépistage [[diag_sti:chlamydia]] positif, traitement doxycycline 7 j, partenaire à prévenir.
* Pharmacie clinique : conciliation médicamenteuse à l'entrée de Mme [[name:Lhermitte]] [[name:Paulette]] ; oubli du Levothyrox sur l'ordonnance de sortie du [[date_partial:28/11]] ; appel à l'officine (Pharmacie des Halles, [[phone:02 31 86 04 52]]).
- Essai clinique : patient n° [[id:014-0087]], randomisé bras B, kits 2231 et 2232 délivrés, retour des flacons vides au prochain cycle.
* CPEF : Mlle [[name:Lefranc]] [[name:Lola]], 16 ans, [[diag_repro:IVG]] médicamenteuse le [[date_partial:3/12]], consultation de contrôle le [[date_partial:17/12]] ; [[diag_repro:implant]] posé ; accompagnée par sa tante (Mme [[other_name:Duriez]]).
* Standard : M. [[other_name:Picard]] a appelé pour avoir des nouvelles de M. [[name:Thibault]] [[name:Norbert]] ; n'est pas sur la liste des personnes autorisées, aucune information donnée. Rappel : [[phone:06 72 45 10 93]].
TRINH|Quoc Bao|||||*|Identito-vigilance : 2 dossiers pour M. [[name:Trinh]] [[name:Quoc Bao]] (DDN [[date:01/01/1972]] et [[date:1/1/1972]]) ; fusion des IPP [[id:{ipp}]] et [[id:16 220 481]] demandée à la cellule d'identito-vigilance.
- Préparations de chimiothérapie : 64 préparations hier, 2 annulées (patients non aptes), zéro erreur au contrôle libératoire.
* Dispensation nominative : Mme [[name:Garnier]] [[name:Roseline]], [[diag_mental:lithium]] 400 mg x2, [[diag_mental:lithiémie]] à faire ; [[diag_mental:quétiapine]] 50 mg le soir. Attention interaction avec le diurétique ajouté.
* Centre de vaccinations internationales : M. [[name:Miyazaki]] [[name:Kenji]] et Mme [[other_name:Miyazaki]] [[other_name:Sakura]] ; fièvre jaune, rage pré-exposition ; départ le [[date:02/02/2026]] pour Lima.
- Vaccination antigrippale : 78 % des résidents, 54 % du personnel soignant vaccinés au [[date_partial:1er décembre]].
* [[diag_hiv:PrEP]] : M. [[name:Jaouen]] [[name:Maël]], [[diag_hiv:PrEP]] à la demande, [[diag_hiv:Truvada]] génériqué, sérologie [[diag_hiv:VIH]] négative, [[diag_sti:syphilis]] ancienne traitée. RDV trimestriel le [[date_partial:4 mars]].
DESCHAMPS|Noémie|||||*|Mme [[name:Deschamps]] [[name:Noémie]], [[diag_preg:grossesse]] de 9 [[diag_preg:SA]], nausées, a appelé le standard pour un RDV au CPEF ; transférée au secrétariat de gynéco-obstétrique.
* Pharmacie : erreur de délivrance évitée, Lamictal à la place de Lamisil pour M. [[name:Vidal]] [[name:Anselme]] ; DDN [[date:18/11/1949]] ; déclaration EI.
- Cellule d'identito-vigilance : 1 collision et 3 doublons ce mois, tous corrigés. Rappel : ne jamais créer un dossier sans pièce d'identité.
* Message du standard : la fille de Mme [[name:Chevallier]] [[name:Renée]] ([[other_name:Anne-Sophie]], [[phone:07 81 30 47 12]]) arrive de Montréal le [[date_partial:13 décembre]] et souhaite voir le médecin.
""")

SET = HandSet("heldout16", "sixteenth", ROWS, HEADER_NOTE, "16")

if __name__ == "__main__":
    SET.main(__doc__)
