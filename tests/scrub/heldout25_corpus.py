#!/usr/bin/env python3
"""The twenty-fifth hand set of labeled rows ("heldout25", issue 10).

  heldout25_corpus.py --write      write heldout25_rows_{dev,frozen}.txt
  heldout25_corpus.py --check      exit 1 if those files differ from what
                                   this script writes (make scrub-heldout)
  heldout25_corpus.py --lint       the writer's check, before the split

The rows below were typed by hand by the helper heldout25 (twenty-seventh
pass), who did not read the detectors (src/, include/, conf/) nor any
scrubber output while typing, nor any set's misses sections of
docs/scrub.md.  Read: the helpers' brief; tests/scrub/handset.py whole;
heldout_corpus.py's docstring (markup and kinds); heldout24_corpus.py's
docstring, machinery and its first five blocks and last two (for the
frame and the label widths); the Makefile's genre lines of heldout10 to
heldout24 and its scrub-heldout targets; the head of eval.py
(POLICY_WORDS); for the label widths, greps of heldout20-24's scripts:
the diag_addict and diag_mental labels (counted), ADELI numbers, lot
numbers, invoice numbers, ages over 89, ICD codes (a handful each).

The genres are the registers the twenty-four sets give least of:
emergency department coding and PMSI free text (RUM remarks, diagnoses
with their codes, the DIM's queries); home-care nurses' invoices and
their remarks (AMI/BSI acts, kilometres, the tiers payant, rejects by the
CPAM); hospital pharmacy retrocession to outpatients (the PUI's counter,
proxies who collect, cold chain); speech therapy and psychomotricity
notes (children's assessments, parents, school); the CMP and CATTP day
care (groups, outings, injections, the referent nurse); addictology at a
CSAPA (TSO, urine tests, the educator, harm reduction); orthoptics,
audiology and hearing aids, podiatry, dietetics; a vaccination centre and
a travel clinic (lot numbers, yellow fever certificates, destinations);
the sleep lab (polysomnography, CPAP providers); hyperbaric medicine
(chamber sessions, divers, CO poisoning); a burns unit (TBSA, grafts,
the family's visits in gowns); paediatric oncology seen through the
family's notes (siblings, parents' leave, the hospital school, the
parents' house); the hospital social worker's housing files (DALO, SIAO,
FSL, landlords, hotels, eviction dates); consultations through an
interpreter (in person or by phone, a relative who translates, the
interpreter's own name); and patients' messages with typos, no accents,
lower-case names, SMS abbreviations.  More than a third of the rows are
label-free look-alikes: eponymous tests and devices (Romberg, Weber,
Rinne, Lancaster, Hess, Epworth, Lund et Browder, Denver, Wechsler,
Brazelton), drugs, codes, lot numbers, places used as things (Vichy
Célestins, Évian, Avène, La Roche-Posay), a language typed as a surname,
and words that are surnames used as words (rossignol, chardon, poulain,
marchand, poisson).

Name sources: typed from general knowledge, no list read or downloaded:
Haitian (Jean-Baptiste, Pierre-Louis, Joseph, Dorvil, Charles, Saint-Fleur,
Louissaint, Bien-Aimé, Exantus, Jean-Louis, Mackenson, Wideline,
Rose-Ketlie, Dieuseul, Fritznel), Guadeloupean and Martinican (Jalton,
Bélia, Romana, Nirelep, Chipotel, Solvar, Lancrerot, Sainte-Rose, Tinval,
Bernadine, Ketty, Ludovic), Réunionese (Payet, Hoarau, Grondin, Técher,
Fontaine, Boyer, Nativel, Lauret, Maillot, Sinimalé, Ramassamy, Virapoullé),
Mahorais (Madi, Soilihi, Abdallah Said, Ousseni, Mohamed Ali, Zaïnaba,
Anrafa, Toiyfa, Bacar, Attoumani), Lao (Phommachanh, Sayavong,
Keomany, Souvannavong, Vilaythong, Bounmy, Khamphet, Noy), Hmong (Vang, Yang,
Lee, Xiong, Thao, Moua, Pa Nhia, Tou, Chue), Yazidi (Khalaf, Murad, Bakir,
Hassan Ali, Nadia, Adlan, Xeyrî), Uyghur (Tursun, Abdukerim, Memet,
Gulnar, Mihray, Ilham, Nurmemet), Bengali (Rahman, Hossain, Chowdhury,
Begum, Akter, Uddin, Mitu, Shapla), Bambara and Soninké (Keïta, Diarra,
Coulibaly, Sissoko, Dembélé, Samaké, Kanouté, Bintou, Modibo), Lingala and
Congolese (Mbemba, Lukusa, Nsimba, Mputu, Kabongo, Bokolo, Grâce,
Merveille, Divine, Exaucé), Malagasy (Rakotomalala, Andrianarivelo,
Razafindrakoto, Rasoanaivo, Ravelojaona, Fanja, Hery, Tiana, Voahangy),
Roma (Gabor, Ciurar, Sârbu, Munteanu, Lacatus, Zamfir, Nelu, Mădălina,
Rodica), Québécois (Tremblay, Gagnon, Bouchard, Côté, Pelletier,
Lévesque, Marie-Ève, Jean-François, Maxime), Swiss (Favre, Rochat, Pittet,
Zufferey, Bonvin, Fellay, Jaquier, Oberson), Belgian (Vandenberghe,
Peeters, Janssens, Wouters, Dewulf, Lambotte, Vanderlinden, Goossens,
Delvaux, Cuypers), Pashto (Safi, Khostai, Zazai, Shinwari), Wolof (Ndour,
Faye, Sène), Swahili (Juma, Mwamba); and French
surnames that are words in kept positions (Rossignol, Chardon, Legrand,
Bastide, Mercier, Boucher, Lapierre, Courtois, Beaujour, Lesage,
Lenoir, Chevalier, Poulain, Roitelet, Marchand, Faucon, Pommier).

Everything is invented: people, homes, numbers.  Street names may be real
street names; no row is a real patient's.  The frame (row shorthand,
placeholders, what is computed, the split: rows ranked by
sha256("heldout25\\n" + row), the lower half to the dev file) is
tests/scrub/handset.py's, as heldout14's to heldout24's.

Labeling choices (the earlier sets'; new cases written here): an ICD-10
code of a sensitive group is labelled with its group as the words are
(`[[diag_addict:F10.2]]`), other codes stay; an invoice, a prescription
(ordonnance) number, a housing file (DALO, SIAO, FSL), a CAF or MDPH file
number, a hearing-aid or CPAP provider's patient number, a vaccination
certificate number are `id`; a vaccine or drug lot number stays (it names
a batch, not a person); ADELI numbers are `rpps` as in heldout23; the
nurse's own name on her invoice is `other_name`; the patient's pet
name stays; an interpreter's name is `other_name`, the language stays;
a hotel room or shelter bed where the person sleeps is `address`, the
hotel's name as such is `address` when it is the person's home; years
of birth are `date_partial` as in heldout24, guideline and product years
stay; ages over 89 are not labelled (no kind, as the earlier sets).
"""
from handset import HandSet

HEADER_NOTE = """\
# Typed by hand by the helper heldout25 without reading the detectors or any scrubber output (see the script's
# docstring for what was read); invented people, homes and numbers only. NIR keys, RPPS/FINESS Luhn digits,
# IBAN check digits and IPPs written `*` are computed by the script. Split by rank of sha256("heldout25\\n" + row), lower half dev.
"""

# ------------------------------------------------------------------ rows
# Typed by genre; within one, by register.

