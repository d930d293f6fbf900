#!/usr/bin/env python3
"""The nineteenth hand set of labeled rows ("heldout19", issue 10).

  heldout19_corpus.py --write      write heldout19_rows_{dev,frozen}.txt
  heldout19_corpus.py --check      exit 1 if those files differ from what
                                   this script writes (make scrub-heldout)
  heldout19_corpus.py --lint       the writer's check, before the split

The rows below were typed by hand by the helper heldout19 (session 22),
who did not read the detectors (src/detect*.c, src/scrub*.c,
src/sensitive*.c, include/, conf/) nor the rule descriptions of
docs/scrub.md, nor any set's misses, nor any scrubber output while typing.
Read: the helpers' brief; tests/scrub/handset.py whole; the docstring, the
first block and the last lines of heldout18_corpus.py; the heldout17 and
heldout18 sections of docs/scrub.md (genres, name sources, labeling
choices); the lead's sections "Drinks and the addiction group" and "HPV in
the hand sets"; the Makefile's genre lines; the head of eval.py (kinds,
POLICY_WORDS).

Unlike the eighteen earlier sets, which went looking for the corners the
others had least of, this one is written to look like the ordinary mix of
the comments the project is judged on: everyday wards (médecine interne,
chirurgie, gériatrie, urgences, maternité, psychiatrie and CMP, laboratory,
pharmacy, secretariat, consultations), terse nurse transmissions with their
abbreviations, phone-call notes, secretaries' call logs and appointment
notes, discharge remarks, lab comments, prescription lines; typos, missing
accents, lines in capitals, odd spacing, pasted signatures.  Identifiers of
the everyday kinds: the patient's, relatives' and staff names, street
addresses with bis/ter, Appt, Bât., Résidence, lieu-dit, BP and CEDEX,
postcodes beside cities, full and partial dates, phones, e-mails, NIR, IPP
and file numbers; sensitive terms of the suppressed groups as ordinary
wards write them (HIV and its drugs, PrEP, suicide attempts, IVG and
pregnancy, mental health, addiction).  Names: ordinary French names,
regional ones (Breton, Alsatian, Basque, Corsican, Nord, Occitan,
Réunionese), and the common origins of France's population (Maghreb, West
Africa, Portugal, Italy, Spain, Turkey, Vietnam, Poland, the Antilles);
surnames that are ordinary French words, first names that are words,
particles, hyphens, birth names (née), apostrophes.

Everything is invented: people, homes, numbers.  Street names may be real
street names; no row is a real patient's.  The frame (row shorthand,
placeholders, what is computed, the split: rows ranked by
sha256("heldout19\\n" + row), the lower half to the dev file) is
tests/scrub/handset.py's, as heldout14's to heldout18's.

Labeling choices (heldout17's and heldout18's, and the lead's): the
patient's names, birth and married names are `name`, every other person's
(relatives, neighbours, staff, GPs, pharmacists) `other_name`; a title,
a role and a relation stay outside the label; a care place or a specialty
of a suppressed group (CMP, psychiatre, CSAPA, addictologie) is not
labeled; a drug of HIV is `diag_hiv`, of opioid substitution
`diag_addict`, an antidepressant, a neuroleptic or lithium `diag_mental`;
a drink's name alone is not labeled, a dependence is; an HPV status is
`diag_sti`, an HPV vaccination is not labeled; room and bed numbers,
batch numbers, doses, ages and times stay; a town after `à` stays, a
postcode with its city is `postcode_city`; a weekday stays outside its
date; a year alone of an event or a birth and a month with a year are
`date_partial`.
"""
from handset import HandSet

HEADER_NOTE = """\
# Typed by hand by the helper heldout19 without reading the detectors or their rules (see the script's
# docstring for what was read); invented people, homes and numbers only. NIR keys, RPPS/FINESS Luhn digits,
# IBAN check digits and IPPs written `*` are computed by the script. Split by rank of sha256("heldout19\\n" + row), lower half dev.
"""

# ------------------------------------------------------------------ rows
# Typed by ward or office; within one, by register.

ROWS = []

# Medicine and geriatrics: nurse and aide transmissions (DAR, nights, abbreviations)
ROWS.append(r"""
DUBOIS|Marcel|||||*|Transmissions nuit : M. [[name:Dubois]] [[name:Marcel]] ch 12, agité vers 2h, a arraché sa VVP, reposée à 3h. Fille ([[other_name:Nathalie]]) prévenue ce matin au [[phone:06 71 28 44 19]].
* Pt de 84 ans, Mme [[name:Lefebvre]] [[name:Odette]], chute ds la salle de bain cette nuit, pas de perte de connaissance, hématome frontal, surveillance neuro /3h. Interne de garde Dr [[other_name:Hamidi]] prévenu.
- RAS cette nuit, a dormi, diurèse ok, pas de douleur. Pansement fait.
* T° 38,6 à 22h, hémoc x2 faites, ECBU envoyé, paracetamol 1g. Mme [[name:Ferreira]] [[name:Maria da Conceição]] dit avoir froid, couverture mise.
MOREAU|Yvette||02 40 71 18 36|||*|Entrée de Mme [[name:Moreau]] [[name:Yvette]], née le [[date:14/02/1937]], adressée par son MT Dr [[other_name:Guillou]] pour AEG. Vit seule au [[address:4 impasse des Glycines]], [[postcode_city:44300 Nantes]]. Tel domicile [[phone:02 40 71 18 36]]. Personne de confiance : son neveu M. [[other_name:Moreau]] [[other_name:Jean-Claude]].
* transmission AS : toilette au lit faite, escarre talon G stade 2, matelas à air demandé. Mr [[name:Kowalski]] [[name:Stanislas]] refuse de manger le midi, mange mieux le soir.
* Mme [[name:NGUYEN]] [[name:Thi Hoa]] ne parle pas français, sa fille [[other_name:Linh]] traduit par téléphone ([[phone:07 68 32 51 04]]). Douleur abdo cotée 6/10, antalgiques donnés.
- Pas de selles depuis 3 jours, Movicol 2 sachets, à surveiller.
LEGRAND|Pierre|||||*|M. [[name:Legrand]] [[name:Pierre]] : glycémie 3,1 à 6h, resucré, contrôle 1,12 g/l. Prévenir Dr [[other_name:Morvan]] à la visite. Épouse passée hier soir, très inquiète.
* Patiente confuse, se croit chez elle [[address:rue des Acacias]]... Mme [[name:Rivière]] [[name:Blanche]], 91 ans. Contention refusée par la famille, surveillance rapprochée.
GARCIA|Dolores|||||*|MME [[name:GARCIA]] [[name:DOLORES]] CH 7 : SAT 88% AA, O2 2L, GDS fait, résultat transmis au Dr [[other_name:BENALI]]. FILS [[other_name:FRANCISCO]] A APPELÉ À 19H.
* ide [[other_name:claire]] : pst ulcère jambe droite fait, plaie propre, prochain pst le [[date_partial:12/12]]. patient M [[name:Lopes]] [[name:Joaquim]] algique au soin, morphine LI avant prochain pst
- Relevé des constantes à 6h : TA 13/8, FC 82, SAT 96%, T° 37,2. RAS.
* Mme [[name:Brahimi]] [[name:Kheira]] née [[name:Bouzid]], 79 ans, diabétique, insuline rapide selon protocole ; le fils [[other_name:Karim]] demande à être appelé avant toute sortie : [[phone:06.12.84.77.30]].
PETIT|Rose||06 33 18 92 47|||*|Mme [[name:Petit]] [[name:Rose]] pleure beaucoup depuis le décès de son mari en [[date_month:octobre]], dit qu'elle "n'a plus envie de rien". Avis psy demandé. Tel [[phone:06 33 18 92 47]].
* Sortie prévue demain, attente passage de l'ergo. Mme [[name:Boulanger]] [[name:Simone]] ira chez sa fille Mme [[other_name:Chevalier]] [[other_name:Martine]], [[address:18 rue du Moulin]], [[postcode_city:49000 Angers]].
* Nuit du [[date_partial:4 au 5/12]] : M. [[name:Le Bihan]] [[name:Yann]] a tenté de se lever seul, chute évitée, barrières relevées avec son accord.
KIEFFER|Marthe|||||*|Mme [[name:Kieffer]] [[name:Marthe]] : bilan d'entrée fait, BU +, ECBU envoyé. Famille : fille Mme [[other_name:Wendling]] [[other_name:Sylvie]] [[phone:03 88 64 21 57]].
* transmissions : Mr [[name:Santoni]] [[name:Ange-Marie]] à jeun depuis minuit pour fibro, prémédication faite, brancardage à 8h30
* Mr [[name:Pereira]] [[name:Manuel]] alcoolisé à l'arrivée, éthylotest 1,2, agressif verbalement, protocole de [[diag_addict:sevrage alcoolique]] débuté (Séresta selon CIWA).
- Patient en chambre seule, précautions contact BMR. Lavage des mains, surblouse.
MARTINEZ|Carmen|||||*|Patiente [[name:Martinez]] [[name:Carmen]], EHPAD [[address:Les Jardins de l'Ill]], adressée pour déshydratation, Na 152. Contact EHPAD : IDEC Mme [[other_name:Roth]] au [[phone:03 89 41 72 00]].
* Transmission 14h : M. [[name:Traoré]] [[name:Seydou]] douloureux, PCA morphine augmentée par l'anesth, visite de l'épouse Mme [[other_name:Traoré]] [[other_name:Awa]] cet aprem.
* Mme [[name:Lacroix]] [[name:Constance]] : chute dans le couloir à 16h20, relevée par l'AS [[other_name:Kévin]], pas de douleur, déclaration faite.
* mr [[name:yilmaz]] [[name:mehmet]] diabete desequilibre, HGT 3,85 a 11h, insuline rapide 8 UI. fils [[other_name:emre]] traduit
GIRARD|Lucienne|||||*|Mme [[name:Girard]] [[name:Lucienne]] veuve, 88 ans, MMS 18/30. Tutelle : UDAF, mandataire M. [[other_name:Perrot]], [[phone:02 47 31 64 90]]. Ne pas donner d'info à la voisine.
* Mme [[name:Rodrigues]] [[name:Fernanda]] épouse [[name:Bastos]] : douleurs thoraciques à 4h, ECG fait, tropo envoyée, interne prévenue (Dr [[other_name:Lemaire]]), douleur cédée à 4h30.
- Bilan sanguin fait à 6h, tubes partis au labo à 6h40.
* patient M. [[name:Ba]] [[name:Ibrahima]] sous [[diag_hiv:Biktarvy]], traitement perso apporté par sa femme, à donner à 8h. Info IDE de jour.
BLANC|Jeannine|||||*|Mme [[name:Blanc]] [[name:Jeannine]] : vomissements x3 cette nuit, Primpéran IV, à jeun ce matin. Son fils M. [[other_name:Blanc]] [[other_name:Gérard]] a appelé 2 fois, rappeler au [[phone:06 89 01 73 25]].
""")

