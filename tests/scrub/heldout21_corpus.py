#!/usr/bin/env python3
"""The twenty-first hand set of labeled rows ("heldout21", issue 10).

  heldout21_corpus.py --write      write heldout21_rows_{dev,frozen}.txt
  heldout21_corpus.py --check      exit 1 if those files differ from what
                                   this script writes (make scrub-heldout)
  heldout21_corpus.py --lint       the writer's check, before the split

The rows below were typed by hand by the helper heldout21 (twenty-fourth
pass), who did not read the detectors (src/, include/, conf/) nor the rule
descriptions of docs/scrub.md, nor any set's misses, nor any scrubber
output while typing.  Read: the helpers' brief; tests/scrub/handset.py
whole; the docstring, first lines and last block of heldout20_corpus.py
(the frame: some two dozen of its rows seen once, no phrase reused); the
docstring of heldout_corpus.py (label kinds and widths); the heldout20
section of docs/scrub.md; the lead's sections "Drinks and the addiction
group", "Conventions left as they are" and "HPV in the hand sets"; the
Makefile's genre lines of heldout19 and heldout20; the head of eval.py
(POLICY_WORDS); a dozen label excerpts of heldout16-20 (grep of `[[id:`,
`[[nir:`, `[[rpps:`, `[[email:`, `[[diag_addict:`) for the label widths.

Where heldout20 wrote the hardest categories across the usual wards, this
set goes to the genres the earlier twenty have least of, each typed in its
own register: psychiatric and CMP follow-up (injections of long-acting
neuroleptics, VAD, families' calls), social workers' and PMI notes (115,
DALO, APA, MDPH, CAF, protection orders), pharmacy dispensing (PUI,
rétrocession, officine calls, conciliation), radiology and consultation
requests (bons de demande, avis), emergency triage lines (IOA, in
capitals, terse), HAD and SSIAD visit logs (door and key-box codes, farms,
towers, floors), school and occupational health (infirmerie, PAI, visite
de reprise), letters and e-mails from families forwarded into the record
(pasted headers, signatures, foreign phone numbers), the identity desk
and hospital-export shapes of an address (`ADR. 12 RUE DE BREST 29200
BREST`, `Appt 4012 Tour Mirabeau 4 square ...`, CS/CEDEX, domiciliation);
a third of the rows are label-free look-alikes (eponyms, scores, devices,
wards and hospitals named after a person, drugs, lab values, trades that
are surnames elsewhere: boulanger, meunier, vigneron, berger, marchand).

Name sources: typed from general knowledge, no list read or downloaded:
Basque (Etxeberria, Irigoyen, Cazenave, Etchegaray, Arrieta, Larrañaga,
Iparraguirre, Urrutia, Bordenave, Castagnet; Peio, Ander, Txomin, Beñat,
Maialen, Maite, Mikel, Xabier, Josu, Koldo, Aitor, Itziar, Battittu),
Breton (Le Bihan, Kervarec, Lagadec, Goasguen, Kerleau, Quéméner, Mével,
Guihéneuf, Le Duff, Coadou, Kerbrat, Le Moigne, Kervella; Yann-Vari,
Youenn-Mari, Tugdual, Gwendal, Soizic, Rozenn, Annaïck, Maïwenn, Solenn,
Per, Job), Corsican (Arrighi, Mattei, Santoni, Susini, Nicolaï,
Pietrasanta, Filippi; Santa, Ghjuvan-Petru, Petru-Antone, Dumè,
Orsu-Ghjuvanni), Alsatian (Kieffer, Schaeffer, Heitz, Oberlin, Zimmermann,
Riegert, Weiss, Fuchs, Erhart, Roth, Uhl, Hueber, Uhlmann, Haas, Klein,
Lehmann, Hoffmann), Maghrebi with particles (Ben Youssef, Ould Brahim,
Ould Ahmed, Ben Saïd, Ben Abdallah, Aït Ali, Belhadj, Mouhoubi; Mohamed-
Amine, Fatima-Zohra, Ahcène, Dihya, Tassadit, Ali Ben Mohamed), West
African (Diallo, Sissoko, Camara, Kouassi, Ouattara, Fofana, Koné, Sow,
Traoré, N'Guessan, Okonkwo, Ndiaye; Mariama, Bakary, Yao Ernest, Aya
Marie-Laure, El Hadji Malick, Chiamaka, Assitan, Kadiatou), Vietnamese
and Chinese order (Nguyen Van Thanh, Tran Ngoc Anh, Pham Van Duc, Vo Minh
Quan, Trinh Van Binh, Chen Xiaoling, Zhang Lei, Huang Wei / Wei Huang, Lin
Meihua, Li Xiaomei), Portuguese and Spanish double surnames (Pereira da
Silva, Mendes Ferreira, Vieira Gonçalves, Dos Santos Pereira, Da Silva
Rocha, DA ROCHA PEREIRA, Ferreira dos Santos, Fernandes Costa, Da Costa
Martins, NAVARRO GIMENEZ, Garcia Lopez, Soto Fernández), hyphenated given
names (Marie-Josée, Anne-Sophie, Jean-Luc, Léa-Rose, Lou-Anne,
Marie-Odile, Pierre-Yves), surnames that are ordinary words in the kept
positions of the brief (Pigeon, Vigneron, Meunier, Cordonnier, Tisserand,
Chapelle, Prince, Dauphin, Sauvage, Tonnelier, Boulanger, Berger,
Marchand, Chevalier, Charpentier, Barbier).

Everything is invented: people, homes, numbers.  Street names may be real
street names; no row is a real patient's.  The frame (row shorthand,
placeholders, what is computed, the split: rows ranked by
sha256("heldout21\\n" + row), the lower half to the dev file) is
tests/scrub/handset.py's, as heldout14's to heldout20's.

Labeling choices (heldout_corpus.py's docstring, heldout20's and the
lead's; new cases written here): the patient's names, birth, married and
used names are `name`, every other person's `other_name`; `M. X` (a
placeholder for an unknown man) is no name; a title, a role and a
relation stay outside the label; each unit of an address is its own label
(`[[address:Bât C]], [[address:porte 112]]`), door, gate and key-box codes
are `address`, a residence, a foyer, a hotel room or a farm where the
person lives (or lived: an old address is still the person's) is an
address, a school's, an employer's or a hospital's is not; a postcode
with its city (CEDEX included) is `postcode_city`, a city alone stays; a
spelled-out date is labelled as a typed one (`[[date:vingt-deux février
mil neuf cent trente-huit]]`, `[[date_partial:premier décembre]]`, a day
alone `le [[date_partial:deux]] de ce mois`); a date given by default
(`01/01/1985`) is still a date; a weekday, `hier`, `l'hiver dernier`, a
trimester and `du mois prochain` stay outside; identifiers after a label
(IPP, NDA, séjour, allocataire) are `id`; a phone in a pasted signature
is `phone`; care places and the policy words (CMP, CATTP, CSAPA, CeGIDD,
CPEF, SDRE, SPDT, pédopsychiatrie, addictologie, Extencilline) are not
labelled; a drug of HIV or PrEP is `diag_hiv`, of opioid substitution or
alcohol dependence (baclofène said for alcohol, Aotal) `diag_addict`, an
acute alcohol intoxication (IEA) `diag_addict`; an antidepressant, a
neuroleptic, lithium, valproate for a mood disorder and methylphenidate
for ADHD are `diag_mental`, benzodiazepines, hydroxyzine and hypnotics
are not; burn-out is `diag_mental`, a learning disorder (dyslexie) and
a `syndrome de glissement` are not; tobacco substitutes are not; a
pregnancy test (negative or not) has `grossesse` labelled, a late period
alone is not; `SA` alone; emergency contraception, an implant, a DIU,
the pill and `contraception` are `diag_repro`; `herpès génital`,
gonococcie and syphilis are `diag_sti`; lab markers (β-HCG, charge
virale, lithémie excepted as heldout20) are not; a term is labelled by
its head (`[[diag_mental:schizophrénie]] paranoïde`,
`consommation de [[diag_addict:cannabis]]`, `sérologie [[diag_hiv:VIH]]
positive`), a fixed phrase whole (`[[diag_mental:trouble bipolaire]]`,
`[[diag_mental:état de stress post-traumatique]]`).
"""
from handset import HandSet