ROWS = []
# Emergency department coding and PMSI free text: RUM remarks, DIM queries, codes
ROWS.append(r"""
* RPU du [[date:14/11/2025]] : M. [[name:Jean-Baptiste]] [[name:Fritznel]], 34 ans, plaie de la main gauche par disqueuse, DP S61.0, suture 4 points, CCMU 2, sortie à 16h40.
* Codage DIM : séjour [[id:25-048817]] de Mme [[name:Payet]] [[name:Marie-Josée]], DP J18.9, DAS E11.9 et I10 ; le CR ne mentionne pas la dénutrition, question posée au Dr [[other_name:Hoarau]].
- Passage aux urgences : CCMU 3, GEMSA 4, UHCD moins de 24 heures, pas de RUM de médecine.
- DP R07.4 douleur thoracique non précisée, troponine négative à H0 et H3, sortie.
* Requête DIM au service : pour M. [[name:Vang]] [[name:Tou]] (NDA [[id:2511330972]]), le diagnostic « [[diag_addict:sevrage alcoolique]] » est écrit mais codé F10.3 ? Confirmer [[diag_addict:F10.3]] ou [[diag_addict:F10.2]].
* RUM à corriger : date d'entrée [[date:02/11/2025]] et non le [[date:02/12/2025]] pour Mme [[name:Rakotomalala]] [[name:Voahangy]] ; mode d'entrée 8, provenance 5.
- Codage : T42.4 intoxication accidentelle aux benzodiazépines, X41, chez un enfant de 3 ans.
* UHCD : M. [[name:Khalaf]] [[name:Xeyrî]], IMC 17, [[diag_mental:TS]] par phlébotomie superficielle ; DP S51.8, DAS [[diag_mental:X78]] ; avis psychiatrique fait par l'interne (Dr [[other_name:Lambotte]]).
* Passage de [[name:Mbemba]] [[name:Exaucé]], 7 ans, traumatisme crânien léger, PECARN négatif, sortie avec sa mère ([[other_name:Grâce Mbemba]]) et la fiche de surveillance.
- RUM muet : aucun acte CCAM saisi, relancer le service de chirurgie viscérale avant la clôture du mois.
* Contrôle T2A : le séjour de M. [[name:Chowdhury]] [[name:Anwar]] du [[date_partial:3 octobre]] au [[date_partial:7 octobre]] passe en niveau 3 avec la DAS N17.9 ; justifier la créatinine dans le dossier.
- Supplément réa refusé : IGS II à 12, aucune suppléance, pas d'acte marqueur.
* Erreur d'identité à l'enregistrement : passage du [[date_partial:18/11]] saisi au nom de [[other_name:Hossain]] [[other_name:Rahim]] au lieu de [[name:Hossain]] [[name:Rahman]] (même date de naissance, [[date:05/05/1988]]) ; fusion demandée.
- GHM 05M09 insuffisances cardiaques et états de choc circulatoire, niveau 2.
* Mme [[name:Keomany]] [[name:Bounmy]], 91 ans, chute, fracture du poignet, DP S52.5, retour en EHPAD ([[address:Résidence Les Hortensias]], [[address:chambre 208]]) sans hospitalisation.
* Motif de recours saisi par l'IOA : « douleur abdo + [[diag_preg:grossesse]] 8 [[diag_preg:SA]] ? » ; Mme [[name:Tremblay]] [[name:Marie-Ève]], [[diag_preg:GEU]] éliminée par échographie, DP [[diag_preg:O20.0]].
- Le codage du polyhandicap (G80) ne doit pas masquer le motif de l'hospitalisation.
* DIM : le séjour [[id:H25-7716320]] de M. [[name:Sissoko]] [[name:Modibo]] comporte un [[diag_hiv:VIH]] connu non codé ; ajouter [[diag_hiv:B24]] en DAS si le traitement a été poursuivi.
* Réunion PMSI du jeudi [[date_partial:20/11]] : Dr [[other_name:Vandenberghe]], Mme [[other_name:Peeters]] (TIM), M. [[other_name:Goossens]] (contrôle de gestion) ; 214 RSS non groupés.
- Le diagnostic relié n'est utilisé que si le DP est un code Z de prise en charge.
* CCAM : acte QZJA002 (parage de plaie) saisi deux fois pour Mlle [[name:Nsimba]] [[name:Divine]] le [[date_partial:21/11]] ; annuler le doublon.
- Motif de sortie : mutation interne, destination 6, pas de transfert.
* Patient arrivé par ses propres moyens, sans papiers, se présentant comme « [[name:Tursun]] » ; identité provisoire [[id:X-URG-25-4471]], rapprochement à faire avec l'accueil.
""")
# Home-care nurses' invoices and their remarks (AMI/BSI, IK, tiers payant, CPAM rejects)
ROWS.append(r"""
* Facture n° [[id:IDE-2025-1187]] : Mme [[name:Hoarau]] [[name:Jeanine]], BSI lourde, 2 passages par jour du [[date_partial:1er]] au [[date_partial:30 novembre]], IK plaine 12 km ; IDE : [[other_name:Nathalie Grondin]], ADELI [[rpps:974012846]].
- AMI 4 pansement complexe, AMI 1 injection sous-cutanée, majoration de nuit MN entre 20h et 23h.
* Rejet CPAM : le NIR saisi pour M. [[name:Técher]] [[name:Jean-Paul]] ne correspond pas, bon NIR [[nir:{nir:1 52 03 974 11 087}]] ; refacturer les soins du mois d'[[date_month:octobre]].
* Remarque de l'IDE libérale : « patient absent à mon passage de 7h, porte fermée, voisin (M. [[other_name:Nativel]]) dit qu'il est parti chez sa fille à [[postcode_city:97410 Saint-Pierre]] », acte non facturé.
- Tiers payant intégral ALD, part complémentaire en AMO seule, pas de mutuelle.
* Cabinet infirmier [[other_name:Lauret]]-[[other_name:Maillot]], [[address:12 chemin Bois de Nèfles]], [[postcode_city:97490 Sainte-Clotilde]] : feuilles de soins de M. [[name:Virapoullé]] [[name:Joseph]] envoyées en SESAM sans vitale.
* Pansement d'ulcère de Mme [[name:Chipotel]] [[name:Ketty]] : ordonnance du Dr [[other_name:Jalton]] du [[date:03/10/2025]] valable 3 mois, renouvellement à demander avant le [[date_partial:3 janvier]].
* IK : [[address:section Morne-à-l'Eau]], [[address:lieu-dit Vieux-Bourg]], [[postcode_city:97111 Morne-à-l'Eau]] ; 18 km aller-retour depuis le cabinet, majoration montagne non applicable.
- Indemnité forfaitaire de déplacement IFD une fois par passage, même si deux patients au même domicile.
* Mme [[name:Solvar]] [[name:Bernadine]] (IPP [[id:{ipp}]]) : insulinothérapie 3 fois par jour, glycémies notées dans le carnet ; facture de [[date_month:décembre]] au nom de sa fille, Mme [[other_name:Lancrerot]] [[other_name:Ludivine]], qui paie le ticket modérateur.
* Litige de facturation : l'IDE remplaçante (Mme [[other_name:Sainte-Rose]], [[phone:0690 42 18 75]]) a facturé les soins du [[date:12/11/2025]] alors que la titulaire (Mme [[other_name:Tinval]]) les avait déjà télétransmis.
- Bilan de soins infirmiers à renouveler tous les 12 mois, sauf dégradation de l'autonomie.
* Avoir n° [[id:AV-0043]] pour M. [[name:Romana]] [[name:Ludovic]] : 6 AMI 1 facturés à tort pendant son hospitalisation du [[date_partial:8]] au [[date_partial:14/11]].
* Note manuscrite sur la facture de M. [[name:Dorvil]] [[name:Mackenson]] : « injection d'Aranesp faite à [[address:l'appartement de sa sœur, 3 rue Schoelcher]], le patient n'est pas rentré chez lui ».
- Le forfait BSI intermédiaire couvre les soins d'hygiène, pas les pansements, qui se cumulent à taux plein.
* Paiement reçu par virement de Mme [[other_name:Pierre-Louis]] [[other_name:Wideline]] pour sa mère, Mme [[name:Pierre-Louis]] [[name:Rose-Ketlie]], IBAN [[iban:{iban:20041 01005 0500013M026 06}]] ; facture soldée.
* M. [[name:Ramassamy]] [[name:Daniel]], né le [[date:11/09/1947]], [[address:37 rue du Général de Gaulle]], [[postcode_city:97460 Saint-Paul]] : prise de sang à domicile tous les lundis, PMS + IFD + IK 6 km.
- Rejet : acte AMI 14 non cumulable avec un acte de la NGAP à taux plein le même jour.
* Message de la CPAM de la Guadeloupe : droits de Mme [[name:Bélia]] [[name:Suzette]] fermés depuis le [[date:30/09/2025]] ; la complémentaire solidaire est en cours (dossier [[id:CSS-971-220418]]).
* L'IDE [[other_name:Franck Nirelep]] demande que l'ordonnance mentionne « à domicile » : Mme [[name:Exantus]] [[name:Dieula]] ne peut pas se déplacer (amputée), sinon l'IFD est rejetée.
- Soins de nursing lourds, deux passages, IDE en binôme le matin pour le lever au lève-malade.
* Fin de prise en charge : décès de M. [[name:Saint-Fleur]] [[name:Dieuseul]] le [[date:28/11/2025]] au domicile ; dernière facture envoyée, matériel (lit médicalisé, matelas) à reprendre par le prestataire.
""")