# Emergencies: IOA triage lines, UHCD, SMUR hand-overs, discharge from the ED
ROWS.append(r"""
* IOA 02h15 : homme 34 ans, M. [[name:Benali]] [[name:Sofiane]], plaie main droite sur verre, saignement contrôlé, tri 3. Amené par un ami ([[other_name:Rayan]]).
CAMARA|Aminata||07 51 62 84 13|||*|IOA : Mme [[name:Camara]] [[name:Aminata]], 27 ans, [[diag_preg:enceinte]] de [[diag_preg:22 SA]], douleurs abdo + métrorragies, orientée direct maternité. Tel conjoint [[phone:07 51 62 84 13]].
* SMUR : patient retrouvé au sol à domicile par sa voisine Mme [[other_name:Gomes]], [[address:Résidence Les Peupliers, Bât. B, Appt 23]], [[postcode_city:93200 Saint-Denis]]. M. [[name:Lambert]] [[name:Roger]], 76 ans, GCS 14.
* Urgences : Mme [[name:Fontaine]] [[name:Sandrine]], [[diag_mental:IMV]] (20 cp de Xanax + alcool) vers 21h selon le conjoint, somnolente, GCS 13. Avis psy à J1. [[diag_mental:2e TS]] (1ère en [[date_partial:2019]]).
* UHCD ch 4 : M. [[name:Da Silva]] [[name:José]] en attente de scanner, douleur FID, interne chir Dr [[other_name:Ricci]] passé à 11h.
- Box 6 nettoyé, chariot d'urgence vérifié, défibrillateur ok.
DIALLO|Mamadou|||||*|M. [[name:Diallo]] [[name:Mamadou]] 45a, DT2, plaie pied G infectée, T° 38,9, hospitalisation en méd interne. Frère M. [[other_name:Diallo]] [[other_name:Oumar]] présent, tel [[phone:06 45 20 98 71]].
* Patient ramené par la police, ivresse publique, M. [[name:Kaminski]] [[name:Tadeusz]], 58 ans, SDF (domiciliation [[address:CCAS, 2 place de la Mairie]]), certificat de non-admission rédigé.
* Femme de 19 ans, Mlle [[name:Haddad]] [[name:Yasmina]], douleurs pelviennes, bêta-HCG positifs, écho : [[diag_preg:GEU]] ? avis gynéco demandé. Ne souhaite pas que sa mère soit informée.
* sortie des urgences : M. [[name:Roux]] [[name:Damien]], entorse cheville G, attelle + béquilles, consultation ortho le [[date_partial:15/12]] à 9h30 (Dr [[other_name:Fabre]]).
* Mme [[name:Diop]] [[name:Fatou]], 31 ans, dit avoir été frappée par son conjoint, certificat fait, orientée vers l'UMJ, n° de plainte non communiqué. Hébergement chez sa sœur [[other_name:Ndeye]], [[address:7 allée Berlioz]], [[postcode_city:77100 Meaux]].
ROUSSEL|Gilbert|{nir:1 43 06 76 540 031}||||*|ENTREE PAR LE SAMU : M. [[name:ROUSSEL]] [[name:GILBERT]] NE LE [[date:08/06/1943]], NIR [[nir:{nir:1 43 06 76 540 031}]], DOULEUR THORACIQUE DEPUIS 1H, ECG : ST+ INFERIEUR, DIRECT KT.
* Jeune homme de 22 ans, M. [[name:Arslan]] [[name:Emre]], consommation de [[diag_addict:cocaïne]] et [[diag_addict:cannabis]] ce soir, tachycarde 130, anxieux, scope, benzos. Ami présent : [[other_name:Dylan]].
* Mme [[name:Ricci]] [[name:Angela]] 67 ans, chute mécanique dans l'escalier, fracture poignet, réduction sous AL, rdv platre le lundi [[date_partial:8]]... non, le mardi [[date_partial:9 décembre]].
- Patient parti sans attendre les résultats à 4h10, non joignable. Courrier au médecin traitant.
* Ado de 15 ans, [[name:Moulin]] [[name:Théo]], [[diag_mental:IMV]] paracetamol 8 g, NAC débutée, transfert en pédiatrie. Mère Mme [[other_name:Moulin]] [[other_name:Céline]] [[phone:06 14 58 33 09]].
* M. [[name:Mansouri]] [[name:Farid]] connu pour [[diag_mental:schizophrénie]], arrêt de son [[diag_mental:Xeplion]] depuis 2 mois, délirant, mise en chambre d'isolement, SPDT (tiers : son frère M. [[other_name:Mansouri]] [[other_name:Nordine]]).
ROCHE|Alain|||||*|Accueil urgences : M. [[name:Roche]] [[name:Alain]], né le [[date:23.04.1961]], adressé par SOS médecins (Dr [[other_name:Vidal]]) pour dyspnée. Adresse [[address:12 ter chemin des Vignes]], [[postcode_city:84000 Avignon]].
* mme [[name:tran]] [[name:thi lan]] 52 ans cephalees brutales, scanner normal, PL faite, sortie avec son mari, revoir MT
* IOA : M. [[name:Sylla]] [[name:Moussa]] sans papiers d'identité, dit être né le [[date:01/01/1990]], hébergé au 115 ; joignable au [[phone:07 53 88 16 42]] (téléphone d'un ami).
""")

# Surgery: pre- and post-op, orthopaedics, visceral, day surgery calls (J+1)
ROWS.append(r"""
* Préop : M. [[name:Meunier]] [[name:Patrick]], PTH droite prévue le [[date:10/12/2025]], douche Bétadine faite, dépilation ok, bracelet vérifié.
BONNET|Claire||06 27 41 90 58|claire.bonnet56@gmail.com||*|Appel J+1 ambulatoire : Mme [[name:Bonnet]] [[name:Claire]] (cholécystectomie), douleur 2/10, pas de nausée, a repris l'alimentation. Joignable au [[phone:06 27 41 90 58]], compte-rendu envoyé sur [[email:claire.bonnet56@gmail.com]].
* Post-op J2 : Mme [[name:Esposito]] [[name:Carmela]], redon 50 ml, pst propre, 1er lever fait avec le kiné ([[other_name:Julien]]), transit non repris.
* Programme bloc 3 du jeudi [[date_partial:11/12]] : 8h M. [[name:Schmitt]] [[name:Bernard]] (hernie inguinale), 10h Mme [[name:Le Floch]] [[name:Annick]] (canal carpien), 11h30 M. [[name:Coulibaly]] [[name:Bakary]] (exérèse kyste).
- Patient à jeun, bilan préop complet, consentement signé, pas d'allergie connue.
MARCHAND|Thierry|||||*|Chir ortho : M. [[name:Marchand]] [[name:Thierry]], 55 ans, fracture plateau tibial, ostéosynthèse le [[date_partial:3 décembre]] par le Dr [[other_name:Etcheverry]]. Appui interdit 6 semaines. Sortie en SSR [[address:Les Cèdres]] à [[postcode_city:64100 Bayonne]].
* mme [[name:pigeon]] [[name:nicole]], ptg gauche j3, genou chaud et gonflé, t° 38, ponction demandée par le chirurgien
* Appel du CH de Lens : transfert de M. [[name:Vandenbussche]] [[name:Didier]] pour avis chir vasculaire, ischémie aiguë MI gauche, arrivée prévue 15h.
* Visite anesth : Mme [[name:Oliveira]] [[name:Rosa]], ASA 2, sous [[diag_mental:Deroxat]] et Lévothyrox, intubation facile attendue, jeûne à partir de minuit.
GUERIN|Hervé|||||*|Compte rendu infirmier : M. [[name:Guérin]] [[name:Hervé]] retour de bloc à 14h10 (appendicectomie), réveil calme, EVA 3, perfusion en cours. Épouse [[other_name:Muriel]] a appelé, rassurée.
* J+1 chir ambu : patiente non joignable au [[phone:02 99 54 17 62]] (2 appels, 9h et 11h). Mme [[name:Le Corre]] [[name:Gwenaëlle]]. Message laissé.
* Transmissions ortho : M. [[name:Kaya]] [[name:Mustafa]], fracture col fémur, attente bloc, anticoagulant arrêté le [[date_partial:02/12]], fils [[other_name:Hüseyin]] joignable au [[phone:07 62 30 45 18]].
- Drain de Redon retiré, 30 ml sur 24 h. Pansement sec.
* Chirurgie digestive : Mme [[name:Lopez]] [[name:Pilar]], stomie depuis le [[date_partial:28/11]], éducation par l'IDE stomathérapeute Mme [[other_name:Aubert]], ok pour sortie avec prestataire.
* M. [[name:Wiśniewski]] [[name:Jan]] refuse l'intervention, signe une décharge en présence du Dr [[other_name:Poirier]] et de l'IDE [[other_name:Manon]].
CARRE|Sylvie|||||*|Mme [[name:Carré]] [[name:Sylvie]] : ablation des agrafes à J10 par IDE libérale, Mme [[other_name:Leblanc]] ([[phone:06 08 52 73 41]]). Ordonnance remise.
* Rappel de Mme [[name:Soulier]] [[name:Éliane]], opérée le [[date:27/11/2025]] (varices) : hématome de cuisse, consultation avancée au [[date_partial:8/12]].
""")