HEADER_NOTE = """\
# Typed by hand by the helper heldout21 without reading the detectors or their rules (see the script's
# docstring for what was read); invented people, homes and numbers only. NIR keys, RPPS/FINESS Luhn digits,
# IBAN check digits and IPPs written `*` are computed by the script. Split by rank of sha256("heldout21\\n" + row), lower half dev.
"""

# ------------------------------------------------------------------ rows
# Typed by genre; within one, by register.

ROWS = []

# CMP and psychiatric follow-up notes (consultations, VAD, phone calls, injections)
ROWS.append(r"""
* CMP secteur 12 : entretien infirmier avec M. [[name:Etxeberria]] [[name:Peio]], thymie stable, observance de l'[[diag_mental:Abilify Maintena]] correcte, prochaine injection le [[date_partial:14/11]].
* M. [[name:Pigeon]] [[name:Damien]] ne s'est pas présenté à son RDV du lundi [[date_partial:7]] ; appel au [[phone:06.71.24.88.03]], messagerie, nouveau courrier envoyé.
* VAD chez Mme [[name:Arrighi]] [[name:Santa]], [[address:Lieu-dit Funtanella]], [[postcode_city:20137 Porto-Vecchio]] : logement encombré, frigo vide, [[diag_mental:idées délirantes]] de persécution envers les voisins.
* Mme [[name:Vigneron]] [[name:Laëtitia]] : [[diag_mental:trouble bipolaire]] de type II, virage hypomane depuis [[date_partial:fin octobre]], [[diag_mental:Dépakote]] augmenté à 1500 mg.
* Entretien avec le Dr [[other_name:Kieffer]] : M. [[name:Nguyen]] [[name:Van Thanh]] refuse toujours l'[[diag_mental:Invega]] ; discussion d'une SDRE si mise en danger.
- Réunion clinique du jeudi : trois nouvelles demandes, deux orientations vers le CATTP, une liste d'attente de six semaines.
* Appel de la mère de [[name:Yohann]] (M. [[name:Meunier]], 19 ans) : il ne dort plus, parle seul dans sa chambre ; proposition de consultation en urgence demain 9h.
* M. [[name:Ben Youssef]] [[name:Mohamed-Amine]] : [[diag_mental:schizophrénie]] paranoïde stabilisée, [[diag_mental:Xeplion]] 100 mg/mois, travaille en ESAT depuis [[date_partial:mars 2023]].
- Groupe d'affirmation de soi : 6 participants, séance 4 sur 10, thème « dire non ».
* Mme [[name:Hoarau]] [[name:Marie-Josée]], suivie au CMP pour [[diag_mental:dépression]] récurrente, sous [[diag_mental:venlafaxine]] 150, signale des [[diag_mental:idées noires]] sans scénario.
- Passage du psychiatre de liaison en cardiologie : patient anxieux avant l'angioplastie, hydroxyzine 25 mg proposée.
* Mlle [[name:Schaeffer]] [[name:Anne-Sophie]], 17 ans : [[diag_mental:scarifications]] des avant-bras découvertes par l'infirmière scolaire, première consultation en pédopsychiatrie le mercredi [[date_partial:3 décembre]].
HEITZ|Marcel|||||*|M. [[name:Heitz]] [[name:Marcel]], 58 ans, [[diag_addict:alcoolisme]] ancien, troubles mnésiques sévères, placé sous curatelle renforcée, mandataire Mme [[other_name:Oberlin]].
* Injection retard faite ce jour par l'IDE [[other_name:Gwenn]] chez M. [[name:Le Bihan]] [[name:Yann-Vari]], [[diag_mental:Haldol Decanoas]] 150 mg, pas d'effet indésirable.
- Ordonnance renouvelée à l'identique pour trois mois, prise de sang de contrôle (NFS, ionogramme, bilan hépatique) à faire en ville.
* Mme [[name:Chen]] [[name:Xiaoling]] (nom de famille en premier sur le titre de séjour) : [[diag_mental:état de stress post-traumatique]], interprète en mandarin demandé pour le [[date_partial:18]] du mois prochain.
* M. [[name:Tisserand]] [[name:Gérald]], [[diag_mental:TOC]] de vérification, exposition avec prévention de la réponse, 12 séances, amélioration de moitié à la Y-BOCS.
- Score de Hamilton à 12, MADRS à 14, pas de retentissement fonctionnel majeur.
* Appel du frère ([[other_name:Txomin]]) de M. [[name:Irigoyen]] [[name:Ander]] : a arrêté son [[diag_mental:Séroplex]] depuis deux semaines « parce qu'il va mieux ».
* Mme [[name:Cordonnier]] [[name:Aline]], 44 ans, [[diag_mental:anorexie mentale]] restrictive, IMC à 14,8, hospitalisation programmée en unité spécialisée à la [[date_month:mi-janvier]].
- CATTP : atelier cuisine annulé faute de participants, reporté à la semaine suivante.
* Permission de sortie de 48 h accordée à M. [[name:Mattei]] [[name:Ghjuvan-Petru]] (soins sans consentement, SPDT), retour dimanche 18h.
* Mme [[name:Belhadj]] épouse [[name:Ould Brahim]] [[name:Fatima-Zohra]] : [[diag_mental:dépression du post-partum]], [[diag_preg:accouchement]] le [[date_partial:2 septembre]], lien mère-bébé à soutenir.
- Echelle de Columbia réalisée, risque faible, plan de sécurité remis au patient avec les numéros d'urgence.
* Courrier au Dr [[other_name:Ollivier]] : M. [[name:Prince]] [[name:Jordan]], [[diag_mental:TDAH]] de l'adulte, introduction de [[diag_mental:Ritaline]] LP 20 mg, ECG normal.
* Suite à sa [[diag_mental:tentative de suicide]] par phlébotomie le [[date_partial:12/09]], Mme [[name:Dauphin]] [[name:Océane]] est revue à J8 : critique partielle, pas de nouveau passage à l'acte.
- Relève infirmière : nuit calme dans l'unité, deux patients en chambre d'apaisement sans contention.
* M. [[name:Zimmermann]] [[name:Jean-Luc]], [[diag_mental:psychose]] chronique, hébergé en famille d'accueil chez Mme [[other_name:Muller]] à Sélestat depuis 2019... non, depuis [[date_partial:juin 2018]].
* Le Dr [[other_name:Abitbol]] demande un avis sur l'[[diag_mental:olanzapine]] chez M. [[name:Lefebvre]] [[name:Quentin]] : prise de 9 kg en 4 mois, HbA1c à 6,4 %.
""")