# Hospital pharmacy retrocession to outpatients (PUI counter, proxies, cold chain)
ROWS.append(r"""
* Rétrocession : M. [[name:Phommachanh]] [[name:Khamphet]], Harvoni 1 cp par jour, 28 cp délivrés le [[date:21/11/2025]], prochain passage le [[date_partial:19/12]] ; ordonnance du Dr [[other_name:Souvannavong]].
- Rétrocession de l'Hemlibra : chaîne du froid, sac isotherme fourni, délai de transport maximal 2 heures.
* Mandataire : Mme [[other_name:Sayavong]] [[other_name:Noy]], épouse, vient chercher le traitement de M. [[name:Sayavong]] [[name:Bounthanh]] avec sa carte d'identité et la procuration signée.
* PUI, guichet de rétrocession : ordonnance n° [[id:ORD-25-118402]] de Mme [[name:Keïta]] [[name:Bintou]], [[diag_hiv:Biktarvy]] 30 cp, [[diag_hiv:PrEP]] non (il s'agit d'un traitement), délivrance pour un mois.
- Les médicaments de la liste de rétrocession sont facturés au prix de cession majoré de la marge forfaitaire.
* M. [[name:Diarra]] [[name:Seydou]] (né le [[date:01/01/1979]]) n'est pas venu chercher son [[diag_addict:Méthadone]] gélules en rétrocession le mardi [[date_partial:25/11]] ; appeler le CSAPA ([[phone:01 48 22 70 14]]).
- Hépatite C : sofosbuvir/velpatasvir 12 semaines, délivrance mensuelle, observance vérifiée au comptage.
* Erreur de délivrance évitée : deux patients nommés [[name:Lee]], M. [[name:Lee]] [[name:Chue]] (né en [[date_partial:1962]]) et M. [[other_name:Lee]] [[other_name:Pao]] (né en [[date_partial:1965]]) ; vérifier la date de naissance à chaque guichet.
* Pour Mlle [[name:Kabongo]] [[name:Merveille]], 15 ans, le Siklos est remis à sa tante, Mme [[other_name:Lukusa]] [[other_name:Clémentine]], tutrice ([[phone:06 11 87 40 23]]).
- Le Revlimid est délivré par cycle de 21 jours, avec le carnet patient et le test de [[diag_preg:grossesse]] de moins de 3 jours chez la femme.
* Mme [[name:Zufferey]] [[name:Chantal]] (Valais, frontalière) : facturation de la rétrocession à l'assurance suisse, carte européenne n° [[id:80756001234567890123]] ; [[address:Route du Simplon 14]], [[postcode_city:1920 Martigny]].
* Préparateur [[other_name:Kevin Ouellet]] : la pompe à insuline de [[name:Yang]] [[name:Pa Nhia]] ne sera livrée que le [[date_partial:12 décembre]] ; prévenir sa mère au [[phone:07 63 12 59 80]].
- Stock tampon d'immunoglobulines : 3 flacons de 10 g, commande urgente au LFB.
* Délivrance à domicile par coursier pour M. [[name:Favre]] [[name:Olivier]], [[address:Chemin des Crêts 5]], [[postcode_city:74100 Annemasse]], trop essoufflé pour venir ; ordonnance renouvelée par le Pr [[other_name:Pittet]].
* Rétrocession refusée : l'ordonnance de Mme [[name:Rasoanaivo]] [[name:Fanja]] date du [[date:02/08/2025]], plus de 3 mois ; demander une nouvelle au prescripteur.
- La PUI est ouverte au public du lundi au vendredi de 9h à 16h30, fermée les jours fériés.
* [[name:Dembélé]] [[name:Awa]] a perdu son stylo d'Enbrel dans le bus le [[date_partial:20/11]] ; nouvelle délivrance exceptionnelle accordée par le Dr [[other_name:Samaké]], pharmacien.
- Traçabilité : numéro de lot et date de péremption recopiés sur le bon de rétrocession, lot H4471-B.
* Message laissé par M. [[name:Abdukerim]] [[name:Memet]] : « je passe samedi prendre mes médicaments » ; rappel fait : fermé le samedi, rendez-vous le lundi [[date_partial:8 décembre]] à 10h.
* Ticket modérateur à régler par M. [[name:Côté]] [[name:Jean-François]], québécois sans droits en France : devis remis, 1 842,60 euros, paiement à la caisse du CHU avant délivrance.
""")
# Speech therapy and psychomotricity: children's assessments, parents, school
ROWS.append(r"""
* Bilan orthophonique de [[name:Xiong]] [[name:Kevin]], 5 ans 8 mois, bilingue hmong-français : retard de parole, phonologie pauvre ; la mère ([[other_name:Mai Xiong]]) souhaite une rééducation le mercredi.
- EVALO 2-6 : lexique en réception au 10e percentile, production au 5e, compréhension syntaxique normale.
* Mme [[other_name:Rossignol]], orthophoniste, au Dr [[other_name:Chardon]] : [[name:Emma]] [[name:Legrand]] (née le [[date:17/03/2017]]) présente une dyslexie phonologique sévère, 30 séances demandées à la CPAM.
- Test de l'Alouette : âge lexique de 7 ans 2 mois pour un âge réel de 9 ans 5 mois.
* Psychomotricité : [[name:Nathan]] [[name:Mercier]], 6 ans, maladresse, graphisme crispé ; l'enseignante (Mme [[other_name:Bastide]]) note qu'il évite la cour de récréation.
* Séance du [[date_partial:26/11]] annulée : la maman de [[name:Ilham]] [[name:Nurmemet]] n'a pas de voiture, le taxi n'était pas prescrit ; reporter au [[date_partial:3/12]].
- Bilan psychomoteur : Charlop-Atwell, M-ABC 2, figure de Rey, test de Bender.
* Rééducation de la déglutition chez M. [[name:Boucher]] [[name:Raymond]], 92 ans, après AVC : eau gélifiée, pas de liquides fins ; sa femme ([[other_name:Odette]]) le fait manger.
* L'orthophoniste de l'hôpital (M. [[other_name:Lapierre]], [[email:s.lapierre@ch-exemple.fr]]) demande un bilan ORL pour [[name:Lina]] [[name:Courtois]], 3 ans, aucun mot.
- Aphasie de Broca, manque du mot, bonne compréhension ; BDAE et DO 80 à la première séance.
* Compte rendu psychomotricité pour la MDPH : [[name:Madi]] [[name:Anrafa]], 8 ans, dossier MDPH n° [[id:976-2025-01847]], troubles du développement de la coordination, AESH demandée à mi-temps.
* Réunion d'équipe éducative à l'école élémentaire Jules-Ferry le [[date_partial:20 novembre]] pour [[name:Tiana]] [[name:Andrianarivelo]], 7 ans, présents : la directrice, le père ([[other_name:Hery]]), l'orthophoniste.
- Bégaiement : programme Lidcombe, mesures de sévérité quotidiennes par les parents.
* Message de Mme [[other_name:Gagnon]], mère de [[name:Félix]] [[name:Gagnon]] : « Félix a encore fait une crise en classe, la maîtresse veut qu'on vienne le chercher, pouvez-vous lui écrire ? »
* Surdité de l'enfant [[name:Bakir]] [[name:Adlan]], 4 ans, yézidi, arrivé d'Irak : implant cochléaire droit, rééducation orthophonique en kurde avec l'interprète (M. [[other_name:Murad]]).
- Trouble du spectre de la lecture : Odédys, ECLA 16+, lecture du texte « Le Pollueur ».
* Psychomotricienne [[other_name:Aurélie Poulain]] : [[name:Sacha]] [[name:Lesage]], 4 ans, prématuré à 28 [[diag_preg:SA]], hypotonie axiale, marche acquise à 22 mois ; séances hebdomadaires au CAMSP.
* Rééducation vocale de Mme [[name:Chevalier]] [[name:Armelle]], institutrice, nodules des cordes vocales ; reprise du travail le [[date_partial:5 janvier]].
- Dysphagie : échelle de Logemann, test de l'eau de 3 onces, nasofibroscopie de déglutition.
* La grand-mère de [[name:Mitu]] [[name:Akter]] (Mme [[other_name:Begum]], [[phone:07 58 44 21 96]]) accompagne l'enfant ; elle ne parle que bengali, son petit-fils aîné ([[other_name:Rafi]]) traduit.
""")