# Maternity, gynaecology, orthogenics: suites de couches, consultations, IVG, contraception
ROWS.append(r"""
BENOIT|Océane||06 52 19 87 34|||*|Suites de couches : Mme [[name:Benoit]] [[name:Océane]], [[diag_preg:accouchée]] le [[date_partial:4/12]] par voie basse, bébé [[other_name:Lina]] 3,2 kg, [[diag_preg:allaitement]] maternel. Conjoint M. [[other_name:Thomas]] [[other_name:Garnier]].
* Consultation sage-femme : Mme [[name:Amrani]] [[name:Samira]], G3P2, [[diag_preg:grossesse]] de [[diag_preg:28 SA]], HGPO faite, glycémies normales. Prochain RDV le [[date_partial:6 janvier]].
* Mme [[name:Sow]] [[name:Mariam]], [[diag_preg:38 SA]], contractions régulières depuis 3h, col à 4 cm, installée en salle 2. Mari [[other_name:Abdoulaye]] présent.
* [[diag_repro:IVG]] médicamenteuse : Mme [[name:Morel]] [[name:Léa]], 24 ans, [[diag_repro:IVG]] à [[diag_preg:6 SA]], mifépristone prise le [[date_partial:2/12]], misoprostol à domicile, contrôle HCG à J15. [[diag_repro:Contraception]] souhaitée : [[diag_repro:implant]].
DUPONT|Aurélie|{nir:2 91 07 35 238 114}||||*|Patiente [[name:Dupont]] [[name:Aurélie]], NIR [[nir:{nir:2 91 07 35 238 114}]], [[diag_preg:césarienne]] programmée le [[date:17/12/2025]] (siège). Consultation anesth faite.
* Appel de Mme [[name:Gonçalves]] [[name:Inês]] : saignements 3 jours après l'[[diag_repro:IVG]], pas de fièvre, conseillée de venir aux urgences gynéco.
- Salle de naissance 3 : ménage fait, table réchauffée, matériel de réa bébé vérifié.
* Mme [[name:Marie-Sainte]] [[name:Josiane]], 36 ans, [[diag_preg:enceinte]] de 5 mois, [[diag_preg:HTA gravidique]], hospitalisée pour surveillance. Sa mère [[other_name:Rose-Aimée]] appelle de Fort-de-France : [[phone:0596 63 41 27]].
* Consult gynéco : pose de [[diag_repro:DIU]] cuivre chez Mme [[name:Fernandes]] [[name:Ana]], contrôle écho dans 6 semaines ([[date_partial:janvier 2026]]).
HOANG|Mai|||||*|Mme [[name:Hoang]] [[name:Mai]] : J2 post [[diag_preg:césarienne]], baby blues ?, pleure beaucoup, EPDS à 14. Avis psy périnatale demandé. Mari M. [[other_name:Vu]] [[other_name:Minh]] présent le soir.
* Mme [[name:Zielińska]] [[name:Krystyna]], 41 ans, [[diag_preg:FCS]] à [[diag_preg:9 SA]] le [[date_partial:30/11]], aspiration prévue demain, à jeun.
* Entretien [[diag_preg:prénatal]] précoce avec Mme [[name:Kone]] [[name:Awa]] : [[diag_preg:grossesse]] non désirée au départ, maintenant acceptée ; vit chez sa tante au [[address:22 rue Saint-Just]], [[postcode_city:93210 La Plaine Saint-Denis]].
* Mme [[name:Jimenez]] [[name:Laura]], 17 ans, mineure, demande d'[[diag_repro:IVG]] sans autorisation parentale, accompagnée par sa cousine majeure Mlle [[other_name:Navarro]] [[other_name:Inés]].
GAUTHIER|Margot||07 81 44 29 60|||*|PMI : Mme [[name:Gauthier]] [[name:Margot]] sortie de maternité le [[date_partial:5 décembre]], visite sage-femme à domicile (Mme [[other_name:Rolland]]), [[address:Lieu-dit La Bertholière]], [[postcode_city:79200 Parthenay]]. Tel [[phone:07 81 44 29 60]].
* [[diag_repro:Contraception]] : Mme [[name:Cherif]] [[name:Leïla]] souhaite arrêter la [[diag_repro:pilule]], information sur le [[diag_repro:stérilet]] donnée, RDV le [[date_partial:19/01]].
- Atelier préparation à la naissance complet pour décembre, prochaine session en janvier.
* [[diag_preg:Grossesse gémellaire]] : Mme [[name:Lemoine]] [[name:Hélène]], [[diag_preg:32 SA]], [[diag_preg:MAP]], corticothérapie faite les [[date_partial:1er et 2/12]]. Conjoint [[other_name:Fabrice]] [[phone:06 70 12 35 98]].
* Mme [[name:Rossi]] [[name:Giulia]] [[diag_preg:allaite]], demande si elle peut prendre de l'ibuprofène : oui, courte durée.
""")

# Psychiatry wards and the CMP: transmissions, entries, calls, outings, involuntary care paperwork
ROWS.append(r"""
LAURENT|Kevin|||||*|Psy secteur 3 : M. [[name:Laurent]] [[name:Kevin]], 29 ans, [[diag_mental:schizophrène]], SDRE depuis le [[date_partial:20/11]], refus du ttt ce matin, [[diag_mental:Loxapac]] IM fait à 10h. Tuteur informé.
* CMP : Mme [[name:Blanchard]] [[name:Isabelle]] n'est pas venue à son RDV infirmier du [[date_partial:3/12]], rappelée au [[phone:06 40 93 27 15]], pas de réponse, message laissé.
* Entretien IDE : M. [[name:Mercier]] [[name:Jonathan]] évoque des [[diag_mental:idées suicidaires]] sans scénario, [[diag_mental:TS]] par phlébotomie en [[date_partial:2022]], vit chez sa mère ([[address:8 bis rue Victor Hugo]], [[postcode_city:62300 Lens]]).
* Mme [[name:Antoine]] [[name:Prudence]], [[diag_mental:trouble bipolaire]], [[diag_mental:lithium]] 800 mg, [[diag_mental:lithémie]] du jour 0,9. Permission de sortie samedi avec son mari M. [[other_name:Antoine]] [[other_name:Claude]].
MATHIEU|Stéphanie||06 82 37 14 66|||*|Appel de Mme [[name:Mathieu]] [[name:Stéphanie]] au CMP, angoissée, demande à avancer son RDV avec le Dr [[other_name:Khelifi]] ; RDV donné le [[date_partial:9/12]] à 14h. Rappel au [[phone:06 82 37 14 66]].
* Chambre 214 : M. [[name:Brun]] [[name:Sébastien]] a fugué de l'unité à 17h, déclaration de fugue faite au commissariat, famille prévenue (sœur Mme [[other_name:Brun]] [[other_name:Élodie]]).
- Pas d'incident dans l'unité cette nuit. Tous les patients couchés à 23h.
* Transmissions psy : Mlle [[name:Giraud]] [[name:Chloé]], 19 ans, [[diag_mental:anorexie]], IMC 14,8, contrat de poids, pesée le lundi et le jeudi. Parents vus en entretien le [[date_partial:1er décembre]].
* M. [[name:Ben Youssef]] [[name:Walid]] sous [[diag_mental:clozapine]], NFS hebdo, PNN 2100, ok pour continuer. Résultats faxés au CMP de Villeneuve (secteur 59G12).
* Admission en SPDT : M. [[name:Charpentier]] [[name:Ludovic]], tiers : sa mère Mme [[other_name:Charpentier]] [[other_name:Annie]], [[address:3 allée des Roses]], [[postcode_city:80000 Amiens]], [[phone:03 22 45 61 08]]. Certificats des Dr [[other_name:Dumas]] et Dr [[other_name:Leclerc]].
HUBERT|Chantal|||||*|Mme [[name:Hubert]] [[name:Chantal]], [[diag_mental:dépression]] sévère, sous [[diag_mental:venlafaxine]] 150, sommeil amélioré, a mangé tout son plateau. Visite de sa fille [[other_name:Aurore]] dimanche.
* CMP : VAD chez M. [[name:Ozturk]] [[name:Ali]], [[address:Résidence du Parc, Bât. D, 4e étage, porte 41]], appartement très encombré, pas de nourriture ; signalement à l'assistante sociale Mme [[other_name:Joly]].
* mr [[name:colin]] [[name:maxime]] tres envahi par [[diag_mental:hallucinations auditives]] ce soir, [[diag_mental:Tercian]] 25 mg en si besoin donné 21h, calme après
* Mme [[name:Perez]] [[name:Dolores]], [[diag_mental:syndrome dépressif]], demande à sortir contre avis, mari M. [[other_name:Perez]] [[other_name:Antonio]] vient la chercher, décharge signée.
* Entretien d'accueil au CMP le [[date_partial:4/12]] : M. [[name:Hamon]] [[name:Erwan]], 43 ans, adressé par son MT Dr [[other_name:Le Gall]] pour [[diag_mental:épisode dépressif]] et [[diag_addict:alcoolisation]] quotidienne.
BOUCHER|Fabienne|||||*|Mme [[name:Boucher]] [[name:Fabienne]] : [[diag_mental:TS]] médicamenteuse le [[date:29/11/2025]] ([[diag_mental:Seroplex]] + Imovane), sortie de réa, accueillie dans l'unité. Ex-conjoint à ne pas laisser entrer : M. [[other_name:Vasseur]] [[other_name:Franck]].
* Atelier thérapeutique du mardi [[date_partial:2 décembre]] : M. [[name:Renard]] [[name:Lucas]] participe bien, Mme [[name:Weber]] [[name:Ginette]] absente (sommeil).
* appel du père de Mlle [[name:Lebrun]] [[name:Clémence]] (M. [[other_name:Lebrun]] [[other_name:Philippe]], [[phone:06 19 73 28 40]]) : veut savoir si sa fille est hospitalisée, pas de réponse donnée, elle refuse qu'on informe sa famille.
* [[diag_mental:Psychose]] débutante chez M. [[name:Nowak]] [[name:Adrien]], 21 ans, étudiant, [[diag_addict:cannabis]] quotidien, [[diag_mental:aripiprazole]] débuté 5 mg.
- Réunion clinique du jeudi annulée, reportée à la semaine prochaine.
MARQUES|Paulo|||||*|M. [[name:Marques]] [[name:Paulo]] sorti ce jour, RDV CMP le [[date_partial:16/12]] avec l'IDE [[other_name:Sabrina]], ordonnance [[diag_mental:olanzapine]] 10 mg pour 28 j, pharmacie prévenue (Pharmacie [[other_name:Delattre]]).
* CMP enfants : [[name:Yildiz]] [[name:Elif]], 9 ans, suivie pour [[diag_mental:troubles anxieux]], mère Mme [[other_name:Yildiz]] [[other_name:Fatma]] [[phone:07 58 02 41 36]] ; bilan orthophonique chez Mme [[other_name:Caron]].
* Patient [[name:Leroux]] [[name:Bruno]] en chambre d'isolement depuis 18h, surveillance toutes les heures, psychiatre de garde Dr [[other_name:Masson]] prévenu.
* Mme [[name:Iriart]] [[name:Maite]], [[diag_mental:TCA]] ([[diag_mental:boulimie]]), vomissements provoqués, K 2,9 ; supplémentation, avis diététicienne.
""")