# Social worker (assistante sociale) and PMI notes
ROWS.append(r"""
* Entretien social avec Mme [[name:Diallo]] [[name:Mariama]] : hébergée par le 115 à l'[[address:hôtel Le Relais]], [[address:chambre 12]], [[postcode_city:93200 Saint-Denis]], dossier DALO déposé le [[date_partial:6 mai]].
* Demande d'APA pour M. [[name:Le Goff]] [[name:Job]], 86 ans, GIR 3 ; sa fille Mme [[other_name:Le Goff]] [[other_name:Annaïck]] joignable au [[phone:02 98 44 17 63]].
- Point sur les droits : CSS ouverte jusqu'en décembre, mutuelle à résilier, carte Vitale à mettre à jour en pharmacie.
* M. [[name:Sissoko]] [[name:Bakary]], sans domicile stable, domiciliation administrative au CCAS, [[address:4 place de l'Hôtel de Ville]], [[postcode_city:59000 Lille]].
* Signalement au procureur pour [[name:Lina]] (Mlle [[name:Haddad]], 6 ans) après les déclarations de l'enfant ; père M. [[other_name:Haddad]] [[other_name:Karim]] non joignable.
* Mme [[name:Pereira da Silva]] [[name:Maria do Céu]] : retraite portugaise non versée depuis [[date_partial:juillet 2024]], courrier à la caisse de Lisbonne préparé avec elle.
- Aide ménagère 2 h par semaine accordée par la caisse de retraite, début prévu après validation du plan d'aide.
* Visite PMI au domicile de Mme [[name:Camara]] [[name:Fanta]], bébé né à 35 [[diag_preg:SA]], pesée 2 980 g, allaitement mixte, prochaine visite le vendredi [[date_partial:21]]... non, le jeudi [[date_partial:20]].
* PMI : Mme [[name:Rakotomalala]] [[name:Hanitra]], [[diag_preg:enceinte]] de 5 mois, sans suivi depuis le 1er trimestre ?
* Consultation puéricultrice : [[name:Noé]], fils de Mme [[other_name:Pigeon]] [[other_name:Élodie]], 4 mois, courbe de poids au 50e percentile, vaccins à jour.
- Bilan de santé en école maternelle : 24 enfants vus, 3 orientations en orthoptie, 1 vers l'ORL.
* Mme [[name:Erhart]] [[name:Odile]] épouse [[name:Roth]] vit seule au [[address:17 rue des Tonneliers]], [[address:2e étage]] sans ascenseur, [[postcode_city:67000 Strasbourg]] ; portage de repas proposé.
* Demande de mesure de protection pour M. [[name:Cazenave]] [[name:Beñat]] : certificat du médecin inscrit sur la liste du procureur, audience au tribunal de Bayonne en [[date_partial:février 2025]].
* Entretien avec Mme [[name:Tran]] [[name:Ngoc Anh]] et sa fille ([[other_name:Julie]]) : retour au domicile impossible, recherche d'EHPAD dans le secteur de Vénissieux.
- La commission de l'aide sociale à l'enfance se réunit le premier mardi du mois.
* M. [[name:Kouassi]] [[name:Yao Ernest]] : titre de séjour expiré le [[date:31/08/2024]], récépissé de demande de renouvellement en cours, AME refusée.
* [[diag_preg:Grossesse]] non suivie chez Mme [[name:Mendes Ferreira]] [[name:Ana Paula]], 19 ans, hébergée chez son compagnon M. [[other_name:Lopes]] ; entretien [[diag_preg:prénatal]] précoce proposé.
* Mme [[name:Aït Ali]] [[name:Dihya]] : [[diag_repro:IVG]] médicamenteuse souhaitée à 7 [[diag_preg:SA]], accompagnement social pour le tiers payant, mineure non émancipée.
- Réunion de concertation pluriprofessionnelle en périnatalité : 5 situations présentées, 2 suivis renforcés décidés.
* PMI secteur Nord : l'enfant [[name:Ibrahim]] [[name:Abdoul-Karim]], né le [[date:14/02/2022]], vu pour le bilan des 3 ans, langage en retard.
* Courrier CAF : Mme [[name:Meunier]] [[name:Sandrine]], allocataire n° [[id:2378541 K]], demande de RSA majoré pour parent isolé.
* M. [[name:Barbier]] [[name:Yvon]], ancien marin, vit dans sa voiture sur le parking du port de Lorient depuis l'hiver dernier.
- Aucune démarche sociale nécessaire à ce jour, patient autonome, entouré, droits ouverts.
* La voisine (Mme [[other_name:Vigneron]]) a appelé le service : Mme [[name:Goasguen]] [[name:Marie-Thérèse]] n'ouvre plus ses volets depuis samedi.
* Dossier MDPH de [[name:Malo]] [[name:Kerleau]] (Mlle ? M. ? : prénom épicène, M. selon l'état civil) : AEEH demandée, [[diag_mental:trouble du spectre autistique]] confirmé au CRA.
* Mme [[name:Ouattara]] [[name:Aminata]], victime de violences conjugales, mise à l'abri au [[address:CHRS L'Escale]] le [[date_partial:9 juin]] avec ses deux enfants.
- Permanence d'accès aux soins de santé : 11 personnes reçues ce matin, 4 ordonnances délivrées gratuitement.
* Mme [[name:Hamon]] [[name:Rozenn]], [[diag_preg:G2P1]], [[diag_preg:accouchement]] à domicile souhaité, sage-femme libérale Mme [[other_name:Kervella]].
* Pour M. [[name:Huang]] [[name:Wei]] : le nom d'usage « [[name:Wei Huang]] » figure sur sa carte Vitale, à harmoniser avec l'INS.
""")

# Pharmacy dispensing notes (PUI, rétrocession, officine calls)
ROWS.append(r"""
* Dispensation de [[diag_addict:méthadone]] gélules 60 mg pour 7 jours à M. [[name:Guerrero]] [[name:Iñaki]], relais de la pharmacie [[other_name:Etcheverry]] à Hendaye.
- Rupture de stock de l'amoxicilline buvable, substitution par une autre présentation validée avec le prescripteur.
* Rétrocession : [[diag_hiv:Dovato]] 1 boîte pour Mme [[name:Nkurunziza]] [[name:Claudine]], prochaine délivrance le [[date_partial:12/01]].
* Appel de l'officine de Quimperlé : ordonnance de [[diag_mental:Lithium]] de M. [[name:Tanguy]] [[name:Gwendal]] falsifiée ? Vérification faite, l'ordonnance est authentique.
- Préparation des piluliers de la semaine pour l'unité 3B, double contrôle par l'interne en pharmacie.
* M. [[name:Vo]] [[name:Minh Quan]] : [[diag_hiv:Biktarvy]] et Doliprane, interaction avec le fer oral, prises à décaler de 2 heures.
* Délivrance de [[diag_repro:Ellaone]] à une patiente mineure, Mlle [[name:Garnier]] [[name:Chloé]], 16 ans, anonymat demandé, gratuité appliquée.
- Chimiothérapie orale : capécitabine 1000 mg/m², 14 jours sur 21, calendrier de prise remis.
* PUI : [[diag_addict:Subutex]] 8 mg en délivrance quotidienne pour M. [[name:Rousseau-Benali]] [[name:Sofiane]], la pharmacie [[other_name:Meunier]] en ville prend le relais samedi.
* Traçabilité : Mme [[name:Fernandes Costa]] [[name:Lurdes]] a reçu l'immunoglobuline anti-D ([[diag_preg:Rhophylac]]) à 28 [[diag_preg:SA]], lot noté au dossier.
- Dose de vancomycine ajustée sur la résiduelle à 18 mg/L, prochain dosage après la 4e dose.
* Renouvellement de [[diag_mental:Deroxat]] et d'Atarax pour M. [[name:Lucas]] [[name:Enzo]] ; posologie inchangée.
* Conciliation : le fils de M. [[name:Bertrand]] [[name:André]] apporte un sac de boîtes, dont [[diag_mental:Tercian]] 25 mg que le patient ne déclarait pas.
- Les stupéfiants de l'armoire du service ont été recomptés : écart d'une ampoule de morphine, déclaration faite.
* [[diag_mental:Lithium]] : la [[diag_mental:lithémie]] de Mme [[name:Bellec]] [[name:Soizic]] est à 1,3 mmol/L, dose réduite, contrôle dans 5 jours.
* M. [[name:Benchekroun]] [[name:Adil]] : [[diag_hiv:PrEP]] en discontinu, 2 comprimés de [[diag_hiv:Truvada]] avant le rapport, 1 à 24 h, 1 à 48 h.
- Antibioprophylaxie : céfazoline 2 g à l'induction, réinjection à la 4e heure si chirurgie prolongée.
* Carte de [[diag_addict:TSO]] de M. [[name:Vidal]] [[name:Thierry]] perdue ; l'équipe du CSAPA confirme le dosage par téléphone.
* Officine [[other_name:Le Floch]] : la [[diag_repro:pilule]] de Mme [[name:Rivière]] [[name:Morgane]] (Optilova) n'est plus remboursée, alternative discutée.
- Mise en place du circuit de dispensation à délivrance nominative dans les unités de long séjour.
* Délivrance de Nicopatch 21 mg et de [[diag_addict:baclofène]] (indication alcool) à M. [[name:Morel]] [[name:Loïc]], [[diag_addict:sevrage alcoolique]] en cours.
* Demande de l'infirmière [[other_name:Agathe]] pour Mme [[name:Tahiri]] [[name:Nadia]] : peut-on écraser le [[diag_mental:Seroquel]] LP ? Réponse : non, forme à libération prolongée.
""")