# CMP and CATTP day care: groups, outings, injections, referent nurse
ROWS.append(r"""
* CATTP, atelier cuisine du mardi : présents M. [[name:Lévesque]] [[name:Maxime]], Mme [[other_name:Faye]], M. [[other_name:Sène]] ; M. [[name:Lévesque]] a quitté le groupe au bout de dix minutes, très angoissé.
* IDE référente ([[other_name:Claire Roitelet]]) : injection de [[diag_mental:Xeplion]] 100 mg à M. [[name:Ndour]] [[name:Lamine]] le [[date:18/11/2025]], prochaine le [[date:16/12/2025]].
- Atelier terre le jeudi, groupe de parole le lundi, sortie piscine le premier vendredi du mois.
* CMP : Mme [[name:Murad]] [[name:Nadia]], yézidie, [[diag_mental:état de stress post-traumatique]] ; entretiens avec l'interprète kurmandji (Mme [[other_name:Hassan Ali]]) toutes les deux semaines.
* Sortie au marché annulée : M. [[name:Dewulf]] [[name:Stéphane]] a refusé de monter dans le minibus ; [[diag_mental:schizophrénie]] paranoïde, rechute ?
* Rendez-vous manqué au CMP le [[date_partial:24/11]] par Mlle [[name:Janssens]] [[name:Laura]], 19 ans ; appel à son domicile ([[phone:03 20 51 84 67]]), sa mère dit qu'elle dort toute la journée.
- Programme d'éducation thérapeutique : reconnaître les signes précoces de rechute, plan de crise écrit.
* Le Dr [[other_name:Delvaux]], psychiatre du CMP, arrête l'[[diag_mental:olanzapine]] de M. [[name:Wouters]] [[name:Kevin]] (prise de poids de 14 kg) et introduit l'[[diag_mental:aripiprazole]].
* Visite à domicile : M. [[name:Cuypers]] [[name:Marc]], [[address:14 rue de Lannoy]], [[address:bâtiment C]], [[address:3e étage]], [[postcode_city:59100 Roubaix]], appartement encombré, réfrigérateur vide, curatelle renforcée (mandataire M. [[other_name:Vanderlinden]]).
- CATTP : accueil sans rendez-vous le mercredi après-midi, café et jeux de société.
* [[diag_mental:Lithémie]] de Mme [[name:Pelletier]] [[name:Josée]] à 0,9 mmol/L le [[date_partial:1er décembre]], [[diag_mental:Téralithe]] LP 400 inchangé ; TSH à contrôler en [[date_month:mars]].
* Atelier photo : Mlle [[name:Lacatus]] [[name:Mădălina]] refuse d'être prise en photo, respecté ; elle apporte des photos de son frère [[other_name:Nelu]].
- Dépôt de [[diag_mental:neuroleptique]] mensuel, surveillance du poids, du tour de taille et de la glycémie tous les 3 mois.
* Hospitalisation de jour à temps partiel pour M. [[name:Mputu]] [[name:Héritier]] : [[diag_mental:trouble bipolaire]] de type I, sortie de la clinique Les Oliviers le [[date:28/10/2025]].
* Appel de la gardienne de l'immeuble de M. [[name:Oberson]] [[name:Pierre-Alain]] (Mme [[other_name:Rochat]]) : il crie la nuit, les voisins ont appelé la police ; visite du CMP demain.
- L'infirmier du CMP accompagne aux démarches : CAF, banque, mairie, CPAM.
* Mme [[name:Bonvin]] [[name:Évelyne]], 61 ans, [[diag_mental:dépression]] récurrente, [[diag_mental:sertraline]] 100 mg ; vit avec son frère ([[other_name:Gérald Bonvin]]) à [[address:La Ferme du Haut]], [[postcode_city:25300 Pontarlier]].
* Programme du CATTP envoyé par mail à [[email:jaquier.sylvain74@orange.fr]] à la demande de M. [[name:Jaquier]] [[name:Sylvain]].
""")
# Addictology at a CSAPA: TSO, urine tests, educators, harm reduction
ROWS.append(r"""
* CSAPA, accueil du [[date:02/12/2025]] : M. [[name:Zamfir]] [[name:Nelu]], 29 ans, [[diag_addict:héroïne]] sniffée depuis 6 ans, demande de [[diag_addict:méthadone]] ; éducatrice référente [[other_name:Sonia Marchand]].
- Bandelettes urinaires faites devant l'infirmière, lecture à 5 minutes, résultat tracé dans le dossier de soins.
* Primo-prescription de [[diag_addict:méthadone]] sirop 20 mg pour Mme [[name:Munteanu]] [[name:Florentina]], augmentation de 10 mg tous les 3 jours ; délivrance quotidienne au centre.
* Relais en ville : M. [[name:Shinwari]] [[name:Jawad]], [[diag_addict:buprénorphine]] 8 mg, pharmacie [[other_name:Faucon]] ([[phone:02 35 71 88 04]]), médecin relais Dr [[other_name:Pommier]].
- Distribution de matériel de réduction des risques : kits Stéribox, roule ta paille, préservatifs, naloxone nasale.
* Entretien motivationnel avec M. [[name:Vilaythong]] [[name:Somchai]] : [[diag_addict:alcool]] 12 unités par jour, souhaite réduire ; [[diag_addict:baclofène]] discuté, bilan hépatique demandé.
* Mme [[name:Ciurar]] [[name:Rodica]] a oublié sa carte de délivrance : identité vérifiée par photo du dossier, dose de 60 mg donnée ; rappel par l'IDE [[other_name:Benoît]].
- Naloxone : kit de 2 pulvérisations remis avec la formation à l'usage, numéro du lot noté.
* Femme [[diag_preg:enceinte]] sous [[diag_addict:TSO]] : Mme [[name:Lacatus]] [[name:Elena]], 26 [[diag_preg:SA]], suivie avec la maternité (sage-femme [[other_name:Isabelle Courtois]]) ; pas d'arrêt brutal.
* Consultation jeunes consommateurs : [[name:Hugo]] [[name:Beaujour]], 16 ans, [[diag_addict:cannabis]] quotidien, venu avec sa mère ([[other_name:Laurence]]) ; le lycée a signalé des absences.
- Groupe de parole des familles le premier jeudi du mois, salle 2, de 18h à 20h.
* Appel de la pharmacie : M. [[name:Safi]] [[name:Zabihullah]] présente une ordonnance de [[diag_addict:Subutex]] falsifiée (date modifiée au [[date_partial:28/11]]) ; le Dr [[other_name:Lenoir]] confirme n'avoir rien prescrit.
* Mme [[name:Tremblay]] [[name:Sophie]] (Montréal, en stage à Paris) demande la poursuite de sa [[diag_addict:Suboxone]] : ordonnance canadienne non valable, relais par le Dr [[other_name:Bouchard]] du CSAPA.
- Dépistage VHC par TROD au CSAPA, résultat en 20 minutes, orientation vers l'hépatologue si positif.
* Jeux d'argent : M. [[name:Uddin]] [[name:Jamal]], 44 ans, dettes de 23 000 euros, dossier de surendettement (n° [[id:BDF-2025-0441782]]) ; épouse (Mme [[other_name:Uddin]] [[other_name:Shapla]]) au courant depuis [[date_partial:septembre 2025]].
* Sortie de postcure de M. [[name:Lambotte]] [[name:Jérôme]] le [[date:05/12/2025]] ; hébergement chez son oncle, [[address:rue de la Station 22]], [[postcode_city:7500 Tournai]] (Belgique).
* [[diag_addict:Chemsex]] : M. [[name:Peeters]] [[name:Thomas]], [[diag_addict:GHB]] et [[diag_addict:3-MMC]] le week-end, [[diag_hiv:PrEP]] prise à la demande ; orienté vers le CeGIDD pour les sérologies.
- Le CSAPA est anonyme et gratuit : les usagers peuvent donner un prénom d'emprunt.
* L'usager se présente comme « [[name:Dédé]] », prénom d'emprunt ; âge déclaré 52 ans, [[diag_addict:crack]] fumé, dort sous la tente [[address:quai de Valmy]].
* [[diag_addict:Sevrage]] ambulatoire : Mme [[name:Goossens]] [[name:Marie-Claire]], [[diag_addict:alcoolodépendance]], diazépam 10 mg sur 7 jours dégressif ; son mari ([[other_name:Luc]]) garde les clés de la voiture.
""")