# Infectious diseases day hospital: HIV follow-up, PrEP, hepatitis, STI screening
ROWS.append(r"""
* HDJ infectio : M. [[name:Touré]] [[name:Ibrahim]], [[diag_hiv:VIH]] connu depuis [[date_partial:2014]], CV indétectable, CD4 640, renouvellement [[diag_hiv:Biktarvy]] 6 mois.
KOUASSI|Affoué|||||*|Mme [[name:Kouassi]] [[name:Affoué]], [[diag_hiv:séropositive]], [[diag_preg:enceinte]] de [[diag_preg:14 SA]], switch vers [[diag_hiv:Dolutégravir]] + [[diag_hiv:Truvada]] discuté avec le Dr [[other_name:Pichon]]. Ne veut pas que son conjoint soit informé.
* Consultation [[diag_hiv:PrEP]] : M. [[name:Gillet]] [[name:Romain]], 27 ans, initiation, sérologies [[diag_hiv:VIH]]/VHB/VHC/[[diag_sti:syphilis]] négatives, créat normale, ordonnance [[diag_hiv:Truvada]] à la demande.
* Appel du CeGIDD : résultat positif [[diag_sti:chlamydiae]] pour M. [[name:Lucas]] [[name:Arthur]], traitement doxycycline 7 j, dépistage du partenaire conseillé.
- Rappel : bilan de suivi [[diag_hiv:PrEP]] tous les 3 mois (créatinine, sérologies).
MBALA|Christelle||07 45 68 12 03|||*|Mme [[name:Mbala]] [[name:Christelle]] non venue au RDV de suivi [[diag_hiv:VIH]] du [[date_partial:28/11]], 2e absence ; rappel au [[phone:07 45 68 12 03]], nouveau RDV proposé le [[date_partial:15 décembre]].
* Pharmacie hospitalière : délivrance [[diag_hiv:Triumeq]] 1 boîte pour M. [[name:Dang]] [[name:Van Minh]], IPP [[id:{ipp}]], prochaine délivrance le [[date_partial:5/01]].
* M. [[name:Meyer]] [[name:Christophe]], AES le [[date_partial:2/12]] (piqûre aiguille en stage infirmier), [[diag_hiv:TPE]] débuté aux urgences, à revoir à J3.
* Mme [[name:Adjoua]] [[name:N'Guessan]]... non, Mme [[name:N'Guessan]] [[name:Adjoua]], [[diag_hiv:VIH+]], observance difficile, ETP avec l'IDE Mme [[other_name:Barbier]] le mercredi [[date_partial:10]].
* sérologie [[diag_sti:syphilis]] positive ([[diag_sti:TPHA]]/[[diag_sti:VDRL]]) chez M. [[name:Hernandez]] [[name:Julio]], extencilline 1 injection, contrôle à 3 mois.
* Consult [[diag_hiv:PrEP]] : Mr [[name:Bertin]] [[name:Jérémy]], arrêt de la [[diag_hiv:PrEP]] depuis [[date_partial:septembre]], reprise souhaitée, test [[diag_hiv:VIH]] du jour négatif.
GOMES|Sandra|||||*|Mme [[name:Gomes]] [[name:Sandra]] : frottis avec [[diag_sti:HPV 16 positif]], colposcopie programmée le [[date:7/01/26]] avec le Dr [[other_name:Lévêque]].
""")

# Phone-call notes: families, GPs, pharmacies, EHPAD, transport, switchboard
ROWS.append(r"""
* Appel de Mme [[other_name:Durand]] [[other_name:Françoise]], fille de M. [[name:Durand]] [[name:Robert]] (ch 18), demande des nouvelles, informée par l'IDE que son père est stable. Rappelle demain.
* Tel du Dr [[other_name:Carpentier]] (MT) au [[phone:03 21 72 40 55]] : souhaite le CR d'hospit de Mme [[name:Lenoir]] [[name:Madeleine]], envoyé par messagerie sécurisée à [[email:dr.carpentier@medecin.mssante.fr]].
FRANCOIS|Lucien||0690 41 27 83|||*|Appel de M. [[name:François]] [[name:Lucien]] depuis la Guadeloupe, veut avancer sa consult cardio, rappelé au [[phone:0690 41 27 83]], RDV fixé le [[date_partial:22/12]] à 10h.
* msg répondeur 8h12 : "bonjour c'est Mme [[name:Sanchez]] [[name:Carmen]] j'appelle pour mon mari qui est hospitalisé chez vous, rappelez-moi au [[phone:06 24 81 57 93]] merci". Patient : M. [[name:Sanchez]] [[name:Manuel]].
* Appel pharmacie de ville (Pharmacie du Centre, Mme [[other_name:Guillot]]) : question sur l'ordonnance de sortie de M. [[name:Poulain]] [[name:Raymond]], dose de Kardégic non précisée. Réponse donnée par l'interne.
- Appel du service de transport : ambulance en retard de 30 min, patient prévenu.
* Appel de l'EHPAD [[address:Les Mimosas]] ([[phone:04 94 62 18 70]]) : M. [[name:Luciani]] [[name:Dominique]] rentre ce soir, demande le traitement de sortie par fax.
BRUNET|Gisèle|||||*|Appel de la voisine de Mme [[name:Brunet]] [[name:Gisèle]] (Mme [[other_name:Jacquet]]), a trouvé la patiente au sol le matin, veut savoir quand elle rentre chez elle au [[address:5 rue de la Poste]], [[postcode_city:71100 Chalon-sur-Saône]].
* tel fils de Mme [[name:Cissé]] [[name:Aïssata]] (M. [[other_name:Cissé]] [[other_name:Ousmane]] [[phone:07 68 11 52 90]]) : problème de langue, souhaite être présent à l'annonce du diagnostic jeudi.
* Appel du Dr [[other_name:Kerjean]] (SOS médecins) pour adresser M. [[name:Le Goff]] [[name:Alain]], 81 ans, [[address:Kerlann]], [[postcode_city:29200 Brest]], dyspnée fébrile, arrivée prévue 16h.
* Appel de la mère de [[name:Léo]] [[name:Fleury]] (Mme [[other_name:Fleury]] [[other_name:Caroline]]) : l'enfant a de nouveau de la fièvre, conseil de reconsulter aux urgences pédiatriques.
* Appel entrant 11h40, [[phone:01 48 57 62 31]] : M. [[other_name:Hoarau]], frère du patient [[name:Hoarau]] [[name:Jean-Max]], signale que le patient a fait une [[diag_mental:tentative de suicide]] il y a 2 ans, à prendre en compte.
GONCALVES|Joaquim|||||*|Appel de la fille de M. [[name:Gonçalves]] [[name:Joaquim]] ([[other_name:Patricia]], [[email:patricia.goncalves@hotmail.fr]]) : souhaite un RDV avec le médecin avant le retour à domicile.
* Appel CPAM : demande de la date d'entrée de M. [[name:Dumont]] [[name:Serge]], NIR [[nir:{nir:1 48 11 62 193 207}]] ; répondu : entrée le [[date:02/12/2025]].
* Appel labo de ville (Labo Biolam, M. [[other_name:Renaud]]) : K+ à 6,2 pour Mme [[name:Aubry]] [[name:Suzanne]] prélevée ce matin à domicile, patiente rappelée et orientée vers les urgences.
* Appel de M. [[other_name:Haddad]], infirmier libéral, pour Mme [[name:Saidi]] [[name:Malika]] : pansement de la jambe à refaire, ordonnance manquante, faxée au [[phone:04 78 29 63 10]].
- Standard : appel transféré au poste 4521, pas de réponse.
* mme [[other_name:roger]] (épouse) appelle pour son mari [[name:roger]] [[name:jean-pierre]] : a oublié ses lunettes dans le service, à garder à l'accueil.
* Message de M. [[name:Benhamou]] [[name:David]] : ne pourra pas venir à son IRM du samedi [[date_partial:13/12]], rappeler au [[phone:06 61 47 20 83]] pour une autre date.
MENDES|Lurdes||06 92 83 17 45|||*|Appel de Mme [[name:Mendes]] [[name:Lurdes]] ([[phone:06 92 83 17 45]]) : a perdu son ordonnance de [[diag_addict:méthadone]], renvoyée vers son CSAPA, prescripteur Dr [[other_name:Hervé]].
* Appel de l'hôpital de jour : M. [[name:Rey]] [[name:Olivier]] ne s'est pas présenté ce matin à sa séance de chimio, fille contactée au [[phone:06 31 29 74 08]] : patient fatigué, reporté à lundi.
""")