# Radiology and consultation requests (bons de demande, avis spécialisés)
ROWS.append(r"""
* Demande d'IRM cérébrale pour Mme [[name:Lagadec]] [[name:Maïwenn]], née le [[date:23/04/1987]] : céphalées inhabituelles, [[diag_preg:grossesse]] en cours à 22 [[diag_preg:SA]], pas d'injection de gadolinium.
- Scanner thoraco-abdomino-pelvien avec injection, créatinine à 78 µmol/L, pas d'allergie connue, patient à jeun.
* Échographie pelvienne demandée par le Dr [[other_name:Castagnet]] : suspicion de [[diag_preg:GEU]] chez Mme [[name:Bordenave]] [[name:Maialen]], β-HCG à 1 850.
* Bon de radiologie : M. [[name:Pigeon]] [[name:Robert]], 79 ans, chute à l'[[address:EHPAD Les Glycines]], [[address:ch. 214]], douleur de hanche droite, radio bassin + hanche.
- Avis cardiologique demandé : souffle systolique 3/6 au foyer aortique, échographie cardiaque à programmer.
* Demande d'avis psychiatrique pour M. [[name:Rossi]] [[name:Lucca]], hospitalisé en orthopédie, [[diag_mental:idées suicidaires]] exprimées à l'IDE de nuit.
* Radio du poignet de [[name:Arthur]] [[name:Meunier-Lacroix]], 9 ans, adressé par l'école Jules-Ferry de Colmar après chute dans la cour.
- Mammographie de dépistage : ACR 2 bilatéral, contrôle dans deux ans dans le cadre du dépistage organisé.
* Demande de scanner pour M. [[name:Larrañaga]] [[name:Xabier]], IPP [[id:{ipp}]], traumatisme crânien sous anticoagulant, GCS 15.
* Consultation d'infectiologie demandée pour M. [[name:Ouédraogo]] [[name:Issouf]] : découverte de sérologie [[diag_hiv:VIH]] positive lors du bilan préopératoire.
- IRM lombaire : discopathie L4-L5 Modic 1, pas de conflit radiculaire, avis rhumatologique.
* Bon d'échographie obstétricale : Mme [[name:Benhamou]] [[name:Sarah]], T2 à 22 [[diag_preg:SA]], DDR le [[date_partial:3 mai]].
* Avis addictologie demandé pour M. [[name:Carré]] [[name:Nicolas]], consommation quotidienne d'[[diag_addict:héroïne]] sniffée, sortie prévue demain.
- Doppler des membres inférieurs : pas de thrombose veineuse profonde, insuffisance veineuse superficielle gauche.
* Demande d'avis gynécologique pour Mme [[name:Nsimba]] [[name:Divine]] : [[diag_repro:implant contraceptif]] non palpable, échographie du bras souhaitée.
* Coloscopie programmée le [[date_partial:27 novembre]] pour M. [[name:Vigneron]] [[name:Pascal]], préparation Moviprep la veille, arrêt du Kardégic non nécessaire.
- Télé-expertise dermatologique : lésion pigmentée du dos, photos transmises, réponse sous 7 jours.
* Avis néphrologique : M. [[name:Santoni]] [[name:Petru-Antone]], DFG à 28, demandé par le Dr [[other_name:Filippi]] (cabinet de Bastia, [[phone:04 95 31 22 80]]).
* IRM demandée pour Mlle [[name:Wagner]] [[name:Léa-Rose]] avant [[diag_mental:sismothérapie]], protocole du service, consentement signé par ses parents.
- Échographie abdominale : vésicule lithiasique sans signe de cholécystite, voies biliaires fines.
* Demande de consultation mémoire : Mme [[name:Fuchs]] [[name:Germaine]], MMS 21/30, accompagnée de son neveu M. [[other_name:Fuchs]] [[other_name:Bernard]].
* Avis urologique pour M. [[name:Ndiaye]] [[name:El Hadji Malick]] : écoulement urétral, [[diag_sti:gonococcie]] probable, PCR en cours.
- Demande d'EEG de veille après une première crise généralisée, pas de traitement antiépileptique débuté.
* Scintigraphie myocardique prévue le mardi [[date_partial:9 décembre]] à 8h30 pour M. [[name:Loubière]] [[name:Guilhem]] ; arrêt des bêtabloquants 48 h avant.
* Avis gériatrique pour M. [[name:Chapelle]] [[name:Roger]], 91 ans, syndrome de glissement, [[diag_mental:syndrome dépressif]] ?
- Avis ORL : paralysie faciale périphérique a frigore, corticothérapie et protection oculaire.
""")

# Emergency triage lines (IOA), terse, often in capitals or with abbreviations
ROWS.append(r"""
* IOA 14h12 : Mme [[name:Kervarec]] [[name:Enora]], 34 a, dlr FID depuis 48h, T 38,4, test de [[diag_preg:grossesse]] urinaire négatif, tri 3.
* IOA : M. [[name:MEUNIER]] [[name:GILLES]] 62A, DT constrictive 30 min, ECG fait, appel cardio, tri 1.
- IOA 02h40 : plaie du cuir chevelu suturable, pas de PC, vaccin antitétanique à jour, tri 4.
* IOA : [[name:ZHANG]] [[name:Lei]], 27 ans, étudiant, chute en trottinette, douleur poignet G, antalgie niveau 1.
* AMENEE PAR POMPIERS : MME [[name:ETCHEGARAY]] [[name:MAITE]] 81 ANS, RETROUVEE AU SOL A SON DOMICILE ([[address:3 CHEMIN DE LARRALDE]], [[postcode_city:64250 CAMBO-LES-BAINS]]), CONFUSE.
* IOA : M. [[name:Traoré]] [[name:Mamadou]], [[diag_addict:IEA]] (alcoolémie 2,8 g/L), plaie de l'arcade, surveillance en box.
- Triage : douleur abdominale épigastrique, EVA 6, constantes normales, lipase demandée.
* IOA 23h05 : Mlle [[name:Dupuis]] [[name:Manon]], 15 ans, [[diag_mental:IMV]] (paracétamol 8 g), ingestion à 20h, paracétamolémie à H4.
* Arrivée SMUR : M. [[name:Mouhoubi]] [[name:Ahcène]] né le [[date:02/11/1951]], ACR récupéré, intubé, adresse [[address:Cité des Oliviers]], [[address:bât 7]], [[postcode_city:13015 Marseille]].
* IOA : Mme [[name:Vieira Gonçalves]] [[name:Maria de Fátima]], [[diag_preg:enceinte]] de 30 [[diag_preg:SA]], contractions, orientée directement en salle de naissance.
- IOA : entorse de cheville en inversion, critères d'Ottawa négatifs, pas de radio, attelle.
* IOA : M. [[name:Bihan]] [[name:Tugdual]], 44 ans, agité, intoxication à la [[diag_addict:cocaïne]] rapportée par les amis, tachycarde 132.
* UHCD : Mme [[name:Pigeon]] [[name:Yvette]], 88 ans, chute de sa hauteur, hématome frontal, TDM sans saignement, retour à l'[[address:EHPAD du Parc]].
* Tri 2 : M. [[name:Haas]] [[name:Jean-Baptiste]], dyspnée, SpO2 86 % AA, BPCO connue, ttt par le SAMU.
- IOA : patient connu du service pour drépanocytose, crise vaso-occlusive, morphine selon protocole.
* IOA 17h : Mme [[name:Le Corre]] [[name:Nolwenn]] se présente pour [[diag_sti:herpès génital]] récidivant, consultation non urgente, réorientée vers le CeGIDD.
* Admis par la police : M. X se disant [[name:Mehdi]] [[name:Amrani]], sans papiers d'identité, [[diag_mental:bouffée délirante]], isolement.
* IOA : M. [[name:Pham]] [[name:Van Duc]] (nom de famille : [[name:Pham]]), 70 ans, ne parle pas français, fils ([[other_name:Tuan]]) traduit au téléphone [[phone:+33 7 81 45 22 09]].
- IOA : fièvre chez un enfant de 18 mois, bon état général, pas de signe de gravité, tri 4.
* IOA : M. [[name:Vigneron]] [[name:Fabrice]], 38 a, lombalgie aiguë après port de charge, pas de signe neuro, tri 5.
* Mme [[name:Okonkwo]] [[name:Chiamaka]], 25 ans, métrorragies sur [[diag_preg:grossesse]] de 8 [[diag_preg:SA]], β-HCG en attente, écho en urgence.
* IOA : M. [[name:Susini]] [[name:Dumè]], douleur thoracique, [[diag_addict:cannabis]] quotidien, ECG normal, tri 3.
- Salle d'attente : 34 patients, temps d'attente moyen 4 h 20, deux médecins en renfort.
* IOA 06h : Mme [[name:Bourdon]] [[name:Cécile]], [[diag_mental:attaque de panique]], 3e passage ce mois, pas d'orientation psy à ce jour.
* IOA : [[name:N'Guessan]] [[name:Aya Marie-Laure]], 22 ans, douleur pelvienne, [[diag_repro:DIU]] posé il y a 3 semaines.
* IOA : M. [[name:Chérif]] [[name:Ould Mohamed]], 53 ans, hyperglycémie à 4,2 g/L, pas de cétose, insuline oubliée depuis 3 j.
- IOA : brûlure du 2e degré de l'avant-bras par eau bouillante, 2 % de surface, pansement gras.
* IOA : M. [[name:Boulanger]] [[name:Hervé]], 67 ans, hématurie macroscopique, sous Eliquis, tri 3.
* Mme [[name:Leblanc]] épouse [[name:Guerin]] [[name:Jacqueline]], 77 ans, vertiges rotatoires, Dix-Hallpike positif à droite, manœuvre de Sémont.
* IOA 11h : M. [[name:Dos Santos Pereira]] [[name:José Manuel]], chute d'échafaudage 3 m, accident du travail, employeur prévenu.
""")