# Orthoptics, audiology and hearing aids, podiatry, dietetics
ROWS.append(r"""
* Bilan orthoptique de [[name:Jade]] [[name:Nativel]], 4 ans, strabisme convergent de l'œil gauche, acuité 6/10 à droite, 3/10 à gauche ; occlusion 4 heures par jour.
- Test de Lang positif, Hirschberg centré, écran alterné : ésophorie de 10 dioptries.
- Lancaster et test de Hess-Weiss : paralysie du IV droit, torticolis compensateur.
* Mme [[name:Boyer]] [[name:Huguette]], 94 ans, [[address:EHPAD Les Filaos]], [[postcode_city:97430 Le Tampon]] : appareils auditifs perdus, fiche de perte à l'assurance (n° adhérent [[id:MGN-884231-07]]).
- Audiogramme tonal : surdité de perception bilatérale symétrique, perte moyenne 55 dB, Weber indifférent, Rinne positif.
* Audioprothésiste (M. [[other_name:Fellay]], [[email:audition.fellay@gmail.com]]) : M. [[name:Grondin]] [[name:Eric]], appareillage classe II, essai de 30 jours à partir du [[date_partial:17/11]].
* Pédicurie-podologie : Mme [[name:Soilihi]] [[name:Zaïnaba]], diabétique grade 3, mal perforant plantaire, soins tous les 15 jours au cabinet ([[address:15 rue Mahabou]], [[postcode_city:97600 Mamoudzou]]).
- Gradation du risque podologique : grade 2 si neuropathie et artériopathie, forfait de 5 séances par an.
* Orthèses plantaires pour [[name:Louissaint]] [[name:Nadège]], 12 ans, pieds plats valgus ; la mère (Mme [[other_name:Louissaint]]) demande un devis pour la mutuelle.
* Consultation de diététique : M. [[name:Attoumani]] [[name:Bacar]], 58 ans, DT2, mange du riz trois fois par jour ; sa femme ([[other_name:Toiyfa]]) cuisine, elle viendra au prochain rendez-vous le [[date_partial:15/12]].
- Régime pauvre en sel 6 g par jour, fractionnement en 5 repas, compléments nutritionnels oraux 2 par jour.
* Diététicienne [[other_name:Sandrine Marchand]] : Mme [[name:Moua]] [[name:Yer]], [[diag_preg:diabète gestationnel]], 28 [[diag_preg:SA]], carnet alimentaire ; interprète hmong par téléphone, code [[id:ISM-5531]].
* Mlle [[name:Fontaine]] [[name:Océane]], 17 ans, IMC 15,2, [[diag_mental:anorexie mentale]] restrictive ; contrat de poids, pesée deux fois par semaine, la mère ([[other_name:Karine Fontaine]]) présente.
- Dénutrition sévère : albumine 28 g/L, perte de 12 % en 3 mois, MNA 14.
* Orthoptiste [[other_name:Élodie Dorvil]] au Dr [[other_name:Mercier]] : rééducation de l'insuffisance de convergence de M. [[name:Charles]] [[name:Wilson]], 10 séances, punctum proximum à 14 cm.
* Mme [[name:Jean-Louis]] [[name:Marie-Carmel]], [[address:Résidence Mapou]], [[address:appt 12]], [[postcode_city:97200 Fort-de-France]] : contrôle de l'appareil auditif le lundi [[date_partial:8 décembre]], piles fournies.
- Champ visuel de Goldmann, test de Farnsworth 15 Hue, vision stéréoscopique TNO à 120 secondes d'arc.
* Cors et durillons de M. [[name:Bien-Aimé]] [[name:Jocelyn]], 78 ans, chaussures thérapeutiques sur mesure, ordonnance du Dr [[other_name:Exantus]] du [[date:30/10/2025]].
""")
# Vaccination centre and travel clinic: lots, yellow fever certificates, destinations
ROWS.append(r"""
* Centre de vaccination : M. [[name:Rahman]] [[name:Mohammed Habibur]], né le [[date:10/02/1985]], Stamaril lot U7821-3, certificat international n° [[id:CIV-2025-004417]] ; départ pour Dakar le [[date_partial:2 janvier]].
- Fièvre jaune : une dose à vie, certificat valable 10 jours après l'injection, vaccin vivant atténué 17D.
- Typhim Vi, Havrix 1440, Ixiaro J0-J7, Rabipur J0-J7-J21 : schéma voyageur.
* Consultation voyage : Mme [[name:Gagnon]] [[name:Marie-Ève]] et son conjoint M. [[other_name:Côté]] [[other_name:Maxime]], trek au Népal en [[date_month:avril]], Malarone non indiquée au-dessus de 2500 m ; rage discutée.
* [[name:Keïta]] [[name:Modibo]], 9 ans, retour au Mali chez ses grands-parents pour 2 mois : ROR à jour, méningite ACYW faite le [[date:28/11/2025]], prophylaxie antipaludique par Malarone enfant.
- Les VFR (visiting friends and relatives) restent 3 fois plus exposés au paludisme que les touristes.
* Rappel DTP non fait : Mme [[name:Rasoanaivo]] [[name:Hanitra]] n'avait pas son carnet ; elle l'enverra par mail ([[email:hanitra.raso@yahoo.fr]]) avant le [[date_partial:10/12]].
* Réaction vaccinale : M. [[name:Pelletier]] [[name:Jean-Guy]], malaise vagal 5 minutes après le Qdenga, allongé, TA 9/6 puis 12/7, surveillance 30 minutes, déclaration faite (n° [[id:PV-25-00981]]).
- Vaccin contre la dengue Qdenga : 2 doses à 3 mois d'intervalle, pas chez l'immunodéprimé.
* Voyage au Laos : M. [[name:Souvannavong]] [[name:Kéo]] part pour les funérailles de sa mère à Luang Prabang le [[date_partial:12/12]] ; encéphalite japonaise (Ixiaro) en schéma accéléré.
* Pèlerinage à La Mecque : M. [[name:Abdallah Said]] [[name:Ahmed]], 68 ans, méningocoque ACYW obligatoire, certificat remis ; sa femme ([[other_name:Mariama]]) vaccinée le même jour.
- Diarrhée du voyageur : azithromycine 1 g en prise unique si fièvre ou sang dans les selles.
* Centre de vaccination de Mamoudzou : campagne de rattrapage ROR, [[name:Ousseni]] [[name:Naïlat]], 3 ans, dose 1 le [[date_partial:25/11]], carnet de santé rempli par l'IDE [[other_name:Anli]].
* Retour de Guinée avec fièvre : M. [[name:Camara]] [[name:Sékou]], 31 ans, frottis et goutte épaisse le [[date:04/12/2025]] à 2h : Plasmodium falciparum 0,8 % ; épouse ([[other_name:Fanta]]) à dépister.
- Chimioprophylaxie : doxycycline 100 mg la veille, pendant et 4 semaines après le retour.
* Vaccin contre le mpox pour M. [[name:Lévesque]] [[name:Samuel]] ([[diag_hiv:PrEP]], [[diag_sti:syphilis]] traitée en [[date_partial:2024]]) : 2 doses, la seconde le [[date_partial:30/12]].
* Certificat de contre-indication à la fièvre jaune pour Mme [[name:Vandenberghe]] [[name:Annelies]], 63 ans, sous méthotrexate ; lettre à présenter au consulat.
- Hépatite B : Engerix B20, 3 doses M0-M1-M6, sérologie anti-HBs 1 à 2 mois après la dernière.
* Famille [[name:Thao]] : [[name:Thao]] [[name:Chue]] (père), [[other_name:Thao]] [[other_name:Mai Yia]] (mère) et leurs trois enfants, voyage en Thaïlande en [[date_partial:février 2026]], hépatite A pour tous.
* Rage : morsure de singe à Bali le [[date:20/11/2025]] chez Mlle [[name:Wouters]] [[name:Lotte]], 22 ans, belge ; immunoglobulines faites à Denpasar, fin du schéma ici (J7 le [[date_partial:27/11]], J21 le [[date_partial:11/12]]).
""")

# Sleep lab: polysomnography, CPAP providers, sleepiness, driving
ROWS.append(r"""
* Polysomnographie de la nuit du [[date_partial:19]] au [[date_partial:20/11]] : M. [[name:Jalton]] [[name:Fred]], IAH 42 par heure, désaturation nadir 78 % ; PPC autopilotée proposée.
- Échelle d'Epworth à 16, Pichot à 22, STOP-BANG à 6 : forte probabilité de SAOS.
* Prestataire de PPC (n° patient [[id:ASTEN-77418]]) : l'appareil de Mme [[name:Lauret]] [[name:Gisèle]] ne télétransmet plus depuis le [[date_partial:14 novembre]] ; technicien (M. [[other_name:Payet]]) passera.
* Observance de M. [[name:Mohamed Ali]] [[name:Soilihi]] à 2h10 par nuit, fuites importantes, masque facial à essayer ; l'épouse ([[other_name:Zaïnaba]]) dit qu'il l'enlève en dormant.
- Tests itératifs de latence d'endormissement : latence moyenne 6 minutes, 2 endormissements en sommeil paradoxal.
* Narcolepsie de type 1 chez [[name:Lucas]] [[name:Pittet]], 14 ans : cataplexies au rire, hypocrétine effondrée ; certificat pour le tiers temps au brevet.
* Aptitude à la conduite : M. [[name:Goossens]] [[name:Pieter]], chauffeur poids lourd, SAOS sévère traité, Epworth à 5 ; avis favorable transmis au médecin agréé (Dr [[other_name:Dewulf]]).
- Somnifères : zolpidem 10 mg au coucher, pas plus de 4 semaines, arrêt progressif.
* Mme [[name:Yang]] [[name:Kia]] se réveille en criant la nuit depuis son arrivée en France ; parasomnies ou [[diag_mental:cauchemars post-traumatiques]] ? Avis du psychiatre (Dr [[other_name:Rakoto]]).
* Enregistrement polygraphique à domicile : matériel remis à M. [[name:Lee]] [[name:Tou]] le mercredi [[date_partial:3/12]], à rapporter le lendemain à 9h au laboratoire du sommeil, [[address:bâtiment Laennec]].
- Syndrome des jambes sans repos : ferritine à 35, fer injectable si inférieure à 75.
* Mail de Mme [[name:Bouchard]] [[name:Nathalie]] ([[email:nath.bouchard@videotron.ca]]) : « ma machine fait du bruit depuis le déménagement, est-ce normal ? », transmis au prestataire.
* Hypersomnie chez Mlle [[name:Sârbu]] [[name:Ioana]], 20 ans, étudiante ; [[diag_mental:épisode dépressif]] à éliminer avant le bilan (avis du Dr [[other_name:Marchand]]).
- Titration de PPC : pression efficace 9 cm d'eau, humidificateur chauffant.
""")
# Hyperbaric medicine: chamber sessions, divers, CO poisoning
ROWS.append(r"""
* Caisson, séance 14/30 : M. [[name:Nsimba]] [[name:Patrick]], radionécrose mandibulaire, 2,5 ATA 90 minutes ; otalgie à la compression, manœuvre de Valsalva efficace.
- Table de traitement US Navy 6 pour accident de décompression neurologique, 4 heures 45.
* Intoxication au CO de la famille [[name:Rakotomalala]] le [[date:01/12/2025]] (chauffage d'appoint) : [[name:Rakotomalala]] [[name:Hery]] (père), HbCO 28 % ; [[other_name:Voahangy]] (mère) 22 %, enfants [[other_name:Fitia]] et [[other_name:Mialy]] 15 %.
* Plongeur : M. [[name:Fellay]] [[name:Yannick]], 45 ans, remontée rapide de 38 m à Port-Cros le [[date_partial:29/11]], paresthésies du membre inférieur droit ; club de plongée de Hyères, moniteur [[other_name:Stéphane Bonvin]].
- Contre-indications au caisson : pneumothorax non drainé, claustrophobie sévère, certaines chimiothérapies.
* [[diag_preg:Grossesse]] de 24 [[diag_preg:SA]] chez Mme [[name:Dorvil]] [[name:Marjorie]], intoxiquée au CO au domicile ([[address:23 rue Pasteur]], [[postcode_city:93200 Saint-Denis]]) : séance en urgence quel que soit le taux.
* Pied diabétique de M. [[name:Chowdhury]] [[name:Abdul]], séances quotidiennes sauf le week-end, TcPO2 à 22 mmHg puis 45 mmHg sous oxygène ; taxi réservé ([[phone:01 43 85 20 19]]).
- Surdité brusque : oxygénothérapie hyperbare dans les 15 jours, associée aux corticoïdes.
* Le technicien hyperbare ([[other_name:Didier Lenoir]]) signale : M. [[name:Kanouté]] [[name:Mamadou]] a gardé son téléphone dans le caisson, séance interrompue à 15 minutes.
* Mme [[name:Bokolo]] [[name:Sylvie]], cystite radique hémorragique, 20 séances du [[date_partial:3 novembre]] au [[date_partial:1er décembre]], hématurie disparue.
- Barotraumatisme de l'oreille moyenne : Teed 2, séance suspendue 48 heures.
* Déclaration ARS : intoxication collective au CO, [[address:foyer de travailleurs migrants, 8 rue des Cités]], [[address:chambre 114]], [[postcode_city:93300 Aubervilliers]] ; 4 résidents dont M. [[name:Diarra]] [[name:Bakary]].
* Certificat d'aptitude à la plongée de M. [[name:Peeters]] [[name:Jan]], 52 ans, niveau 3, épreuve d'effort normale, aptitude 1 an jusqu'au [[date:05/12/2026]].
- Gangrène gazeuse : urgence, 3 séances les 24 premières heures.
""")