# Secretariat: appointment notes, call logs, mail, admissions desk, letters' footers
ROWS.append(r"""
* Secrétariat cardio : RDV de M. [[name:Fournier]] [[name:Jacques]] déplacé du [[date_partial:12/12]] au [[date:16/01/2026]] 9h15 à la demande du patient. Convocation envoyée au [[address:27 avenue de la République]], [[postcode_city:37000 Tours]].
LEMAIRE|Odile|||odile.lemaire@orange.fr|3 rue des Tanneurs, Appt 12, 67000 Strasbourg|*|Convocation : Mme [[name:Lemaire]] [[name:Odile]], [[address:3 rue des Tanneurs, Appt 12]], [[postcode_city:67000 Strasbourg]]. Copie par mail à [[email:odile.lemaire@orange.fr]].
* Courrier revenu NPAI pour M. [[name:Perrin]] [[name:Gaston]], ancienne adresse [[address:Résidence Le Clos Fleuri, Bât. A]], [[postcode_city:26000 Valence]]. Nouvelle adresse demandée à la fille.
* appel patient M [[name:Guillaume]] [[name:Pascal]] pr annuler rdv du [[date_partial:18/12]] (consult Dr [[other_name:Robin]]), reporté au [[date_partial:8 janvier]].
- Secrétariat fermé le 26/12 après-midi, renvoi vers le standard.
* Accueil admissions : mise à jour de l'adresse de M. [[name:Marty]] [[name:Francis]] : [[address:lieu-dit Les Granges, 1450 route de Saint-Pons]], [[postcode_city:34600 Bédarieux]]. Mutuelle MGEN.
* Dossier de Mme [[name:Vincent]] [[name:Patience]], née le [[date:05/09/1958]], doublon avec IPP [[id:19428830]], fusion demandée au DIM.
PHAM|Duc||06 57 40 28 19|duc.pham@free.fr||*|RDV consultation pneumo : M. [[name:Pham]] [[name:Duc]], le mardi [[date_partial:6 janvier]] à 14h30, EFR avant. SMS de rappel au [[phone:06 57 40 28 19]].
* Secrétariat chir viscérale / appels du jour : 1) Mme [[name:Gallo]] [[name:Maria]] pour résultats anapath -> message au Dr [[other_name:Conti]] ; 2) M. [[name:Bouvier]] [[name:Henri]] pour arrêt de travail -> envoyé par courrier.
* Demande de dossier médical par M. [[name:Morin]] [[name:Alexandre]], [[address:BP 214]], [[postcode_city:97300 Cayenne]], copie de la pièce d'identité reçue, envoi en recommandé.
* Envoi CR de consultation à Dr [[other_name:Meyer]] [[other_name:Anne]], [[address:Centre médical, 2 place du Marché]], [[postcode_city:68100 Mulhouse]] ; patient : M. [[name:Muller]] [[name:Joseph]], né le [[date:11/03/1946]].
* RDV IRM pour Mme [[name:Duval]] [[name:Ghislaine]] : [[date_partial:19/12]] 7h45, à jeun non nécessaire, apporter anciens examens. Tel laissé sur répondeur ([[phone:02 35 88 14 67]]).
- Les convocations de janvier sont parties le 1er décembre.
* secretariat : Mme [[name:Bianchi]] [[name:Rosalia]] demande un certificat pour sa caisse de retraite, transmis au Dr [[other_name:Gilbert]] pour signature.
* Admission : M. [[name:El Idrissi]] [[name:Youssef]], NIR [[nir:{nir:1 79 02 99 350 466}]] (né au Maroc), mutuelle en cours, adresse [[address:14 rue Édouard Vaillant, Bât. C, Appt 8]], [[postcode_city:94200 Ivry-sur-Seine]].
DELAUNAY|Martine|||||*|Appel de Mme [[name:Delaunay]] [[name:Martine]], veut un RDV rapide en rhumato, premier créneau le [[date_partial:3/02]], mise sur liste d'attente. Portable : [[phone:07 49 31 60 84]].
* Courrier pour Mme [[name:de La Roche]] [[name:Anne-Sophie]], [[address:Le Bourg]], [[postcode_city:24260 Le Bugue]], CR de coloscopie du [[date:28/11/2025]].
* Secrétariat néphro : bon de transport pour M. [[name:Hamidi]] [[name:Abdelkader]], dialyse lundi mercredi vendredi, taxi [[other_name:Brahim]] ([[phone:06 16 48 39 75]]).
* Mail reçu de [[email:famille.ribeiro.pt@gmail.com]] : « Bonjour, je suis la fille de Mme [[name:Ribeiro]] [[name:Albertina]], pouvez-vous me dire quand elle sort ? [[other_name:Sónia]] ».
* RDV de M. [[name:Lecomte]] [[name:Gaëtan]] annulé (décès le [[date_partial:1/12]], info donnée par son épouse).
* Secrétariat ORL : M. [[name:Garnier]] [[name:Yves]] 06 ... pas de numéro valide, courrier à l'adresse : [[address:9 impasse du Four]], [[postcode_city:21000 Dijon]].
""")

# Discharge remarks, letters' conclusions, social work before discharge
ROWS.append(r"""
ROBIN|Suzanne||03 26 48 71 90||11 rue des Capucins, 51100 Reims|*|Sortie le [[date:05/12/2025]] de Mme [[name:Robin]] [[name:Suzanne]] vers son domicile ([[address:11 rue des Capucins]], [[postcode_city:51100 Reims]]) avec SSIAD. IDE libérale : Mme [[other_name:Perrier]]. Tel [[phone:03 26 48 71 90]].
* Remarques de sortie : M. [[name:Rousseau]] [[name:Eugène]], anticoagulation par Eliquis, contrôle NFS dans 1 mois chez le MT Dr [[other_name:Bailly]], RDV consult le [[date_partial:12 janvier]].
* Sortie contre avis médical de M. [[name:Vasquez]] [[name:Miguel]] le [[date_partial:3/12]] à 19h, décharge signée, informé des risques.
- Sortie : ordonnances remises, lettre de liaison donnée au patient, VVP retirée.
* Mme [[name:Nicolas]] [[name:Paulette]] transférée en SSR à la [[address:Clinique du Val]], [[postcode_city:45100 Orléans]], le [[date_partial:8 décembre]]. Dossier transmis.
CHAUVIN|André|||||*|Sortie de M. [[name:Chauvin]] [[name:André]] : retour en EHPAD ([[address:Résidence Saint-Joseph]], [[postcode_city:85000 La Roche-sur-Yon]]), ttt modifié : arrêt du [[diag_mental:Risperdal]], introduction Lévothyrox 50.
* Lettre de sortie : Mme [[name:Bouzid]] [[name:Nadia]], hospitalisée du [[date_partial:25/11]] au [[date:02/12/2025]] pour pyélonéphrite, relais per os Oflocet 10 j.
* Conclusion : M. [[name:Le Roux]] [[name:Gwendal]], 66 ans, sevrage tabagique conseillé, [[diag_addict:sevrage alcoolique]] accepté, orienté vers le CSAPA, consultation d'addictologie le [[date_partial:17/12]].
* Assistante sociale : retour à domicile impossible pour M. [[name:Lemoine]] [[name:Marcel]], vit seul au 3e sans ascenseur ([[address:34 rue Nationale]], [[postcode_city:59000 Lille]]), demande d'EHPAD faite, neveu M. [[other_name:Lemoine]] [[other_name:Patrice]] d'accord.
* Sortie vers le domicile de sa fille Mme [[other_name:Cousin]] [[other_name:Valérie]], [[address:2 ter rue des Écoles]], [[postcode_city:14000 Caen]] ; patiente Mme [[name:Germain]] [[name:Lucie]] ; kiné à domicile.
MENARD|Gaëlle|||||*|Mme [[name:Ménard]] [[name:Gaëlle]] : sortie à J3 [[diag_preg:post-partum]], [[diag_preg:accouchement]] sans complication le [[date_partial:2/12]], bébé [[other_name:Noah]] suivi par la PMI de Rezé.
* Sortie du service de psychiatrie de M. [[name:Boukhris]] [[name:Samir]], suivi CMP organisé, traitement : [[diag_mental:Abilify]] 10 mg, [[diag_mental:sertraline]] 50 mg. Prochain RDV Dr [[other_name:Ait Ahmed]] le mercredi [[date_partial:17/12]].
* Sortie : Mme [[name:Bailly]] [[name:Huguette]] rentre en ambulance (Ambulances [[other_name:Millet]]), portage des repas à réactiver, mairie de Saint-Amand prévenue.
- Sortie reportée au lendemain faute de transport.
* Synthèse de sortie : M. [[name:Konaté]] [[name:Bakary]], diabète découvert, insuline, éducation faite, suivi diabéto le [[date_partial:6/01]]. Hébergé chez son cousin, [[address:foyer ADOMA, 12 rue Lamartine, ch. 214]], [[postcode_city:92000 Nanterre]].
""")