# Home care: HAD and SSIAD visit logs
ROWS.append(r"""
* HAD, passage IDE 8h15 chez M. [[name:Arrieta]] [[name:Mikel]], [[address:Maison Etxeberria]], [[address:route de Sare]], [[postcode_city:64310 Ascain]] : pansement d'escarre sacrée, stade 3, propre.
* SSIAD : Mme [[name:Riegert]] [[name:Marthe]], toilette au lit, refus du lever, fille ([[other_name:Christiane]]) prévenue par SMS.
- Tournée du matin : 9 patients, 1 absent (hospitalisé hier soir), matériel de perfusion livré au bon domicile.
* HAD : livraison de l'oxygène au [[address:45 bis route de Guérande]], [[postcode_city:44600 Saint-Nazaire]], chez M. [[name:Guihéneuf]] [[name:Joël]] ; code portail [[address:1952]].
* Passage SSIAD annulé : Mme [[name:Scotto di Luzio]] [[name:Carmela]] est chez sa fille à Menton jusqu'au [[date_partial:4 janvier]].
* HAD : Mme [[name:Pigeon]] [[name:Madeleine]], soins palliatifs, pompe de morphine PCA, débit de base 1 mg/h, bolus 1 mg, 3 bolus sur la nuit.
- Transmission : le lit médicalisé ne se relève plus, le prestataire passe demain matin.
* SSIAD secteur Ouest : M. [[name:Mével]] [[name:Corentin]], [[address:Kerouzéré]], [[postcode_city:29250 Sibiril]], chemin inondé, visite reportée.
* HAD obstétricale : Mme [[name:Fofana]] [[name:Kadiatou]], [[diag_preg:MAP]] à 31 [[diag_preg:SA]], monitoring à domicile, contractions rares.
* Visite IDE : M. [[name:Le Roux]] [[name:Per]] a rechuté de son [[diag_addict:alcoolisme]] selon son épouse Mme [[other_name:Le Roux]] [[other_name:Katell]] ; le médecin traitant sera appelé.
- Glycémie capillaire à jeun 1,32 g/L, injection de Lantus 18 UI faite, pieds examinés sans plaie.
* HAD : [[address:Résidence Les Hortensias]], [[address:bâtiment Iroise]], [[address:appt 23]], [[address:4e étage]], Mme [[name:Quéméner]] [[name:Annick]], antibiothérapie IV par PICC line.
* SSIAD : M. [[name:Weiss]] [[name:Albert]], 93 ans, [[address:4 Grand'Rue]], [[postcode_city:68140 Munster]] ; clé dans la boîte à clé, code [[address:0718]].
* HAD pédiatrique : [[name:Lou-Anne]] [[name:Perrot]], 6 ans, nutrition entérale la nuit, maman ([[other_name:Aurélie]]) formée aux soins.
- Le kiné libéral passe le lundi, le mercredi et le vendredi, la verticalisation progresse.
* Visite de l'infirmière coordinatrice : M. [[name:Gonçalves]] [[name:Albino]], [[address:lieu-dit Les Granges]], [[postcode_city:19200 Ussel]], aidant épuisé, répit à organiser.
* HAD psychiatrique : Mme [[name:Bernard]] [[name:Yolande]], [[diag_mental:mélancolie]], entretien à domicile, traitement par [[diag_mental:Anafranil]] bien toléré.
* SSIAD : retour de M. [[name:Sebbah]] [[name:Élie]] le [[date_partial:15]] au soir ; reprise des passages le [[date_partial:16]] au matin.
- Chute sans gravité ce matin, pas de douleur, téléalarme déclenchée, fils prévenu.
* HAD : Mme [[name:Vieira]] [[name:Rosa Maria]], [[address:Les Terrasses du Lac]], [[address:Bât C]], [[address:porte 112]], [[postcode_city:74000 Annecy]] ; digicode [[address:B2580]].
* IDE libérale Mme [[other_name:Duhamel]] signale que M. [[name:Lambert]] [[name:Serge]] stocke ses comprimés de [[diag_mental:Zoloft]] dans un tiroir : risque de surdosage.
* HAD : M. [[name:Caillaud]] [[name:Bernard]], [[address:Ferme de la Touche]], [[postcode_city:85140 Essarts-en-Bocage]], accès difficile en hiver.
- Relevé de poids hebdomadaire : stable à 61 kg, pas d'œdème, diurèse correcte.
* SSIAD de Haguenau : Mme [[name:Schmitt]] née [[name:Kuhn]] [[name:Odile]], hémiplégie droite, transferts à deux, lève-personne demandé.
* HAD : Mme [[name:Lin]] [[name:Meihua]], [[diag_preg:suites de couches]] pathologiques, [[diag_preg:hémorragie de la délivrance]], Hb contrôlée à 9,1.
* Visite à domicile : M. [[name:Dauphin]] [[name:Marc]], [[address:12, impasse des Vignes]], [[postcode_city:33330 Saint-Émilion]] ; la porte est à l'arrière de la maison.
- Pas de passage ce dimanche, patient en week-end chez ses enfants, reprise lundi 7h30.
* HAD : perfusion de fer chez Mme [[name:Hadjadj]] [[name:Samia]], [[address:tour B]], [[address:11e étage]], [[address:13 avenue de la Libération]], [[postcode_city:94200 Ivry-sur-Seine]].
* SSIAD : M. [[name:Le Meur]] [[name:Youenn-Mari]] a demandé que le passage du soir ait lieu après 19h, accord de l'infirmière [[other_name:Gaëlle]].
* HAD : M. [[name:Tessier]] [[name:Gaston]] décédé à domicile cette nuit à 3h10, constat par le Dr [[other_name:Morin]], famille présente.
""")