# Burns unit: TBSA, grafts, dressings, the family's visits in gowns
ROWS.append(r"""
* Brûlés : M. [[name:Zazai]] [[name:Abdul Ghafar]], 38 ans, explosion d'un réchaud au gaz le [[date:24/11/2025]], brûlures du 2e degré profond, 18 % de SCT (Lund et Browder), visage et mains.
- Formule de Parkland : 4 mL par kg et par % de surface brûlée, moitié dans les 8 premières heures.
* Greffe de peau mince le [[date_partial:2/12]] chez Mme [[name:Técher]] [[name:Nadia]], prise du greffon sur la cuisse droite ; pansement au Jelonet et Mepitel.
* Visite des proches : seul le frère de M. [[name:Zazai]] ([[other_name:Gul Mohammad]]) est autorisé, casaque et masque ; pas d'enfants dans le secteur.
* [[name:Gabor]] [[name:Rebeka]], 2 ans, ébouillantement par une casserole, 9 % de SCT au thorax ; la mère ([[other_name:Erzsébet Gabor]]) reste en chambre mère-enfant ; signalement pour information préoccupante non retenu.
- Hydrocolloïdes, tulle gras et pansements à l'argent selon la profondeur, réfection tous les 2 jours.
* Brûlure électrique de M. [[name:Vanderlinden]] [[name:Kurt]], électricien, point d'entrée main droite, point de sortie pied gauche ; CPK à 4 200, surveillance de la myoglobinurie.
* Transfert depuis la Guadeloupe vers le centre des brûlés : M. [[name:Romana]] [[name:Christophe]], 26 %, évasan le [[date_partial:27/11]] ; contact de la famille : sa sœur ([[other_name:Ketty Romana]], [[phone:+590 690 55 14 82]]).
* [[diag_mental:Tentative de suicide]] par immolation : Mme [[name:Tursun]] [[name:Gulnar]], 41 ans, ouïghoure, 35 % de SCT ; interprète ouïghour introuvable, une cousine ([[other_name:Mihray]]) traduit en chinois.
- Escarrotomie des deux avant-bras en urgence, pouls radiaux retrouvés.
* Bain de Mme [[name:Hossain]] [[name:Rokeya]] sous MEOPA, douleur EVA 3 ; le mari ([[other_name:Kamal]]) demande une soignante femme pour les pansements du thorax.
* Rééducation des mains brûlées de M. [[name:Pommier]] [[name:Gilles]] : vêtements compressifs sur mesure commandés le [[date_partial:20/11]], orthèses de posture la nuit.
- Cicatrices hypertrophiques : massages, silicone, cure thermale à Avène ou La Roche-Posay à 6 mois.
""")
# Paediatric oncology seen through the family's notes: siblings, parents' leave, hospital school, parents' house
ROWS.append(r"""
* Cahier de liaison de la famille : « [[name:Noah]] a bien dormi, il a mangé une compote ; son frère [[other_name:Timothée]] viendra samedi avec mamie [[other_name:Jacqueline]] » (maman : Mme [[other_name:Lesage]]).
- Protocole EsPhALL, cure de consolidation, aplasie attendue à J10, isolement protecteur.
* Maison des parents : chambre 7 réservée pour M. et Mme [[other_name:Vang]], parents de [[name:Vang]] [[name:Kao]], 6 ans, neuroblastome, du [[date_partial:1er]] au [[date_partial:21 décembre]].
* Allocation journalière de présence parentale : certificat pour Mme [[other_name:Mbemba]] [[other_name:Nadège]], mère de [[name:Mbemba]] [[name:Christ-Vie]], 4 ans, leucémie aiguë ; dossier CAF n° [[id:4471823]].
* L'enseignante de l'école à l'hôpital (Mme [[other_name:Favre]]) prépare le brevet blanc avec [[name:Inès]] [[name:Jaquier]], 14 ans, ostéosarcome du fémur, en chimiothérapie jusqu'en [[date_month:mars]].
- Médulloblastome : chirurgie, radiothérapie craniospinale, chimiothérapie d'entretien.
* Mot du papa de [[name:Amine]] [[name:Khalaf]], 8 ans : « merci à [[other_name:Julie]] la nuit de dimanche, [[name:Amine]] avait très peur avant la ponction » ; traduction du kurde par l'oncle ([[other_name:Hassan]]).
* Fratrie : [[other_name:Lola]], 11 ans, sœur de [[name:Enzo]] [[name:Chevalier]], ne dort plus ; rendez-vous avec la psychologue du service (Mme [[other_name:Roitelet]]) le [[date_partial:10/12]].
- Les frères et sœurs de moins de 15 ans sont admis en chambre si leur vaccination est à jour et sans infection récente.
* Don de plaquettes organisé par les collègues du père de [[name:Lina]] [[name:Dembélé]] ; le père ([[other_name:Mamadou Dembélé]], [[phone:06 29 73 18 40]]) demande à être informé des résultats en premier.
* Mme [[other_name:Andrianarivelo]], mère de [[name:Tiavina]] [[name:Andrianarivelo]], 3 ans, rétinoblastome bilatéral : venue de Tananarive le [[date:15/09/2025]], visa médical jusqu'au [[date:14/12/2025]], prolongation demandée.
* L'association de parents réalise le rêve de [[name:Théo]] [[name:Gagnon]], 9 ans, voir un match de hockey au Canada, prévu entre deux cures en [[date_month:février]].
- Soins palliatifs pédiatriques : équipe ressource régionale, hospitalisation à domicile possible.
* Décès de [[name:Manon]] [[name:Rochat]], 7 ans, le [[date:02/12/2025]] à 4h20 en présence de ses parents ([[other_name:Claire]] et [[other_name:David Rochat]]) ; rendez-vous de deuil proposé à 1 mois.
* Fin de traitement de [[name:Naël]] [[name:Soilihi]], 12 ans, lymphome de Burkitt, rémission complète ; fête de fin de traitement avec les soignants le vendredi [[date_partial:12]].
- Cathéter central tunnelisé de type Broviac, rinçage hebdomadaire à domicile par l'IDE.
* La mère de [[name:Rayan]] [[name:Ousseni]] (Mme [[other_name:Ousseni]] [[other_name:Faïza]]) est hébergée à [[address:la Maison des familles, 6 rue Lacassagne]], [[postcode_city:69003 Lyon]], depuis l'évasan de Mayotte.
""")
# The hospital social worker's housing files: DALO, SIAO, FSL, landlords, hotels, evictions
ROWS.append(r"""
* Dossier logement de Mme [[name:Kabongo]] [[name:Grâce]] : recours DALO n° [[id:DALO-75-2025-08841]] déposé le [[date:12/06/2025]], reconnue prioritaire le [[date:20/10/2025]] ; hébergée avec ses 3 enfants à l'[[address:hôtel Le Relais, chambre 21]], [[address:14 boulevard Ney]], [[postcode_city:75018 Paris]].
- SIAO : demande d'hébergement d'urgence renouvelée chaque semaine par le 115, pas de place ce soir.
* Expulsion locative prévue le [[date_partial:2 avril]] (fin de la trêve hivernale) pour M. [[name:Lukusa]] [[name:Jean-Pierre]], [[address:7 allée des Tilleuls]], [[address:bât. D]], [[address:appt 34]], [[postcode_city:93150 Le Blanc-Mesnil]] ; bailleur : Seine-Saint-Denis Habitat.
* Demande de logement social n° unique [[id:075112511047788]] de Mme [[name:Begum]] [[name:Nurjahan]], 5 personnes, 2 pièces, humidité, enfant asthmatique (certificat du Dr [[other_name:Akter]]).
* Fonds de solidarité logement : aide au maintien pour Mme [[name:Munteanu]] [[name:Viorica]], dette de loyer de 2 340 euros, dossier FSL [[id:FSL-93-118437]] ; propriétaire M. [[other_name:Lemaire]] ([[phone:06 70 21 93 55]]).
- Accompagnement vers et dans le logement : une visite par mois pendant 6 mois après l'entrée dans les lieux.
* Sortie d'hospitalisation sans domicile : M. [[name:Sène]] [[name:Abdou]], dort dans sa voiture [[address:parking du centre commercial, avenue de la République]] ; LHSS demandés, 3 semaines d'attente.
* Visite à domicile avec l'IDE : logement insalubre de M. [[name:Chipotel]] [[name:Roger]], 83 ans, [[address:impasse des Manguiers]], [[address:quartier Boissard]], [[postcode_city:97110 Pointe-à-Pitre]], toit en tôle percé, signalement à l'ARS.
* Mme [[name:Nirelep]] [[name:Josette]] (sa fille [[other_name:Sandrine]], [[email:sandrine.nirelep@hotmail.fr]]) : entrée en résidence autonomie à [[address:Résidence Les Flamboyants, logement 12]], [[postcode_city:97122 Baie-Mahault]], le [[date:15/01/2026]].
- Pension de famille : loyer résiduel après APL de 80 euros, hôtesse présente la journée.
* Logement adapté refusé par M. [[name:Sissoko]] [[name:Mahamadou]] (fauteuil roulant depuis l'amputation) : « trop loin de la mosquée et de mes enfants » ; nouvelle demande au bailleur.
* Intermédiation locative pour Mme [[name:Murad]] [[name:Jihan]] et ses enfants, réfugiés yézidis : appartement [[address:12 rue Jean-Jaurès]], [[postcode_city:86100 Châtellerault]], bail glissant à partir du [[date_partial:1er janvier]].
* Violences conjugales : Mme [[name:Payet]] [[name:Sabrina]] ne peut pas retourner au [[address:45 chemin Casabona]], [[postcode_city:97460 Saint-Paul]] ; mise à l'abri par l'association, adresse tenue secrète.
- Domiciliation administrative au CCAS pour les personnes sans domicile stable, valable un an.
* Mail de l'AS (Mme [[other_name:Delvaux]], [[email:service.social@chu-exemple.fr]]) au SIAO : M. [[name:Dewulf]] [[name:Benoît]], 57 ans, sortant le [[date_partial:9/12]], ne peut pas retourner au [[address:squat de la rue Ordener]].
* Curatelle : le mandataire de M. [[name:Memet]] [[name:Ablimit]] (UDAF, M. [[other_name:Cuypers]]) a résilié le bail de l'[[address:appartement 5 de la résidence Les Cèdres]] sans l'accord du patient.
* Hébergement chez un tiers : Mme [[name:Bien-Aimé]] [[name:Fabienne]] dort chez une cousine (Mme [[other_name:Joseph]]), [[address:18 rue Hoche]], [[postcode_city:94200 Ivry-sur-Seine]], sur le canapé avec sa fille.
""")
# Consultations through an interpreter: in person, by phone, a relative who translates
ROWS.append(r"""
* Consultation avec interprète professionnelle en lingala (Mme [[other_name:Bokolo]] [[other_name:Clarisse]]) pour M. [[name:Nsimba]] [[name:Dieudonné]], 66 ans ; le patient comprend le français mais préfère le lingala pour parler de sa maladie.
- Interprétariat : phrases courtes, le soignant s'adresse au patient et non à l'interprète, pas de résumé.
* Interprète ouïghour par téléphone (code [[id:ISM-UY-2207]]) pour Mme [[name:Abdukerim]] [[name:Mihray]] : refus de la transfusion levé après explication ; son mari ([[other_name:Ilham Tursun]]) signe la sortie.
* La fille de Mme [[name:Phommachanh]] [[name:Khamla]] ([[other_name:Noy]], 12 ans) traduisait : entretien arrêté, on ne fait pas traduire un enfant pour annoncer un cancer ; interprète lao demandé pour le [[date_partial:8/12]].
* Mme [[name:Razafindrakoto]] [[name:Voahirana]] parle malgache et un peu de français ; le Dr [[other_name:Ravelojaona]], interne malgache du service, a traduit l'annonce avec son accord.
- Langue des signes française : interprète réservée 2 heures, prévoir la salle 4 avec une bonne lumière.
* Consultation [[diag_mental:psychotraumatisme]] : Mme [[name:Khalaf]] [[name:Nadia]], yézidie, interprète kurmandji (M. [[other_name:Adlan Bakir]]) ; elle demande une interprète femme la prochaine fois.
* M. [[name:Exantus]] [[name:Wesner]] parle créole haïtien ; le brancardier ([[other_name:Fritz Charles]]) a traduit aux urgences, à noter qu'il n'est pas interprète ; consentement à refaire avec un professionnel.
* Mme [[name:Sayavong]] [[name:Phonesavanh]] (prénom aussi écrit [[name:Phonsavan]]) : interprète lao par visio, le son coupe, on passe au téléphone ; numéro de réservation [[id:RDV-LAO-0931]].
- Le patient a refusé l'interprète : il veut que son fils traduise ; noté au dossier, information répétée.
* Interprète en pachto (M. [[other_name:Khostai]] [[other_name:Rahim]]) : M. [[name:Safi]] [[name:Abdul Qadir]], né le [[date:01/01/1970]] (date inconnue, fixée par l'OFPRA), douleurs diffuses depuis l'arrivée.
* M. [[name:Yang]] [[name:Tou Fue]], hmong, ne lit pas : consignes du diabète données oralement avec l'interprète ([[other_name:Mai Lee]]) et par des dessins ; la fille ([[other_name:Pa Houa]]) s'occupe du stylo d'insuline.
* Mme [[name:Diarra]] [[name:Kadiatou]] ne parle que bambara ; interprétation par la médiatrice du réseau (Mme [[other_name:Coulibaly]], [[phone:07 44 20 61 38]]) le [[date:09/12/2025]] à 10h.
- L'interprète est tenu au secret professionnel comme tout membre de l'équipe.
* Consultation de M. [[name:Mputu]] [[name:Blaise]] en présence de son neveu ([[other_name:Junior Kabongo]]) qui traduit en lingala, à la demande du patient ; nous n'avons pas parlé du [[diag_hiv:VIH]] devant lui.
* Pour M. [[name:Rahman]] [[name:Ziaur]], interprète bengali absente : l'entretien est reporté au mardi [[date_partial:16 décembre]] ; pas de traduction automatique pour le consentement opératoire.
* Interprète swahili (M. [[other_name:Juma]]) pour Mme [[name:Mwamba]] [[name:Esther]], demandeuse d'asile, examen gynécologique avec son accord ; certificat remis en main propre.
""")