# Laboratory comments: biology, microbiology, transfusion, non-conformities
ROWS.append(r"""
* Tube non conforme : identité sur le tube ([[name:MARTIN]] [[name:Jeanne]]) différente de la demande ([[name:MARTIN]] [[name:Jeannine]]), prélèvement à refaire, service prévenu (IDE [[other_name:Laura]]).
- Hémolyse +++, potassium non interprétable, merci de reprélever.
* Résultat critique K+ 6,8 mmol/l téléphoné à 10h22 à l'IDE [[other_name:Morgane]] (UF 2104) pour M. [[name:Lefort]] [[name:Raymond]], IPP [[id:{ipp}]].
* Hémocultures positives à BGN pour Mme [[name:Colombo]] [[name:Teresa]], prélevées le [[date_partial:04/12]] à 23h, résultat transmis au Dr [[other_name:Lacroix]] (astreinte).
- ECBU : contamination probable, flore polymorphe, à refaire si clinique.
LE GALL|Yvonne|||||*|RAI positive (anti-Kell) chez Mme [[name:Le Gall]] [[name:Yvonne]], née [[name:Quéméner]] le [[date:12/08/1941]] : carte de groupe mise à jour, EFS prévenu.
* Commentaire biologiste : β-HCG plasmatique à 1240 UI/l chez Mme [[name:Aydin]] [[name:Elif]], compatible avec une [[diag_preg:grossesse]] débutante, à contrôler à 48h.
* Sérologie [[diag_hiv:VIH]] positive (Combo + Western Blot) chez M. [[name:Dos Santos]] [[name:Rui]] ; patient à convoquer, résultat remis uniquement par le médecin. Contrôle sur 2e prélèvement.
* prélèvement du [[date_partial:5/12]] à 6h non reçu au labo pour M [[name:hamon]] [[name:rené]] (ch 9), merci de vérifier le tube pneumatique
* Commentaire : TSH 0,02, T4 élevée, à confronter à la clinique. Résultats faxés au Dr [[other_name:Roussel]], [[phone:05 56 42 19 83]].
DIAS|Tiago|||||*|Dosage de [[diag_addict:méthadone]] urinaire positif, [[diag_addict:cocaïne]] positive, [[diag_addict:THC]] négatif chez M. [[name:Dias]] [[name:Tiago]] (bilan CSAPA du [[date_partial:1/12]]).
* [[diag_mental:Lithémie]] à 1,6 mmol/l (zone toxique) chez Mme [[name:Joly]] [[name:Violette]], prévenu le psychiatre de garde à 15h40.
- Gaz du sang : échantillon coagulé, non analysable.
* Groupe sanguin : 1 seule détermination pour M. [[name:Nguyen]] [[name:Van Long]], 2e détermination à prélever avant toute transfusion. Né le [[date:03/03/1955]].
* Commentaire microbio : BMR (EBLSE) dans les urines de Mme [[name:Petitjean]] [[name:Louise]], isolement contact. Info EHPAD [[address:Les Tilleuls]] faite.
* Alcoolémie à 2,4 g/l à 3h chez M. [[name:Lebon]] [[name:Frédéric]] (réquisition police n° [[id:2025/00874]]), résultat remis à l'OPJ [[other_name:Marchal]].
* Demande de sérologie [[diag_sti:chlamydia]] + [[diag_sti:gonocoque]] pour Mlle [[name:Lopes]] [[name:Inês]], 18 ans, prélèvement vaginal fait par la sage-femme.
BERTRAND|Noël|||||*|Retour labo externe (Cerba) : électrophorèse des protéines de M. [[name:Bertrand]] [[name:Noël]] en faveur d'un pic monoclonal IgG, courrier au Dr [[other_name:Tessier]].
""")

# Pharmacy: prescription lines, renewals, validation, dispensing, narcotics
ROWS.append(r"""
* Ordonnance de sortie : Mme [[name:Henry]] [[name:Marguerite]], née le [[date:21/07/1933]] — Paracétamol 1 g x3/j, Kardégic 75 1/j, Lasilix 40 1 le matin. Dr [[other_name:Pasquier]], RPPS [[rpps:{rpps:1000234567}]].
- Validation pharmaceutique : interaction amiodarone / simvastatine, proposition de changement de statine.
* Pharmacie : rupture de Lévothyrox 75, remplacé par L-Thyroxine pour M. [[name:Gay]] [[name:Bernard]], patient informé.
SOUSA|Carlos|||||*|Renouvellement ordonnance [[diag_addict:Subutex]] 8 mg/j pour M. [[name:Sousa]] [[name:Carlos]], délivrance fractionnée 7 j à la Pharmacie [[other_name:Lamy]], [[address:3 place de l'Église]], [[postcode_city:63000 Clermont-Ferrand]].
* Prescription : [[diag_mental:Seroplex]] 10 mg 1 cp le matin, 28 jours, pour Mme [[name:Baron]] [[name:Agnès]], 52 ans. Dr [[other_name:Mallet]] [[other_name:Sophie]].
* ORDONNANCE SECURISEE : M. [[name:RENAULT]] [[name:CLAUDE]], né le [[date:14/10/1950]], SKENAN LP 30 mg matin et soir, 14 jours. Prescripteur : Dr [[other_name:BARRE]].
* Pharmacie hosp. : retour de stupéfiants non utilisés (Oxynorm) de Mme [[name:Carlier]] [[name:Simone]], décédée le [[date_partial:30/11]], registre complété par Mme [[other_name:Lejeune]] (préparatrice).
- Armoire à pharmacie vérifiée, péremptions contrôlées, 2 boîtes de Xarelto retirées.
* Conciliation médicamenteuse : M. [[name:Khelifi]] [[name:Rachid]] prend à domicile Metformine 1000 x2, Amlor 5, [[diag_mental:Zoloft]] 50 (prescrit par son psychiatre Dr [[other_name:Benhamou]]).
DOGAN|Ayse||07 66 21 38 94|||*|Ordonnance [[diag_repro:pilule]] [[diag_repro:Optimizette]] pour Mme [[name:Doğan]] [[name:Ayşe]], 1 cp/j en continu, 3 plaquettes, renouvelable 3 fois. SMS envoyé au [[phone:07 66 21 38 94]].
* Délivrance [[diag_addict:méthadone]] sirop 60 mg pour M. [[name:Marchetti]] [[name:Luca]], relais du CSAPA du [[date_partial:8 au 14/12]].
* Prescription à domicile : insuline Lantus 22 UI le soir, IDE à domicile 2 passages/j. Patiente : Mme [[name:Girard]] [[name:Rolande]], [[address:21 rue Pasteur]], [[postcode_city:16000 Angoulême]].
* ordo : amoxicilline 1g x3/j 7j, pour M. [[name:benoit]] [[name:jules]] 8 ans, 28 kg... erreur, amoxicilline 50 mg/kg/j, corrigée par le Dr [[other_name:Boyer]].
* Pharmacie : [[diag_hiv:Descovy]] ([[diag_hiv:PrEP]]) non disponible en ville, délivrance par rétrocession pour M. [[name:Lambert]] [[name:Florian]], 1 boîte.
""")