# School health and occupational health (médecine du travail, infirmière scolaire)
ROWS.append(r"""
* Infirmerie du collège : [[name:Maëlys]] [[name:Le Guen]], 4e B, malaise en EPS, glycémie 0,62 g/L, resucrage, mère appelée au [[phone:0660123487]].
* PAI pour [[name:Ilyes]] [[name:Benali]], CE2 : allergie à l'arachide, stylo d'adrénaline dans la trousse et à l'infirmerie.
- Visite de médecine scolaire des 6 ans : acuité visuelle 8/10 aux deux yeux, audition normale, dépistage des troubles du langage négatif.
* Médecine du travail : M. [[name:Vigneron]] [[name:Olivier]], cariste, apte avec restriction (pas de port de charge > 15 kg) jusqu'au [[date_partial:30 juin]].
* Visite de reprise de Mme [[name:Garcia Lopez]] [[name:Maria Carmen]] après [[diag_mental:burn-out]] avec [[diag_mental:épisode dépressif]], mi-temps thérapeutique proposé.
* Infirmière scolaire : [[name:Timothée]] (M. [[name:Pelletier]], terminale) confie une consommation de [[diag_addict:cannabis]] quotidienne et des [[diag_mental:idées suicidaires]] ; orientation vers la Maison des adolescents.
- Fiche d'exposition aux agents chimiques mise à jour, port des gants nitrile obligatoire à l'atelier de peinture.
* Santé au travail : M. [[name:Ferhat]] [[name:Rachid]], boulanger, asthme professionnel à la farine, reclassement à discuter avec l'employeur.
* Mlle [[name:Kerbrat]] [[name:Nina]], lycée de Morlaix : demande de [[diag_repro:contraception d'urgence]], délivrée par l'infirmière, entretien fait.
* Médecin du travail Dr [[other_name:Uhlmann]] : Mme [[name:Soto Fernández]] [[name:Lucía]], aide-soignante, [[diag_preg:enceinte]], aménagement de poste (pas de nuit, pas de manutention).
- Audiogramme de contrôle : perte de 25 dB à 4 kHz bilatérale, bouchons moulés recommandés.
* Infirmerie du lycée agricole : [[name:Théo]] [[name:Meunier]], 16 ans, plaie de la main par une tronçonneuse en TP, transfert aux urgences de Mayenne.
* Visite d'embauche de M. [[name:Nguyen]] [[name:Huu Phuoc]], né le [[date:17/09/1998]] à Hô-Chi-Minh-Ville, soudeur, apte.
* Équipe éducative pour [[name:Enzo]] [[name:Da Costa Martins]], CM1 : suspicion de dyslexie... non, bilan orthophonique normal ; difficultés liées au français langue seconde.
- Campagne de vaccination antigrippale du personnel : 312 agents vaccinés, taux de couverture de 41 %.
* Médecine du travail : Mme [[name:Lacroix]] [[name:Sophie]], [[diag_mental:syndrome anxio-dépressif]] réactionnel à un conflit avec sa cheffe Mme [[other_name:Verdier]], inaptitude temporaire.
* Collège Victor-Hugo : [[name:Yanis]] [[name:Mokrani]], 5e, absentéisme depuis la rentrée de [[date_month:septembre]], [[diag_mental:phobie scolaire]] évoquée par le CPE.
* Visite à la demande de M. [[name:Koné]] [[name:Souleymane]], agent de propreté : [[diag_hiv:VIH]] connu, ne souhaite pas en informer l'employeur, pas de restriction.
- Étude de poste au service expédition : écran trop bas, siège sans accoudoirs, recommandations écrites.
* Infirmière scolaire : [[name:Lison]] [[name:Pigeon]], 3e, se plaint d'un retard de règles... test urinaire négatif, entretien sur la [[diag_repro:contraception]], orientation CPEF.
* Mme [[name:Dubois-Arrieta]] [[name:Itziar]], enseignante, visite de pré-reprise après [[diag_preg:accouchement]] prématuré le [[date_partial:22 août]].
* Médecine du travail, SST de Mulhouse : M. [[name:Muller]] [[name:Jean-Paul]], chauffeur poids lourd, [[diag_addict:dépendance à l'alcool]] en rémission, suivi en addictologie, apte avec contrôles.
- Infirmerie : 14 passages dans la journée, 2 retours à domicile, aucune évacuation.
* Lettre à la famille de [[name:Noah]] [[name:Fontaine]] (M. [[other_name:Fontaine]] [[other_name:Cédric]], [[address:6 allée des Mésanges]], [[postcode_city:35200 Rennes]]) : poux, traitement à prévoir.
* PAI pour [[name:Aïcha]] [[name:Sow]], épilepsie absence, Valium intrarectal non autorisé à l'école, protocole d'appel au 15.
""")

# Letters and e-mails from family, forwarded into the record (pasted, informal, signatures)
ROWS.append(r"""
* Mail de la fille de Mme [[name:Roux]] [[name:Denise]] transféré par le secrétariat : « Bonjour, maman ne reconnaît plus personne depuis sa sortie du [[date_partial:12]], pouvez-vous rappeler ? [[other_name:Valérie]] [[phone:06 45 78 12 90]] »
* De : [[email:j.lehmann67@orange.fr]] — Objet : mon père M. [[name:Lehmann]] [[name:René]] — « Il refuse de manger et dit qu'il veut mourir, je suis inquiet. [[other_name:Jérôme]] »
* Courrier manuscrit de l'épouse de M. [[name:Iparraguirre]] [[name:Josu]], scanné le [[date_partial:3/03]] : demande que son mari ne soit pas informé du diagnostic.
* Transfert d'un mail de [[other_name:Gwenaëlle]] [[other_name:Morvan]] ([[email:gwen.morvan@laposte.net]]), soeur de la patiente, qui signale que Mme [[name:Morvan]] [[name:Armelle]] a rechuté dans la [[diag_mental:boulimie]].
- Courriel du service des admissions : la chambre particulière sera facturée à partir de la 3e nuit.
* « Madame, je vous écris au sujet de mon fils [[name:Kylian]] ([[name:Charpentier]], né le [[date:8 mars 2004]]), qui est suivi chez vous pour sa [[diag_mental:schizophrénie]]... » Lettre de Mme [[other_name:Charpentier]] [[other_name:Nathalie]], [[address:7 rue du Four]], [[postcode_city:71100 Chalon-sur-Saône]].
* Mail reçu sur la boîte du service : « Ma mère Mme [[name:Da Silva Rocha]] [[name:Alzira]] doit sortir quand ? On habite à 2h, merci de prévenir [[other_name:Carlos]] au [[phone:00 351 912 345 678]]. »
* De : [[other_name:Mai Phuong]] [[other_name:Trinh]] <[[email:maiphuong.trinh@gmail.com]]> — « Mon oncle M. [[name:Trinh]] [[name:Van Binh]] ne comprend pas le français, pouvez-vous appeler quand je suis présente ? »
- Message du secrétariat : le compte rendu opératoire a été envoyé au médecin traitant par messagerie sécurisée.
* Lettre du frère de M. [[name:Pietrasanta]] [[name:Orsu-Ghjuvanni]], [[address:Hameau de Canaghja]], [[postcode_city:20250 Corte]] : il souhaite être personne de confiance à la place de la nièce.
* Mail transféré par l'assistante sociale : « Bonjour, je suis la voisine de M. [[name:Meunier]] [[name:Jacques]], au [[address:22 rue de la Gare]], il a fait une [[diag_mental:tentative de suicide]] l'an dernier et il recommence à parler de ça. [[other_name:Sylvie]] »
* Courriel de M. [[other_name:Kaddour]] [[other_name:Ben Saïd]], fils de la patiente Mme [[name:Ben Saïd]] [[name:Zohra]] : demande d'une copie du dossier médical, pièce d'identité jointe.
* « Suite à notre appel de ce matin, je confirme que ma soeur [[name:Gaëlle]] ([[name:Le Moigne]]) est [[diag_preg:enceinte]] et ne veut pas que nos parents le sachent. [[other_name:Solenn]] » (mail du mardi [[date_partial:14]]).
- Réponse type envoyée : les informations médicales ne peuvent être transmises par courriel non sécurisé.
* Mail de [[email:famille.hoffmann@free.fr]] : « Papa ([[name:Hoffmann]] [[name:Raymond]]) a oublié ses lunettes et son appareil auditif dans la chambre 8 du service. »
* Lettre de Mme [[other_name:Sanchez]], mère de [[name:Lucas]] [[name:Sanchez]], 14 ans : demande de dispense de sport après son hospitalisation en pédopsychiatrie.
* Extrait de mail de [[other_name:Fatoumata]] : « ma mère [[name:Coulibaly]] [[name:Assitan]] a arrêté ses médicaments du [[diag_hiv:VIH]] depuis le ramadan, elle a peur qu'on le dise à la famille ».
* Message vocal retranscrit : « C'est [[other_name:Pierre-Yves]], le fils de M. [[name:Guillou]] [[name:Hervé]], rappelez-moi au [[phone:02.97.65.43.21]] ou au [[phone:07 88 90 12 34]] ».
- Courriel de la direction : rappel des consignes de confidentialité pour les patients hospitalisés sous pseudonyme.
* De : [[email:b.etxeberria@wanadoo.fr]] — « Je suis l'infirmière de M. [[name:Etxeberria]] [[name:Battittu]] à Saint-Palais, son pansement du vendredi [[date_partial:5]] a saigné, que faire ? »
* Mail de l'épouse de M. [[name:Vigneron]] [[name:Thierry]] : il boit en cachette, « il lui faut un [[diag_addict:sevrage alcoolique]], il ne tiendra pas seul ».
* Lettre recommandée de M. [[other_name:Zimmer]] [[other_name:Alfred]], curateur de Mme [[name:Zimmer]] [[name:Lucienne]] : refus du devis de prothèse dentaire.
* Mail de [[other_name:Leïla]] à l'équipe : « Ma mère, Mme [[name:Ould Ahmed]] [[name:Khadija]], est rentrée le dimanche [[date_partial:22 juin]] et elle saigne encore depuis l'[[diag_repro:IVG]], est-ce normal ? »
* Signature collée en bas de l'e-mail : [[other_name:Françoise]] [[other_name:Meunier]] — Assistante de direction — [[phone:03 88 12 34 56]] — [[email:f.meunier@transports-alsace.fr]].
""")