# Patients' messages with typos, no accents, lower case, SMS abbreviations
ROWS.append(r"""
* msg portail de [[name:marie-claude]] [[name:hoarau]] : bjr docteur je c pa si je doi prendre le kardegic avan loperation du [[date_partial:15/12]] merci de me rapelé au [[phone:0692 41 87 03]]
* SMS reçu : « bonsoir c [[other_name:jocelyn]] le fils a mme [[name:bien aime]] elle a tombé ce soir elle a mal a la hanche on vient o urgence » ; la patiente est [[name:Bien-Aimé]] [[name:Rosette]].
* mail de [[email:khamphet.p@gmail.com]] : « bonjour jai pas recu mon rdv pour le scanner, mon nom [[name:PHOMMACHANH]] [[name:khamphet]] né le [[date:3/5/61]], merci »
- message : « bonjour je voudrais savoir si le service de radiologie est ouvert le samedi matin merci »
* répondeur : « oui bonjour c'est madame [[name:Tremblé]] euh [[name:Tremblay]] [[name:Josée]] j'appelle pour ma fille [[other_name:Audrey]] qui a rendez vous le [[date_partial:dix huit]] euh le [[date_partial:dix huit décembre]] pour ses yeux »
* portail : [[name:zaina]] [[name:madi]] écrit : « mon fils [[other_name:ibrahim]] a encore de la fievre 39 depuis hier soir, je lui ai donné doliprane, je dois venir ? »
* sms : « Bjr dr c [[name:Wouters]] jai oublié mes [[diag_mental:antidépresseurs]] à Bruxelles jpeux avoir une ordo ? jsuis a paris jusqu'au [[date_partial:20]] »
* message : « je m appelle [[name:Rakoto]] [[name:Hery]] ma femme [[other_name:Fanja]] est [[diag_preg:enceinte]] non elle a [[diag_preg:accouché]] » (la consultation était pour la déclaration de naissance).
- message : « le parking est payant ou pas ? ma mère a 91 ans elle marche pas beaucoup »
* mail : « Madame, je suis la nièce de M. [[name:Fellay]] [[name:Gérard]], merci d'envoyer ses courriers à son adresse en Suisse : [[address:chemin du Pré 3]], [[postcode_city:1950 Sion]]. »
* sms de [[name:kevin]] [[name:xiong]] : « jsui a la pharmacie ils dise que lordonnance est pa signé, vous pouvez renvoyer au [[email:pharmacie.dupont@wanadoo.fr]] svp »
* portail : « Bonjour, c'est [[name:Gulnar]] ([[name:Tursun]]). Mon adresse a changé : [[address:8 rue des Écoles]], [[postcode_city:91000 Évry-Courcouronnes]]. Merci. »
* répondeur : « c'est madame [[other_name:Chardon]] la voisine de monsieur [[name:Mercier]] euh [[name:Raymond]] [[name:Mercier]] il répond plus depuis deux jours les volets sont fermés »
- sms : « rdv annulé pr cause de grève, merci de rappeler pour un autre créneau »
* mail en anglais : « Hello, I am [[name:Lotte]] [[name:Wouters]]'s mother, she was bitten by a monkey in Bali, can she get the rest of the rabies shots at your centre? Call me on [[phone:+32 475 12 34 56]]. [[other_name:Ann]] »
* sms : « bjr c [[name:dieudonne]] mon traitement [[diag_hiv:biktarvy]] est fini je passe demain a la pharmacie de lhopital ok ? »
""")
# Rows with typed context (the export's own columns), every genre above
ROWS.append(r"""
PAYET|Jean-Claude|{nir:1 49 05 974 15 032}|0692 11 45 78||12 rue Roland Garros, 97400 Saint-Denis|*|Facture IDE de [[date_month:décembre]] : M. [[name:Payet]] ne veut plus de passage le dimanche, son fils [[other_name:Jérôme]] fera l'insuline ; prévenir le cabinet ([[phone:0262 41 22 90]]).
VANG|Mai Yer|||||*|CATTP : [[name:Mai Yer]] vient avec sa cousine ([[other_name:Youa Vang]]) ; atelier couture, calme, parle peu ; prochain rendez-vous avec le Dr [[other_name:Rossignol]] le [[date_partial:17/12]].
RAKOTOMALALA|Hery|||hery.rakoto@gmail.com||*|Caisson J3 pour [[name:Hery]] : céphalées disparues, contrôle neuropsychologique le [[date:19/12/2025]] ; courrier au Dr [[other_name:Razafindrakoto]], médecin traitant à Créteil.
KHALAF|Nadia|{nir:2 93 01 99 352 118}||||*|Patiente née à Sinjar (Irak), NIR provisoire en cours de validation ; interprète kurmandji pour le prochain rendez-vous, pas de membre de la famille masculin dans la salle.
BOUCHARD|Nathalie||+1 418 555 0142|||*|Québécoise en séjour de 6 mois : la PPC n'est pas prise en charge, devis du prestataire à lui transmettre ; joignable aussi au [[phone:07 81 24 66 30]] (numéro français).
DIARRA|Seydou|||||*|[[name:Seydou]] ne vient plus à la délivrance depuis le [[date_partial:25/11]] ; dernière dose : 70 mg ; appel sans réponse, message laissé.
HOSSAIN|Rokeya|||||*|Pansement au bloc des brûlés le [[date_partial:4/12]] sous AG ; son mari [[other_name:Kamal]] [[other_name:Hossain]] attendra en salle des familles.
NDOUR|Lamine||06 52 18 73 40||Foyer ADOMA, 3 rue Lamartine, 76600 Le Havre|*|Injection mensuelle faite au CMP par l'IDE [[other_name:Roitelet]] ; M. [[name:Ndour]] demande si son frère ([[other_name:Modou Ndour]]) peut l'accompagner la prochaine fois.
JANSSENS|Laura|||||*|Mlle [[name:Janssens]] est revenue au CMP : elle accepte un suivi hebdomadaire ; sa mère ([[other_name:Brigitte]]) souhaite un rendez-vous seule avec le psychiatre, refusé par la patiente.
TURSUN|Gulnar|||||*|Greffe de peau le [[date_partial:10/12]] ; psychiatre de liaison passé ; la patiente demande que sa famille en Chine ne soit pas informée.
ZUFFEREY|Chantal||+41 27 722 14 58|c.zufferey@bluewin.ch||*|Mme [[name:Zufferey]] passera chercher son traitement le [[date_partial:12 décembre]] ; facture à l'adresse suisse, copie au Dr [[other_name:Pittet]].
XIONG|Kevin|||||*|Séance d'orthophonie : [[name:Kevin]] a dit « maman » et « papa » en français ; le père ([[other_name:Tou Xiong]]) a filmé la séance avec notre accord.
""")