# Consultations: GP letters received, specialist notes, geriatric day hospital, memory clinic
ROWS.append(r"""
* Consult gériatrie : Mme [[name:Dupuis]] [[name:Germaine]], 87 ans, vient avec sa fille Mme [[other_name:Dupuis]] [[other_name:Hélène]] épouse [[other_name:Royer]]. MMS 21/30, bilan mémoire en HDJ le [[date_partial:14 janvier]].
CLEMENT|Marie-Thérèse|||||*|HDJ mémoire : Mme [[name:Clément]] [[name:Marie-Thérèse]], née [[name:Perrot]], aidante principale : son mari M. [[other_name:Clément]] [[other_name:Lucien]], 89 ans, épuisé. APA en cours.
* Courrier du Dr [[other_name:Rémy]] : "Cher confrère, je vous adresse M. [[name:Leclercq]] [[name:Dominique]], 63 ans, pour une douleur thoracique d'effort..." Reçu le [[date_partial:2/12]].
* consult diabeto : Mr [[name:Ait Ahmed]] [[name:Mohand]] HbA1c 9,2 %, ramadan prévu en [[date_partial:février 2026]], adaptation du ttt expliquée avec son fils [[other_name:Said]].
- Consultation annulée par le médecin (congrès), patients reconvoqués.
* Consult pneumo : M. [[name:Petit]] [[name:Pierre]], BPCO stade 3, tabagisme sevré depuis [[date_partial:2020]], ancien [[diag_addict:alcoolique]], abstinent. Spirométrie stable.
* Téléconsultation : Mme [[name:Wojcik]] [[name:Zofia]], suivie pour polyarthrite, méthotrexate bien toléré, prochaine consultation en présentiel le [[date_partial:10/03]].
FERNANDEZ|Ramón||04 68 35 92 17||7 carrer del Sol, 66000 Perpignan|*|Consultation neuro : M. [[name:Fernandez]] [[name:Ramón]], Parkinson depuis [[date_partial:2017]], chutes fréquentes, adresse [[address:7 carrer del Sol]], [[postcode_city:66000 Perpignan]], tel [[phone:04 68 35 92 17]].
* Consult ORL : Mlle [[name:Chevallier]] [[name:Capucine]], 16 ans, amygdalectomie proposée, mère Mme [[other_name:Chevallier]] [[other_name:Sandrine]] d'accord.
* Dr [[other_name:Marchal]] [[other_name:Éric]], cardiologue : "revu M. [[name:Langlois]] [[name:Michel]] ce jour, FEVG 45 %, je poursuis le Bisoprolol, je le revois en [[date_partial:juin 2026]]".
* Consult douleur : Mme [[name:Leclerc]] [[name:Jocelyne]], lombalgies chroniques, [[diag_mental:dépressive]], ATCD de [[diag_mental:TS]] en [[date_partial:2015]], suivie par le Dr [[other_name:Germain]] (psychiatre).
* consultation derm : M. [[name:Collet]] [[name:Rémi]], naevus dorsal suspect, exérèse le [[date_partial:20/01]] ; signé Dr [[other_name:Leroy]] [[other_name:Anne-Marie]].
BERGER|Louis|||||*|Consultation de M. [[name:Berger]] [[name:Louis]], 72 ans, adressé par le Dr [[other_name:Maillard]] pour une maladie de Berger ? non, pour bilan d'un souffle carotidien. Écho-doppler prévu.
* Avis gériatrique aux urgences : Mme [[name:Bouchet]] [[name:Ernestine]], dénutrition, vit seule à [[address:La Vialle]], [[postcode_city:12160 Baraqueville]], passage IDE 1/j.
""")

# More wards, mixed registers: SSR, EHPAD liaison, paediatrics, oncology, night rounds, pasted signatures
ROWS.append(r"""
* SSR : M. [[name:Royer]] [[name:Gilles]], rééducation post-AVC, marche avec déambulateur, sortie envisagée le [[date_partial:20 décembre]] ; épouse [[other_name:Ginette]] a visité le domicile avec l'ergo.
LUCAS|Émilie||06 43 90 12 57|emilie.lucas@laposte.net||*|Pédiatrie : [[name:Lucas]] [[name:Émilie]], 6 ans, bronchiolite... non, pneumopathie, sous amox, mère joignable au [[phone:06 43 90 12 57]], [[email:emilie.lucas@laposte.net]] (mail de la mère).
* Onco HDJ : Mme [[name:Marino]] [[name:Giuseppina]], C3 de FOLFOX le [[date_partial:11/12]], neutropénie à J8 du cycle précédent, G-CSF prescrit. Mari M. [[other_name:Marino]] [[other_name:Salvatore]] l'accompagne.
* EHPAD [[address:Les Charmilles]] : résidente Mme [[name:Poirier]] [[name:Colette]] ch 112, chute ce matin, transfert aux urgences, fiche de liaison jointe, fille [[other_name:Brigitte]] prévenue ([[phone:02 43 81 26 74]]).
- Tour de 4h : tous les patients dorment sauf ch 5 et 11.
* ped : [[name:Diarra]] [[name:Moussa]] 4 ans, crise convulsive hyperthermique, parents (M. [[other_name:Diarra]] [[other_name:Bakary]] et Mme [[other_name:Kanouté]] [[other_name:Fanta]]) rassurés, sortie demain.
* Soins palliatifs : M. [[name:Perret]] [[name:Roland]], confort, famille présente jour et nuit, fils [[other_name:Jean-Marc]] au [[phone:06 85 17 34 92]], à appeler à tout moment.
VIDAL|Anaïs|||||*|Mme [[name:Vidal]] [[name:Anaïs]], 34 ans, suivi onco sein, souhaite une préservation de fertilité avant chimio, RDV CECOS le [[date_partial:9/12]].
* Néphro : M. [[name:Benard]] [[name:Ludovic]] en attente de greffe, appel de l'ABM, a été contacté à 3h au [[phone:06 71 04 86 23]], arrivé à 5h.
* Transmissions 19h : Mme [[name:Gomez]] [[name:Pilar]], douleur à 7 malgré Acupan, interne prévenu, morphine SC faite à 19h30, EVA 3 à 20h15.
- transmissions faites à l'équipe de jour -- IDE [[other_name:Sarah]] [[other_name:LEMOINE]] - Service de Médecine Polyvalente - Poste 4417
* Mme [[name:Guichard]] [[name:Ophélie]], 38 ans, migraine, sortie avec ordonnance. -- Dr J. [[other_name:Lebrun]], Urgences CH de Niort, [[phone:05 49 78 30 00]]
* Pédiatrie : [[name:Mansour]] [[name:Adam]], 11 mois, né le [[date:12/01/2025]], déshydratation, SRO bien pris. Mère : Mme [[other_name:Benali]] [[other_name:Sarah]], [[phone:07 69 45 81 20]].
* EHPAD : M. [[name:Etienne]] [[name:Aimé]], 94 ans, fausse route au repas, SAT 89%, transfert ; tutelle (Mme [[other_name:Bertin]], ATI, [[email:m.bertin@ati-vendee.fr]]).
* Réa : M. [[name:Hoarau]] [[name:Jean-Claude]] extubé ce matin, famille réunionnaise, sœur Mme [[other_name:Payet]] [[other_name:Marie-Josée]] arrive de Saint-Pierre le [[date_partial:8/12]].
* Oncologie : annonce faite à Mme [[name:Tessier]] [[name:Aline]] en présence de son mari ; psychologue Mme [[other_name:Rolland]] [[other_name:Émilie]] à recontacter.
""")