# Identity desk and hospital-export shapes (admission lines, labelled identifiers, addresses as exported)
ROWS.append(r"""
* Admission : NOM [[name:LE DUFF]] PRÉNOM [[name:GWENOLA]] NÉE LE [[date:04/07/1962]] ADR. [[address:12 RUE DE BREST]] [[postcode_city:29200 BREST]] TÉL [[phone:0298451276]].
NAVARRO GIMENEZ|Pilar|||||*|Patiente : [[name:NAVARRO GIMENEZ]] [[name:Pilar]] - Domicile : [[address:5 AV DU MARECHAL FOCH]] - [[address:RES LE GRAND PAVOIS]] - [[postcode_city:66000 PERPIGNAN]] - Port. [[phone:06 12 98 77 40]].
* Fusion de dossiers : IPP [[id:{ipp}]] et IPP [[id:21840173]] concernent la même personne, Mme [[name:Vannier]] [[name:Colette]], doublon supprimé.
* Identité INS qualifiée pour M. [[name:Coadou]] [[name:Yves-Marie]], NIR [[nir:{nir:1 49 03 29 019 212}]], lieu de naissance Landerneau.
* NDA [[id:2500183342]] / M. [[name:Saïdi]] [[name:Ali Ben Mohamed]] / né le [[date:1er avril 1958]] / Adresse [[address:Foyer Adoma]], [[address:ch. 310]], [[address:18 rue Marcel Paul]], [[postcode_city:93300 Aubervilliers]].
- Export GAM : champ adresse vide, patient orienté vers l'accueil pour mise à jour.
* Étiquette patient : [[name:TORRES]] [[name:Juan Carlos]] — IPP [[id:{ipp}]] — né le [[date:29/02/1968]] — séjour n° [[id:S2025-041187]].
* Changement d'adresse déclaré par Mme [[name:Nicolaï]] [[name:Antonia]] : ancienne adresse [[address:Résidence U Palazzu]], Bastia ; nouvelle adresse [[address:route de Saint-Florent]], [[address:villa Mimosa]], [[postcode_city:20200 Ville-di-Pietrabugno]].
* Mme [[name:Ahmadou]] [[name:Hadiza]], date de naissance inconnue, enregistrée au [[date:01/01/1985]] par défaut, à corriger.
* Adresse : [[address:Appt 4012]] [[address:Tour Mirabeau]] [[address:4 square Henri-Dunant]] [[postcode_city:75015 PARIS]] ; Tél. dom. : [[phone:01-45-78-90-12]].
DA ROCHA PEREIRA|Manuel António|||||*|Identité : [[name:DA ROCHA PEREIRA]] [[name:Manuel António]], nom d'usage [[name:PEREIRA]], né à Braga (Portugal) le [[date:15 octobre 1949]].
* Erreur d'identité évitée : deux patientes [[name:Nguyen]] [[name:Thi Hoa]] et [[other_name:Nguyen]] [[other_name:Thi Hoa]] nées la même année, vérification par la date complète ([[date:12/05/1951]]).
* [[name:KLEIN]] [[name:Marie-Odile]], [[address:17 RTE DE COLMAR]] [[postcode_city:68000 COLMAR]], médecin traitant Dr [[other_name:Hueber]], RPPS [[rpps:{rpps:1000574213}]].
- Identitovigilance : bracelet d'identification posé à l'entrée, vérifié au bloc, concordant.
* M. [[name:Ben Abdallah]] [[name:Mohamed Salah]] ([[name:BENABDALLAH]] sur sa carte Vitale), [[address:34 cité Jardin]], [[postcode_city:69200 Vénissieux]], n° sécurité sociale [[nir:{nir:1 72 11 99 350 048}]].
* Contact d'urgence : M. [[other_name:Urrutia]] [[other_name:Koldo]], [[phone:+34 943 21 45 67]], cousin de M. [[name:Urrutia]] [[name:Aitor]].
* Adresse de facturation : [[address:CS 30241]], [[postcode_city:35502 VITRE CEDEX]], mutuelle de Mme [[name:Josse]] [[name:Brigitte]].
* Fiche de liaison : Mme [[name:Ouali]] [[name:Tassadit]], [[address:Bâtiment 4]], [[address:Escalier C]], [[address:RDC]], [[address:12 rue Anatole France]], [[postcode_city:92230 Gennevilliers]].
- Identité provisoire « Anonyme 2 » créée au déchocage, à fusionner dès l'arrivée de la famille.
* Adresse déclarée : SDF, domiciliation [[address:Secours Catholique]], [[address:BP 113]], [[postcode_city:84000 Avignon]] ; M. [[name:Drouet]] [[name:Kevin]].
* M. [[name:Haddad]] [[name:Elias]], né le [[date:11/11/1975]] à Beyrouth, e-mail [[email:elias.haddad75@hotmail.fr]], pas de téléphone.
* Dossier de Mme [[name:Uhl]] [[name:Jeanne]] : ancienne adresse [[address:2 place Kléber]], Strasbourg, retour de courrier « n'habite pas à l'adresse indiquée ».
* M. [[name:Ferreira dos Santos]] [[name:João Paulo]], [[address:chemin de la Cavée]], [[address:La Bouillie]], [[postcode_city:22240 Fréhel]], tél. [[phone:06 98 45 32 10]].
* Mlle [[name:Li]] [[name:Xiaomei]], étudiante, [[address:Résidence universitaire Cité U Paillade]], [[address:chambre A-213]], [[postcode_city:34080 Montpellier]].
""")