# Label-free look-alikes: eponyms, tests, devices, drugs, codes, lots, places as things, surnames as words
ROWS.append(r"""
- Manœuvre de Dix-Hallpike positive à droite, manœuvre de Sémont réalisée au cabinet.
- Test de Romberg négatif, Fukuda sans déviation, nystagmus absent.
- Échelle de Brazelton à J3, Denver II à 18 mois, Wechsler (WISC-V) à 7 ans.
- Rééducation selon la méthode Padovan, puis Bobath pour la motricité.
- Vichy Célestins interdite chez l'insuffisant cardiaque, préférer l'eau d'Évian.
- Le marchand de sable passe : siestes de 20 minutes en début d'après-midi conseillées.
- Le rossignol du jardin de l'hôpital chante la nuit, bouchons d'oreilles pour les patients de l'aile B.
- Poulain de la campagne de vaccination : l'infirmière a dessiné un cheval sur le carnet de l'enfant.
- Lot Stamaril U7821-3, lot Havrix AHAVB914AA, conservés entre +2 et +8 °C.
- Codes CIM-10 fréquents aux urgences : S06.0, S52.5, S82.6, J18.9, N39.0, R55.
- GHS 5104, borne basse 3 jours, borne haute 14 jours ; EXH facturés au-delà.
- Facturation AMI 3 + MAU, majoration de coordination infirmière MCI, forfait BSC.
- Pansement Aquacel Ag+, Urgotul, Mepilex Border, Allevyn Life selon l'exsudat.
- Appareil auditif Phonak Audéo, Oticon More, Signia Pure : classe I ou II du 100 % santé.
- Masque ResMed AirFit F20, PPC DreamStation, humidificateur réglé à 3.
- Semelles orthopédiques en thermoformé, talonnette de 5 mm à gauche.
- La chambre hyperbare multiplace Comex accueille 10 patients assis.
- Fiche de liaison de la maison des parents : chambre libérée avant 11h, draps à déposer à l'accueil.
- École à l'hôpital : le professeur de mathématiques passe le mardi et le jeudi.
- Le Chardon bleu est une salle de réunion du CATTP, au rez-de-chaussée.
- Les bilans de Borel-Maisonny et de Chassagny sont encore utilisés en orthophonie.
- Plan blanc déclenché après le cyclone, aucune victime dans le service.
- Score de Glasgow 15, pupilles égales et réactives, pas de déficit.
- Fièvre Q, maladie de Lyme et leptospirose recherchées chez le randonneur piqué par une tique.
- Sérologie dengue IgM positive, NS1 négatif, plaquettes à 68 G/L.
- La méthode Montessori est utilisée dans la salle d'attente de pédopsychiatrie.
- Poisson d'avril du service : fausse panne de l'ascenseur, personne n'a ri.
- Le cabinet infirmier du Bourg ferme trois jours à Noël, remplaçante désignée.
- Tarif de la consultation de diététique : 40 euros, non remboursé, certaines mutuelles participent.
- Le Lancaster est fait sur l'écran rouge et vert, lunettes rouge-vert fournies.
""")

# A last mixed block: every genre, shorter notes
ROWS.append(r"""
* Erreur de saisie à l'accueil : la langue (lingala) avait été saisie comme nom de famille de M. [[name:Bokolo]] [[name:Fiston]] ; corrigé le [[date_partial:2/12]].
* Mme [[name:Attoumani]] [[name:Echati]] (née le [[date:01/01/1958]] à Sada) : retour à Mayotte le [[date_partial:18/12]], dossier transmis au CHM, Dr [[other_name:Mohamed]].
* Ordonnance d'orthoptie pour Mlle [[name:Chevalier]] [[name:Romane]] : 12 séances, presbytie débutante ? Non, insuffisance de convergence ; la mère ([[other_name:Sandrine]]) a appelé le [[date_partial:27/11]].
* Appel de l'audioprothésiste : les appareils de M. [[name:Virapoullé]] [[name:Maxime]] sont prêts, essai le lundi [[date_partial:15]] à 14h au magasin de Saint-André.
* Mme [[name:Sinimalé]] [[name:Ginette]] (Réunion) : DT2, diététicienne (Mme [[other_name:Hoarau]]) : rougail saucisse une fois par semaine, pas plus ; cari poulet sans peau.
* [[name:Lacatus]] [[name:Florin]] et [[name:Lacatus]] [[name:Florin]] junior : deux dossiers, père et fils, mêmes nom et prénom ; le fils est né le [[date:13/07/2008]].
- Deux patients homonymes dans le service : bracelets vérifiés, alerte identitovigilance posée sur les deux dossiers.
* La psychomotricienne a reçu [[name:Eliott]] [[name:Poulain]], 3 ans, le [[date_partial:19/11]] : marche sur la pointe des pieds, évitement du regard ; bilan pour [[diag_mental:trouble du spectre de l'autisme]] demandé.
* CSAPA : Mme [[name:Dewulf]] [[name:Sandra]] (IPP [[id:{ipp}]]) reprend la [[diag_addict:cocaïne]] depuis la séparation d'avec M. [[other_name:Peeters]] ; entretien avec l'éducateur ([[other_name:Karim]]) jeudi.
* Centre de vaccination : [[name:Murad]] [[name:Layla]], 6 ans, rattrapage complet (DTCaP, ROR, hépatite B) ; la mère ([[other_name:Jihan]]) a un carnet irakien, dates recopiées.
* M. [[name:Lévesque]] [[name:Maxime]] (CATTP) : né le [[date:02/02/1990]] à Chicoutimi, Québec ; curatelle simple (mandataire Mme [[other_name:Gagnon]]).
* Brûlés, visite du [[date_partial:30/11]] : Mme [[other_name:Zazai]] [[other_name:Bibi Hawa]], épouse du patient, arrivée d'Allemagne ; interprète en pachto (M. [[other_name:Shinwari]]) pour l'annonce.
* Travel clinic : M. [[name:Jean-Louis]] [[name:Wilfried]], départ pour Port-au-Prince le [[date:20/12/2025]] (famille à Jacmel), choléra et typhoïde discutés, hépatite A faite.
* Logement : la demande de Mme [[name:Kabongo]] [[name:Grâce]] passe en commission d'attribution le [[date_partial:16/12]] ; logement proposé [[address:rue des Poissonniers]], [[address:4e étage avec ascenseur]].
""")

SET = HandSet("heldout25", "twenty-fifth", ROWS, HEADER_NOTE, "25")

if __name__ == "__main__":
    SET.main(__doc__)