# Admissions, DIM and identity: NIR, IPP, stay numbers, dates of birth, CEDEX and BP addresses
ROWS.append(r"""
* Bureau des entrées : M. [[name:Chevalier]] [[name:Fernand]], né le [[date:30/04/1939]] à Rouen, NIR [[nir:{nir:1 39 04 76 540 218}]], IPP [[id:{ipp}]], n° de séjour [[id:225048713]].
COSTA|Antonella|{nir:2 68 11 2A 004 117}||||*|Mme [[name:Costa]] [[name:Antonella]] épouse [[name:Santini]], née le [[date:9 novembre 1968]] à Ajaccio, sécu [[nir:{nir:2 68 11 2A 004 117}]].
* Identitovigilance : Mme [[name:Nguyen]] [[name:Thi Thu]] enregistrée avec DDN [[date:01/01/1960]] (date par défaut), à corriger : [[date:14/06/1960]] d'après la CNI.
* Facture non réglée : M. [[name:Renaud]] [[name:Bastien]], [[address:4 bis allée des Marronniers]], [[postcode_city:17000 La Rochelle]], séjour du [[date_partial:3 au 6 octobre]], n° facture [[id:F2025-118743]].
* Courrier pour la CPAM (AT du [[date:17/09/2025]]) : M. [[name:Arnaud]] [[name:Sylvain]], NIR [[nir:{nir:1 72 09 33 063 145}]], [[address:Le Moulin Neuf, BP 12]], [[postcode_city:33210 LANGON CEDEX]].
- Le n° de sécurité sociale ne doit pas apparaître dans l'objet des mails.
SAHIN|Emine|||emine.sahin67@gmail.com||*|Création de dossier : Mme [[name:Şahin]] [[name:Emine]], née le [[date:07/07/1967]], mail [[email:emine.sahin67@gmail.com]], IPP attribué [[id:{ipp}]].
* DIM : séjour de M. [[name:Benoît]] [[name:Yannick]] (IPP [[id:{ipp}]], entrée [[date:24/11/2025]], sortie [[date:29/11/2025]]) recodé, DP modifié.
* Fusion d'identités : IPP [[id:19117452]] et IPP [[id:19208861]] = même patiente, Mme [[name:Lefèvre]] [[name:Juliette]] née [[name:Caillou]], née le [[date:2/3/1985]].
* M. [[name:Jean-Baptiste]] [[name:Frantz]], né le [[date:18-05-1972]] à Pointe-à-Pitre, adresse : [[address:Rés. Les Flamboyants, Bât. 3, Appt 112]], [[postcode_city:97139 Les Abymes]], tel [[phone:0690 58 21 44]].
GUYOT|Colette|||||*|Mme [[name:Guyot]] [[name:Colette]], née en [[date_partial:1931]], adresse postale : [[address:BP 37]], [[postcode_city:58200 Cosne-Cours-sur-Loire]] ; pas de téléphone fixe, portable de la fille [[phone:06 26 93 15 80]].
* Accueil : patient sans carte vitale, M. [[name:Bouzid]] [[name:Hakim]], dit être né le [[date:3 mars 1988]], AME n° [[id:AME-2025-448102]] ; hébergé chez M. [[other_name:Larbi]], [[address:6 rue Jean Moulin]], [[postcode_city:13003 Marseille]].
* Dossier de M. [[name:Sánchez]] [[name:Francisco]] (IPP [[id:{ipp}]]) archivé le [[date_partial:mars 2021]], ressorti pour la consultation du [[date_partial:10/12]].
* Mme [[name:Le Bris]] [[name:Maryvonne]], [[address:3 hameau de Kerveguen]], [[postcode_city:29120 Pont-l'Abbé]], née le [[date:28/10/1944]], tel [[phone:02 98 87 45 12]] — changement de MT : Dr [[other_name:Cloarec]].
* Changement d'adresse signalé par M. [[name:Dufour]] [[name:Mickaël]] : nouvelle adresse [[address:15 ter boulevard Carnot, Appt 4B]], [[postcode_city:06000 Nice]] ; mail [[email:mickael.dufour06@yahoo.fr]].
* RDV pris via Doctolib par Mme [[name:Leroy]] [[name:Aurélie]] ([[email:aurelie.leroy.33@gmail.com]], [[phone:06 58 30 71 24]]) pour le [[date_partial:23 décembre]].
LOPEZ|Antoine|{nir:1 90 12 31 555 089}|06 81 40 27 65|||*|M. [[name:Lopez]] [[name:Antoine]], né le [[date:11/12/1990]], sécu [[nir:{nir:1 90 12 31 555 089}]], portable [[phone:06 81 40 27 65]], accident de travail le [[date_partial:1er décembre]].
* Déclaration d'événement indésirable n° [[id:EI-2025-0931]] : erreur d'étiquetage, patient M. [[name:Giraud]] [[name:Émile]], IPP [[id:{ipp}]].
* Mme [[name:Mendy]] [[name:Marie-Claire]], née le [[date:22/02/1979]] à Ziguinchor, carte de séjour n° [[id:7502118834]], adresse [[address:Foyer Coallia, 18 rue Marx Dormoy, ch. 31]], [[postcode_city:75018 Paris]].
* Naissance : [[name:Rodrigues]] [[name:Tiago]], né le [[date:04/12/2025]] à 3h17, 3,4 kg, fils de Mme [[other_name:Rodrigues]] [[other_name:Sofia]] et M. [[other_name:Almeida]] [[other_name:Nuno]].
* Demande de copie de dossier par Maître [[other_name:Roche]], avocat, [[address:12 cours Victor Hugo]], [[postcode_city:42000 Saint-Étienne]], pour Mme [[name:Picard]] [[name:Sophie]].
* Patient décédé le [[date:03/12/2025]] à 22h40 : M. [[name:Masson]] [[name:Raymond]], famille prévenue par le Dr [[other_name:Aubry]] (fils M. [[other_name:Masson]] [[other_name:Thierry]], [[phone:03 80 41 66 22]]).
""")

# Lines without any person's data, as every ward writes them
ROWS.append(r"""
- Chariot d'urgence vérifié le matin, scellé n° 004512.
- Frigo pharmacie : température 5°C, relevé fait.
- Pas de lit disponible en médecine, patient gardé en UHCD.
- Réfection du pansement de VVC selon protocole, tous les 8 jours.
- Hypoglycémie : resucrage 15 g de sucre, contrôle à 15 min.
- Bilan entrée : NFS, iono, CRP, BH, TP/TCA, groupe RAI si chirurgie.
- Surveillance post-transfusionnelle : T°, TA, FC à H1.
- ATTENTION : changement de protocole héparine à partir du 15 décembre.
- TA 16/9 à 14h, recontrôlée 14/8 à 15h, RAS.
- Ne pas perfuser bras gauche (curage axillaire).
- Régime diabétique, pas de sucre rapide sauf hypo.
- Dépistage [[diag_sti:IST]] proposé, refusé.
- [[diag_preg:grossesse]] test urinaire neg avant scanner
""")

# Mixed wards again: capitals, no accents, typos, glued or spaced numbers, names that are words
ROWS.append(r"""
* PATIENT CONNU DU SERVICE, [[name:BOULANGER]] [[name:ROGER]]... NON, [[name:ROGER]] [[name:BOULANGER]] (NOM : [[name:BOULANGER]] ? verifier), [[diag_addict:ETHYLISME]] CHRONIQUE, CHUTE A DOMICILE.
* pt [[name:Fontaine]], 78a, transf de Gériatrie vers Cardio le [[date_partial:5/12]] , dossier suivi.
* Mme [[name:Boyer]] ne veut pas que son fils soit informé de l'hospitalisation (conflit familial). Seule personne autorisée : sa sœur Mme [[other_name:Rivière]] [[other_name:Odette]] au [[phone:06  14 28  33 90]].
* appel de mme [[other_name:moreau]] (voisine) pour [[name:Renard]] : le chat est gardé, clés chez la gardienne
* Vu ce jour : [[name:Ndiaye]] [[name:Khady]], 45 ans, diab type 2, tel [[phone:0761234987]], adresse [[address:37 rue Gambetta]] [[postcode_city:72000 LE MANS]]
* M.[[name:Lebon]] [[name:Georges]]  né le[[date:12/05/1949]] tel:[[phone:0322864109]] - hospit pour décompensation cardiaque
* Mme [[name:Poulain]], 88a, pas de famille, tutelle UDAF 76 ; contact mandataire Mme [[other_name:Hervieux]], [[email:s.hervieux@udaf76.fr]].
* Résultats transmis à [[name:Léa]] [[name:Marchand]] par téléphone (elle-même), prochain contrôle dans 1 mois, [[date_month:mi-janvier]].
* M. [[name:Lamour]] [[name:Victor]] : [[diag_addict:OH chronique]], 6 bières/j, encéphalopathie ? vitamine B1 IV, [[diag_addict:sevrage]] sous diazépam.
* Mme [[name:Rose]] [[name:Marie]], 61 ans, coloscopie ok, RDV résultats anapath le [[date_partial:7/1]].
* Madame [[name:Carvalho]] [[name:Maria de Fátima]] (fille : [[other_name:Vanessa]] [[phone:06-51-40-22-37]]) : sortie samedi si pas de fièvre.
* IDE : Mr [[name:Doumbia]] ne prend pas ses ttt, retrouvés dans le tiroir. A voir avec le medecin. Famille (neveu [[other_name:Issa]]) prévenue.
* Le patient [[name:Kowalczyk]] [[name:Piotr]] demande un interprète polonais, pris RDV avec l'interprète le mardi [[date_partial:9]]... (ISM interprétariat).
* Mme [[name:Dumas]] [[name:Clémentine]], 29 ans, 1 mois post-[[diag_preg:accouchement]], [[diag_mental:idées noires]], [[diag_mental:dépression du post-partum]] ? adressée en consult psy périnatale.
* URGENT rappeler Mme [[name:Roux]] [[name:Mireille]] au [[phone:04.75.22.81.09]] : résultat de biopsie disponible
* fils de M. [[name:Noël]] [[name:Jean]] ([[other_name:Christophe]]) passera chercher les affaires le [[date_partial:24/12]]
* Mme [[name:Besson]] [[name:Agathe]] : [[diag_mental:anorexie mentale]], 1ère hospitalisation en [[date_partial:juin 2023]], réhospitalisée ce jour, contrat de soins signé avec ses parents (M. et Mme [[other_name:Besson]]).
* Entrée de Mme [[name:da Costa]] [[name:Lídia]] par les urgences, BPCO, O2 3L, appartement : [[address:Cité des Fleurs, escalier 4, Appt 18]], [[postcode_city:13014 Marseille]].
* ETHYLOTEST 0,8 MG/L A L'ENTREE, M. [[name:CORDIER]] [[name:MICHEL]], AGITE, CONTENTION PHYSIQUE SUR PRESCRIPTION, [[diag_addict:SEVRAGE OH]] EN COURS.
* mme [[name:Marie]] [[name:Josette]] (nom de famille [[name:Marie]]) ; ne pas confondre avec Mme [[name:Josette]] [[name:Marie-Louise]] ch 14.
* Appel de [[other_name:Kevin]] [[other_name:Meunier]], petit-fils de Mme [[name:Meunier]] [[name:Henriette]], qui conteste la sortie vers l'EHPAD prévue le [[date_partial:12 décembre]].
* Mlle [[name:Vu]] [[name:Thanh]] 22 ans, [[diag_mental:ts]] par ingestion d'eau de javel, brûlures buccales, avis ORL et psy ; [[diag_mental:TS]] à recoder.
* Mme [[name:Lacoste]] [[name:Rosine]] épouse [[name:d'Arcy]], [[address:Domaine de la Garrigue, route de Nîmes]], [[postcode_city:30250 Sommières]], allergie pénicilline.
* Mme [[name:Ferrari]] [[name:Angela]], 1ere consult [[diag_hiv:PrEP]]... non, consult [[diag_repro:contraception]] : [[diag_repro:pilule]] oubliée souvent, proposée [[diag_repro:implant]].
* M. [[name:Rolland]] [[name:Fabien]] sous [[diag_addict:buprénorphine]], douleurs post-op difficiles à équilibrer, avis équipe douleur et addicto (Dr [[other_name:Faure]]).
""")

SET = HandSet("heldout19", "nineteenth", ROWS, HEADER_NOTE, "19")

if __name__ == "__main__":
    SET.main(__doc__)