# Nothing to hide: look-alikes (eponyms, drugs, scores, units, wards, devices, lab values, trades and words that are surnames elsewhere)
ROWS.append(r"""
- Signe de Lasègue positif à 40° à gauche, réflexe achilléen aboli, pas de déficit moteur.
- Maladie de Basedow traitée par Néomercazole, TSH effondrée, T4 libre à 32 pmol/L.
- Score de Glasgow à 14 (Y3 V5 M6), pupilles égales et réactives, pas de signe de localisation.
- Syndrome de Cushing iatrogène sur corticothérapie prolongée, décroissance de la prednisone sur 6 semaines.
- Réanimation Pasteur 2, lit 6 : sevrage de la ventilation mécanique en cours, aide inspiratoire 8, PEP 5.
- Sonde de Foley CH 16 posée à 10h, diurèse horaire 60 mL, urines claires.
- Classification de Child-Pugh B8, MELD à 14, ascite modérée, pas d'encéphalopathie.
- Prothèse de hanche type Charnley, luxation postérieure réduite sous AG, attelle d'abduction.
- Test de Schirmer : 4 mm à 5 minutes, syndrome sec, larmes artificielles.
- Service Claude-Bernard, 3e étage, unité de médecine interne ; visites de 13h à 20h.
- Hémoglobine 11,2 g/dL, plaquettes 245 G/L, CRP 4 mg/L, ferritine 18 µg/L : carence martiale.
- Kit de Seldinger, cathéter de Swan-Ganz retiré à J3, pas d'infection.
- Chambre implantable posée à droite, contrôle radiologique satisfaisant, utilisable immédiatement.
- Maladie de Horton, biopsie de l'artère temporale positive, corticothérapie 0,7 mg/kg.
- Manœuvre de Valsalva inefficace, adénosine 6 mg puis 12 mg, retour en rythme sinusal.
- Le boulanger du village livre le pain à l'EHPAD tous les matins, les résidents apprécient.
- Pavillon Pinel, unité fermée : règlement intérieur remis à l'entrée.
- Traitement habituel : Levothyrox 100, Inexium 40, Forlax 2 sachets, Tardyferon 80.
- Classification de Gustilo IIIa, fixateur externe, antibioprophylaxie par Augmentin.
- Signe de Murphy négatif, échographie sans lithiase, bilan hépatique normal.
- Le meunier et le vigneron sont les deux métiers les plus représentés dans ce canton rural.
- Centre Léon-Bérard : RCP de sarcome, dossier présenté mardi, pas de chimiothérapie adjuvante.
- Escarre talonnière stade 2, matelas à air, décharge par coussin de Bultex.
- Indice de Tiffeneau à 62 %, trouble ventilatoire obstructif réversible sous salbutamol.
- Polyarthrite rhumatoïde, DAS28 à 3,1, méthotrexate 15 mg/semaine et Speciafoldine.
- Gilet de Dujarier pendant 3 semaines, rééducation douce ensuite.
- Score de Norton à 11, risque d'escarre élevé, retournements toutes les 3 heures.
- Hôpital Necker, unité de néphrologie pédiatrique : transfert validé, ambulance à 14h.
- Maladie de Paget osseuse, phosphatases alcalines à 320 UI/L, bisphosphonate proposé.
- Réglette de Snellen à 3 m, acuité 6/10 à droite, 8/10 à gauche.
- Pigeonneau en sauce au menu de Noël, texture adaptée mixée pour les résidents à risque de fausse route.
- Électrodes de Holter posées pour 24 heures, carnet d'activité remis.
- Critères de Duke : 1 majeur et 3 mineurs, endocardite possible, ETO demandée.
- Aiguille de Huber changée, pansement transparent refait, point de ponction propre.
- Sonde de Blakemore en place, hémorragie digestive contrôlée, transfusion de 2 CGR.
- Score de CHA2DS2-VASc à 4, HAS-BLED à 2, anticoagulation par apixaban 5 mg x2.
- Kinésithérapie : méthode Mézières, 2 séances par semaine, gainage et étirements.
- Protocole de Mitrofanoff discuté en staff d'urologie pédiatrique.
- Maladie de Dupuytren stade II à droite, aponévrotomie à l'aiguille proposée.
- Chaussures de décharge type Barouk, appui talonnier autorisé.
- Ordonnance de kinésithérapie : 15 séances de rééducation de l'épaule selon Neer, à domicile.
""")

# Mixed: spelled-out dates, ages, ordinary-word surnames in kept positions, sensitive terms in passing
ROWS.append(r"""
* Mme [[name:Pigeon]] [[name:Marcelle]], née le [[date:vingt-deux février mil neuf cent trente-huit]], dicté par l'intéressée.
* RDV fixé au [[date_partial:premier décembre]] pour M. [[name:Meunier]] [[name:Alain]], consultation de neurologie.
* La fille de M. [[name:Cordonnier]] [[name:Jean]] dit qu'il est né « le [[date_partial:quinze août]], comme la fête ».
* Mme [[name:Vigneron]] [[name:Brigitte]] et M. [[name:Vigneron]] [[name:Pierre]] sont venus ensemble : ils ont le même médecin, le Dr [[other_name:Tisserand]].
* Entretien avec M. [[name:Dauphin]] [[name:Lucas]], 23 ans, [[diag_mental:trouble de la personnalité borderline]], [[diag_mental:automutilations]] multiples.
* Mme [[name:Prince]] [[name:Léonie]] : [[diag_preg:grossesse]] de découverte fortuite, terme estimé au [[date_partial:10 mai]].
* Mme [[name:Chapelle]] [[name:Odette]], 97 ans, hospitalisée depuis le [[date_partial:deux]] de ce mois pour une pneumopathie.
* M. [[name:Meunier]] est revu par le Dr [[other_name:Pigeon]] : le souffle a disparu, pas d'échographie nécessaire.
* Avis du Dr [[other_name:Vigneron]] (urologue) pour M. [[name:Charpentier]] [[name:Yves]], [[diag_sti:syphilis]] secondaire, Extencilline 2,4 MUI.
* Patient [[name:Le Cordonnier]] [[name:Pierrick]], 56 ans, ébéniste, amputation partielle de l'index droit.
* Mme [[name:Boulanger]] [[name:Marie-Hélène]], [[diag_mental:schizo-affectif]], [[diag_mental:Leponex]] 300 mg, NFS du jeudi [[date_partial:6]] normale.
* M. [[name:Tonnelier]] [[name:Firmin]] : infection [[diag_hiv:VIH]] connue depuis 1996... non, depuis [[date_partial:avril 1996]], [[diag_hiv:Triumeq]], charge virale indétectable.
* Mme [[name:Meunier]] [[name:Clarisse]], [[diag_preg:césarienne]] le [[date_partial:11 juin]], suites simples, sortie à J4.
* Consultation du [[date_partial:vingt-six septembre]] : M. [[name:Pigeon]] [[name:Arnaud]] a perdu 6 kg, bilan digestif programmé.
* M. [[name:Sauvage]] [[name:Ghislain]], [[diag_addict:héroïnomane]] sevré, sous [[diag_addict:méthadone]] 40 mg depuis l'[[date_partial:été 2021]].
* Mme [[name:Prieur]] [[name:Danièle]] (son fils [[other_name:Cordonnier]] [[other_name:Hugo]], d'un premier mariage) signe la sortie contre avis médical.
* M. [[name:Berger]] [[name:Louis]], berger dans les estives, morsure de chien de troupeau, vaccin antitétanique à faire.
* Mme [[name:Chevalier]] [[name:Annie]] : [[diag_mental:trouble dépressif majeur]], [[diag_mental:Brintellix]] 10 mg introduit le [[date_partial:8/10]].
* [[name:Vigneron]] [[name:Maxime]], 12 ans, fracture du radius en tombant d'un arbre, plâtre brachio-antébrachial.
* M. [[name:Marchand]] [[name:Didier]], commerçant (marchand de vin) : [[diag_addict:alcoolisme]] reconnu, [[diag_addict:Aotal]] depuis 2 mois.
""")

SET = HandSet("heldout21", "twenty-first", ROWS, HEADER_NOTE, "21")

if __name__ == "__main__":
    SET.main(__doc__)
