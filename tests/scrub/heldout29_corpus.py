#!/usr/bin/env python3
"""The twenty-ninth hand set of labeled rows ("heldout29", issue 10).

  heldout29_corpus.py --write      write heldout29_rows_{dev,frozen}.txt
  heldout29_corpus.py --check      exit 1 if those files differ from what
                                   this script writes (make scrub-heldout)
  heldout29_corpus.py --lint       the writer's check, before the split

The rows below were typed by hand by the helper heldout29 (thirty-fifth
pass), who did not read the detectors (src/, include/, conf/) nor any
scrubber output while typing.  Read: the helpers' brief; handset.py whole;
heldout28_corpus.py's docstring, first five blocks and last two blocks
(the file format and the label widths); docs/scrub.md's "Held-out corpus"
opening (label kinds, widths), "Conventions left as they are" and the
heldout28 section; the Makefile's genre lines of heldout2 to heldout28
and its scrub-heldout targets (to choose registers and name origins none
of them has); greps of the earlier sets: counts of the sensitive labels
of heldout10-28's dev halves by kind and text, a dozen excerpts of
`[[id:`, addresses abroad, years of birth as `[[date_partial:`, pets'
names, ages over 89, religious titles; a grep of the earlier scripts for
the registers listed below (none gives them a block).

The genres are registers none of the twenty-eight sets gives a block to:
rare-disease reference centres and registries (BaMaRa, ORPHA codes, PNDS,
emergency cards, patient associations); anti-doping controls and
federation sports medicine (AFLD sample numbers, AUT, licences,
surclassement); court-ordered care (injonction and obligation de soins,
the médecin coordonnateur, SPIP, electronic tags and assigned homes);
agricultural health and zoonoses (MSA occupational health, Q fever,
tularaemia, echinococcosis, psittacosis, a vet's call, exotic pets); body
donation to science (donor cards, the anatomy lab, the families); festival
and event first-aid posts (concerts, a marathon, lost children,
intoxications); religious communities (a convent's infirmary, sisters and
brothers by religious names, an abbey); French expatriates and the Caisse
des Français de l'étranger (consulates, addresses abroad, repatriation of
a file); aviation medicine fitness (pilots, cabin crew, air traffic
controllers, class 1 and 2 certificates, licence numbers); low vision and
blind services (guide dogs, Braille letters, orientation and mobility
instructors); phase I units with healthy volunteers (the national
volunteers' file, indemnities, washout); therapeutic coordination
apartments (ACT) for people living with HIV or hepatitis; telemedicine
carts in EHPAD (requérant and requis); the same genres once more as
letters, English notes, lists in capitals, SMS and dictation; a last block
of typed-context rows.
Over a third of the rows (96 of 267) are label-free look-alikes: eponymous
diseases, signs and tests of these genres (Gaucher, Pompe, Fabry, Wilson,
Marfan, Duchenne, Charcot-Marie-Tooth, Ruffier-Dickson, Ishihara, Amsler,
Stargardt, Weil), drugs, prohibited substances that are no group's, lots,
saints' days and abbeys, and this set's surnames used as words (fontaine,
charpentier, boucher, barbier, loiseau, lièvre, sage, gentil, rivière,
bonnet, vaillant, page, marin; vincent as a saint, germain as a cousin).

Name sources: typed from general knowledge, no list read or downloaded:
Provençal (Roumanille, Aubanel, Reboul, Chabrand, Bérenger; Magali,
Mireille, Frédéri), Landais and Gascon (Lartigau, Darrigade, Labat,
Dupouy, Lafitte), Charentais (Guérineau, Bouineau, Rabiller, Chaigneau),
Angevin (Gasnier, Houdebine, Brochard), Lyonnais and Bressan (Tarpin,
Perrichon, Bernollin), South Sudanese (Deng, Garang, Majok, Malual, Akech;
Nyandeng, Achol), Sierra Leonean and Liberian (Koroma, Sesay, Bangura,
Kamara, Macauley; Fatmata, Isatu, Abu), Malawian and Zambian (Banda,
Phiri, Mwale, Tembo, Chilufya; Chikondi, Thandiwe, Mphatso), Ovambo
(Shikongo, Nghidinwa, Amupadhi; Ndapewa), Equatoguinean Fang (Obiang,
Nsue, Ndong Mba, Esono; Crescencia), Santomean (Trovoada, Espírito Santo;
Guilherme), Maldivian (Naseem, Rasheed; Aishath, Mariyam), Sherpa
(Pasang, Lhakpa, Mingma, Dawa Sherpa), Timorese (Ximenes, Guterres,
Soares; Ermelinda, Domingos), Tajik (Rahmonova, Saidov, Nazarov; Firuza,
Farrukh, Dilnoza), Faroese (Joensen, Poulsen; Rúni, Sunneva), Scottish
Gaelic (MacLeod, Morrison, MacInnes; Eilidh, Ruaraidh, Catriona),
Valdôtain (Chabod, Jaccod, Vuillermoz), Macedonian (Stojanovski,
Trajkovska; Biljana, Goran), Bosnian (Hodžić, Begović, Mujić; Amra, Emir),
Egyptian (Abdel Fattah, El-Sayed, Hegazy; Mona, Tarek, Nourhan), Cajun
(Thibodeaux, Boudreaux, Arceneaux; Clothilde), Innu (Mestokosho,
Vollant, Kanapé; Uapukun), Ni-Vanuatu (Kalsakau, Natapei, Tevi; Selwyn),
Okinawan (Higa, Chinen, Oshiro; Kana, Shinji), Karana of Madagascar
(Rajabali, Jivadjee, Hassam; Zahir, Shamim); French surnames that are
given names (Vincent, Julien, Clément, Germain, Hubert, Raymond, Roland,
Léon, Lucas, Olivier, Gauthier, Baptiste, Adam, Arnaud, Aubert) and
ordinary words (Fontaine, Charpentier, Boucher, Barbier, Mercier,
Loiseau, Lièvre, Sage, Gentil, Joly, Rivière, Bonnet, Vaillant, Page,
Marin); religious names (Sœur Marie-Bernadette, Frère Jean-Baptiste).

Everything is invented: people, homes and numbers.  Street names may be
real street names; no row is a real patient's.  The frame (row shorthand,
placeholders, what is computed, the split: rows ranked by
sha256("heldout29\\n" + row), the lower half to the dev file) is
tests/scrub/handset.py's, as heldout14's to heldout28's.

Labeling choices (the earlier sets'; new cases written here): a religious
name is the person's name (`Sœur [[name:Marie-Bernadette]]`), the title
outside; a convent or abbey where the patient lives, named with its street,
is `address` for the street, the community's name stays (as a crèche or an
employer), an abbey named as a place stays; an AFLD sample number, a
sports licence, a BaMaRa or registry number, a body donor's card, a pilot's
licence, a CFE member number, a volunteer's number in the national file, a
SPIP or parquet file number are `id`; a study's code, a lot, a flight, an
ORPHA code and an ICD code stay; a positive control for cannabis or
cocaine, MDMA, ketamine and GHB taken at a festival are `diag_addict`,
anabolic steroids, EPO and corticoids are no group's; a guide dog's name
stays (pets, heldout17); hepatitis B and C stay, HIV and its drugs are
`diag_hiv`; a court's order for alcohol care labels the alcohol words;
`SA` alone; weekdays stay outside the date; a year of the person's event
is `date_partial`, a law's or a registry's year stays; a town alone
stays, a town abroad with its postcode is `postcode_city`; ages stay.
"""
from handset import HandSet

HEADER_NOTE = """\
# Typed by hand by the helper heldout29 without reading the detectors or any scrubber output (see the script's
# docstring for what was read); invented people, homes and numbers only. NIR keys, RPPS/FINESS Luhn digits,
# IBAN check digits and IPPs written `*` are computed by the script. Split by rank of sha256("heldout29\\n" + row), lower half dev.
"""

# ------------------------------------------------------------------ rows
# Typed by genre; within one, by register.

ROWS = []
# Rare-disease reference centres and registries
ROWS.append(r"""
* Centre de référence des maladies lysosomales : Mme [[name:Roumanille]] [[name:Magali]], maladie de Gaucher type 1, perfusion d'imiglucérase tous les 15 jours en HDJ ; prochaine le [[date_partial:19/01]].
- La maladie de Pompe de l'adulte se présente souvent comme une faiblesse des ceintures ; dosage de l'alpha-glucosidase sur buvard.
* Saisie BaMaRa pour [[name:Deng]] [[name:Achol]], née le [[date:11/02/2014]], code ORPHA:558 (syndrome de Marfan), identifiant registre [[id:BMR-2026-004417]].
- PNDS Ehlers-Danlos mis à jour ; les kinés du réseau l'ont reçu par mail.
* M. [[name:Aubanel]] [[name:Frédéri]], 41 ans, maladie de Fabry : douleurs des extrémités, protéinurie à 0,6 g/24h ; migalastat poursuivi.
* Carte d'urgence maladie rare remise à la mère de [[name:Chilufya]] [[name:Mphatso]] (déficit en MCAD) : pas de jeûne de plus de 8 h, glucosé IV si vomissements.
- Consultation multidisciplinaire Charcot-Marie-Tooth le jeudi matin : neurologue, MPR, podo-orthésiste.
* Maladie de Wilson chez [[name:Hodžić]] [[name:Emir]], 19 ans : anneau de Kayser-Fleischer, cuprurie élevée ; la sœur ([[other_name:Amra]]) est dépistée le [[date_partial:2 février]].
* Réunion de l'association de patients (Alliance Maladies Rares) : Mme [[other_name:Bérenger]] représentera les familles de Provence.
* Dystrophie de Duchenne : [[name:Lartigau]] [[name:Théo]], 12 ans, perte de la marche en [[date_month:septembre]] ; corticoïdes, échographie cardiaque annuelle.
- Rendu-Osler : épistaxis quotidiennes, fer IV, bevacizumab discuté en RCP nationale.
* Le Dr [[other_name:Chabrand]] (CRMR de Marseille) demande le génotype de M. [[name:Reboul]] [[name:Lucien]] avant l'inclusion dans l'étude FAB-EXT.
- Syndrome de Prader-Willi : hyperphagie, accès à la cuisine fermé à clé, GH jusqu'à la fin de la croissance.
* Mme [[name:Tembo]] [[name:Thandiwe]], drépanocytaire SS suivie en Zambie jusqu'en [[date_partial:2019]], transfert du dossier au centre de référence ; tél. [[phone:06 12 48 93 07]].
- Maladie de Steinert : myotonie de préhension, cataracte précoce, surveillance du rythme par Holter annuel.
* Neurofibromatose de type 1 : [[name:Banda]] [[name:Chikondi]] a 7 taches café au lait et des lentisques de Lisch ; IRM cérébrale le [[date:14/03/2026]].
""")
# Anti-doping controls and federation sports medicine
ROWS.append(r"""
* Contrôle antidopage AFLD à l'issue du match : [[name:Koroma]] [[name:Abu]], licence FFF n° [[id:2544871203]], échantillon urinaire A/B n° [[id:4127385]], escorte par le délégué.
- Le test de Ruffier-Dickson est normal, indice à 4 ; ECG de repos sans anomalie.
* AUT accordée pour [[name:Darrigade]] [[name:Mathilde]] (salbutamol inhalé, asthme d'effort) valable jusqu'au [[date:31/08/2027]].
* Résultat anormal : cannabinoïdes dans l'échantillon de M. [[name:Sesay]] [[name:Mohamed]] ([[diag_addict:cannabis]] fumé en soirée, dit-il) ; l'échantillon B sera ouvert le [[date_partial:12 janvier]].
- Liste des interdits 2026 : les glucocorticoïdes par voie orale restent interdits en compétition.
* Certificat de surclassement pour [[name:Labat]] [[name:Jules]], né le [[date:07/05/2011]], rugby U15 ; échographie cardiaque faite.
* Le médecin fédéral (Dr [[other_name:Perrichon]]) signale la prise d'EPO chez un cycliste amateur : M. [[name:Tarpin]] [[name:Kevin]], suspendu 4 ans.
* Entretien avec [[name:Nghidinwa]] [[name:Ndapewa]], marathonienne : aménorrhée depuis 8 mois, pas de [[diag_preg:grossesse]], bilan RED-S demandé.
- VO2max à 62 mL/kg/min, seuil ventilatoire à 82 % ; reprise des intervalles dans 10 jours.
* Contrôle inopiné au domicile de Mlle [[name:Rahmonova]] [[name:Dilnoza]] (lutte), [[address:14 allée des Érables]], [[postcode_city:69008 Lyon]] : localisation ADAMS non mise à jour, un manquement.
* Boxeur [[name:Mwale]] [[name:Kondwani]], KO au 3e round le [[date_partial:6 décembre]] : Glasgow 14, scanner normal, interdiction de combat 28 jours.
- Test de Cooper : 2 850 m en 12 minutes, bon niveau pour l'âge.
* Joueur de handball ([[name:Vincent]] [[name:Hugo]]) sous [[diag_mental:sertraline]] depuis l'été : pas d'AUT nécessaire, la molécule n'est pas sur la liste.
* La kiné du club, Mme [[other_name:Loiseau]], appelle pour [[name:Bangura]] [[name:Isatu]] : entorse de cheville grade 2, retour au jeu dans 3 semaines.
- Échantillon B ouvert en présence de l'avocat ; le laboratoire confirme le résultat du flacon A.
""")
# Court-ordered care: injonction and obligation de soins, SPIP
ROWS.append(r"""
* Injonction de soins pour M. [[name:Guérineau]] [[name:Pascal]] : le médecin coordonnateur (Dr [[other_name:Houdebine]]) reçoit le rapport du psychiatre traitant tous les 3 mois.
* Obligation de soins ([[diag_addict:alcool]]) : M. [[name:Bouineau]] [[name:Franck]] présente son attestation de suivi au CSAPA pour le SPIP, dossier n° [[id:SPIP-17-2026-0318]].
- La loi du 17 juin 1998 a créé le suivi socio-judiciaire avec injonction de soins.
* Conseillère SPIP (Mme [[other_name:Rabiller]]) : M. [[name:Chaigneau]] [[name:Damien]] a manqué deux RDV ; elle demande si les soins continuent, réponse : secret médical, seule l'attestation est transmise.
* Placement sous surveillance électronique de M. [[name:Majok]] [[name:Garang]] : assignation au [[address:5 rue Gambetta, 2e étage]], [[postcode_city:17300 Rochefort]], sorties 8h-19h pour le travail.
* Le juge d'application des peines fixe le prochain point au [[date_partial:20 mars]] ; M. [[name:Gasnier]] [[name:Yohann]] est suivi pour [[diag_mental:trouble de la personnalité antisociale]] au CMP.
- L'attestation de suivi ne mentionne ni le diagnostic ni le contenu des séances.
* Obligation de soins après violences conjugales : M. [[name:Brochard]] [[name:Cédric]], [[diag_addict:alcoolodépendance]], [[diag_addict:sevrage]] programmé au SSR addicto le [[date_partial:3/02]].
* Parquet de La Rochelle, procédure n° [[id:26/0114/JP]] : expertise psychiatrique de Mme [[name:Akech]] [[name:Nyandeng]] demandée avant le procès.
- Les stages de sensibilisation à la sécurité routière ne sont pas des soins ; orienter vers la consultation jeunes consommateurs si besoin.
* M. [[name:Raymond]] [[name:Julien]] vient avec son bracelet : plainte d'une irritation de la cheville, vu par l'IDE, pansement simple.
* Le médecin coordonnateur refuse de suivre M. [[name:Malual]] [[name:Peter]] (conflit d'intérêts : ancien patient de son associé, Dr [[other_name:Germain]]).
* Courrier au JAP : « M. [[name:Roland]] [[name:Aubert]] est suivi régulièrement depuis le [[date:04/09/2025]] pour un usage de [[diag_addict:cocaïne]]. »
- Le SPIP de Saintes a déménagé ; le nouveau standard sera donné à l'accueil.
""")
# Agricultural health (MSA) and zoonoses
ROWS.append(r"""
* Médecine du travail MSA : M. [[name:Dupouy]] [[name:Bernard]], éleveur de canards à [[address:lieu-dit Larrouquet]], [[postcode_city:40500 Saint-Sever]] ; masque FFP2 conseillé au gavage.
- Fièvre Q : sérologie phase II positive, doxycycline 14 jours ; recherche d'une valvulopathie par échographie.
* Tularémie chez M. [[name:Lafitte]] [[name:Marcel]], chasseur, après avoir dépecé un lièvre le [[date_partial:29/11]] ; ulcère du doigt, adénopathie axillaire.
* Le vétérinaire de l'élevage (Dr [[other_name:Lièvre]]) confirme la brucellose dans le troupeau de chèvres de la famille [[name:Chabod]].
- Échinococcose alvéolaire : kyste hépatique de 6 cm, albendazole au long cours, avis chirurgical à Besançon.
* Psittacose : Mme [[name:Jaccod]] [[name:Odile]] a acheté deux perruches le [[date_partial:15 octobre]] dans une animalerie d'Aoste ; pneumopathie atypique, PCR Chlamydia psittaci positive.
* Visite MSA d'embauche pour le saisonnier [[name:Soares]] [[name:Domingos]] (vendanges), adresse pendant la saison : [[address:gîte du Moulin, 2 chemin des Vignes]], [[postcode_city:16200 Jarnac]].
- La maladie de Weil se transmet par l'urine des rongeurs ; les égoutiers et les pisciculteurs sont exposés.
* Morsure par un furet (NAC) chez [[name:Trovoada]] [[name:Guilherme]], 9 ans : plaie du pouce, amoxicilline-acide clavulanique, le furet s'appelle Pirate et il est vacciné.
* Intoxication aux organophosphorés : M. [[name:Vuillermoz]] [[name:André]], viticulteur, traitait sans combinaison ; déclaration à Phyt'attitude faite le [[date:18/06/2026]].
- Maladie des griffes du chat : sérologie Bartonella positive, azithromycine 5 jours.
* Tique retirée chez Mme [[name:Gentil]] [[name:Sylvie]] (bûcheronne) : érythème migrant à J10, amoxicilline 14 jours, déclaration maladie professionnelle MSA.
* Le fils de l'exploitant ([[other_name:Mathis]] [[other_name:Bonnet]]) a appelé : son père fait 39,5 depuis l'agnelage, toux sèche ; fièvre Q suspectée.
- Pasteurellose après morsure de chat : amoxicilline, rappel antitétanique à jour.
* Silo : M. [[name:Barbier]] [[name:Gérard]], intoxication au dioxyde d'azote (maladie des ensileurs), SpO2 88 %, transfert en réanimation le [[date_partial:8 septembre]].
""")
# Body donation to science
ROWS.append(r"""
* Don du corps : M. [[name:Olivier]] [[name:Raymond]], carte de donateur n° [[id:DC-69-08812]], décédé à domicile le [[date:02/12/2026]] ; le laboratoire d'anatomie de Lyon-Est est prévenu.
- Le transport du corps vers le centre de don doit avoir lieu dans les 48 heures ; les frais restent à la charge de la famille.
* Refus du centre pour Mme [[name:Perrichon]] [[name:Hélène]] : autopsie médico-légale demandée ; sa fille ([[other_name:Claire]] [[other_name:Perrichon]]) prévenue au [[phone:04 72 65 19 03]].
- Les restes sont incinérés par la faculté ; les familles ne reçoivent pas de cendres.
* Lettre de M. [[name:Bernollin]] [[name:Joseph]] (né le [[date:17/04/1941]]) au doyen : il souhaite léguer son corps à la science et joint le formulaire signé.
* Décès en EHPAD de Mme [[name:Page]] [[name:Yvette]], donatrice : l'infirmière de nuit appelle le centre de don à 3h10, le médecin constate à 4h.
- Un porteur de pacemaker peut donner son corps, le boîtier est retiré avant l'incinération.
* M. [[name:Léon]] [[name:Maurice]] a révoqué son don par lettre du [[date_partial:5 mars]], sa carte est annulée.
- Cérémonie d'hommage aux donneurs à la faculté en juin, organisée par les étudiants de deuxième année.
* Le neveu, M. [[other_name:Sage]] [[other_name:Alexis]], s'oppose au don du corps de son oncle [[name:Sage]] [[name:Fernand]] ; le centre suit la volonté écrite du défunt.
""")
# Festival and event first-aid posts
ROWS.append(r"""
* Poste de secours du festival, nuit du [[date_partial:14 juillet]] : [[name:Macauley]] [[name:Fatmata]], 19 ans, prise de [[diag_addict:MDMA]], hyperthermie à 39,8, évacuée par le SAMU.
- 43 passages au poste de secours samedi, dont 12 entorses et 9 coups de chaleur ; 2 évacuations.
* Enfant perdu : [[name:Hassam]] [[name:Zahir]], 6 ans, retrouvé à l'entrée Sud, la mère (Mme [[other_name:Hassam]] [[other_name:Shamim]]) joignable au [[phone:07 81 22 64 90]].
* Marathon de Lyon : coureur [[name:Joly]] [[name:Arnaud]], dossard 4417, malaise au km 38, hyponatrémie à 126 mmol/L, transféré à Édouard-Herriot.
- Bouchons d'oreille distribués aux enfants ; le stand de prévention des risques auditifs est à côté de l'infirmerie.
* Concert : Mme [[name:Ximenes]] [[name:Ermelinda]], chute dans la fosse, plaie du cuir chevelu suturée, son ami M. [[other_name:Guterres]] la ramène.
* Jeune homme inconscient près des toilettes, identité inconnue puis [[name:Stojanovski]] [[name:Goran]] selon sa carte étudiante ; [[diag_addict:GHB]] suspecté, Glasgow 8.
- Fiche bilan Protection civile remise à l'équipe du SMUR avec l'heure de prise en charge.
* Mlle [[name:Trajkovska]] [[name:Biljana]], 17 ans, [[diag_addict:ivresse]] aiguë, parents prévenus ([[phone:06 44 71 20 58]]), repartie avec son père à 2h.
* Crise d'épilepsie sous les lumières stroboscopiques chez M. [[name:Kalsakau]] [[name:Selwyn]] ; traitement habituel oublié à l'hôtel.
- Eau gratuite aux points de distribution ; tentes rafraîchies ouvertes dès 30 °C.
* Piqûre suspecte au bras signalée par Mme [[name:Begović]] [[name:Edina]] au bar principal : test urinaire fait, plainte déposée, prophylaxie [[diag_hiv:TPE]] discutée et refusée.
* Course de trail du [[date_partial:28 août]] : M. [[name:Sherpa]] [[name:Pasang]] a fini 3e puis a fait un malaise ; rhabdomyolyse, CPK à 12 000.
""")
# Religious communities: convent infirmary, sisters and brothers
ROWS.append(r"""
* Infirmerie du couvent : Sœur [[name:Marie-Bernadette]] ([[name:Rivière]] [[name:Jeanne]] à l'état civil), 84 ans, chute dans la chapelle, hématome de hanche.
- Les sœurs se lèvent à 5h30 pour les laudes ; éviter les prises de médicaments à jeun avant 7h.
* Frère [[name:Jean-Baptiste]] de l'abbaye Saint-Benoît est hospitalisé pour pneumopathie ; le Père abbé (Dom [[other_name:Ambroise]]) demande des nouvelles.
* La communauté des Sœurs de la Providence, [[address:12 rue du Cloître]], [[postcode_city:49100 Angers]], accueille Sœur [[name:Thérèse]] ([[name:Houdebine]]) en convalescence après sa PTH.
- Carême : plusieurs sœurs jeûnent, surveiller les diabétiques sous insuline.
* Mère [[other_name:Agnès]], supérieure, appelle pour Sœur [[name:Marie-Claire]] : confusion depuis hier, la sœur infirmière (Sœur [[other_name:Véronique]]) a relevé une fièvre à 38,6.
* Le moine [[name:Mestokosho]] [[name:Pierre]] (Frère [[name:Pierre-Marie]]), d'origine innue, ne souhaite pas de transfusion : entretien avec l'aumônier.
- Messe de la Toussaint à la chapelle de l'hôpital, ouverte aux patients et aux familles.
* Sœur [[name:Marie-Anne]], 79 ans, missionnaire au Malawi pendant 30 ans : paludisme ancien, pas de [[diag_hiv:VIH]], sérologies faites à son retour en [[date_partial:2024]].
* Sortie vers la maison de retraite des religieuses ([[address:Maison Saint-Joseph, 3 montée du Chemin-Neuf]], [[postcode_city:69005 Lyon]]) pour Sœur [[name:Geneviève]] le [[date_partial:22/12]].
- Le monastère fabrique des pâtes de fruits ; ne pas confondre avec une allergie au coing signalée dans un autre dossier.
""")
# French expatriates, the CFE, consulates, addresses abroad
ROWS.append(r"""
* Adhérent CFE n° [[id:CFE-0048812734]], M. [[name:Thibodeaux]] [[name:Rémy]], vit à [[address:1418 Royal Street]], [[postcode_city:New Orleans, LA 70116]] ; rapatriement du dossier de cardiologie demandé.
- La Caisse des Français de l'étranger rembourse sur la base des tarifs de la Sécurité sociale ; le complément dépend du contrat.
* Mme [[name:Boudreaux]] [[name:Clothilde]], expatriée à Lafayette, rentre pour sa PTG le [[date_partial:9 février]] ; hébergée chez sa sœur au [[address:8 rue Sainte-Catherine]], [[postcode_city:33000 Bordeaux]].
* Le médecin du consulat de Malé (Dr [[other_name:Rasheed]]) adresse Mme [[name:Naseem]] [[name:Aishath]], épouse d'un Français, pour une chirurgie de la thyroïde.
- Le certificat de vie est signé au consulat ; l'hôpital ne le délivre pas.
* M. [[name:Poulsen]] [[name:Rúni]], Français né à Tórshavn, adresse : [[address:Niels Finsens gøta 12]], [[postcode_city:FO-100 Tórshavn]], [[email:runi.poulsen@olivant.fo]].
* Expatrié au Tadjikistan, M. [[name:Clément]] [[name:Lucas]] a été évacué de Douchanbé après une appendicite compliquée ; assistance dossier n° [[id:EA-26-771204]].
- Les Français inscrits au registre consulaire peuvent voter au consulat ; rien à faire pour l'hôpital.
* Lettre en anglais pour le médecin de Mme [[name:MacLeod]] [[name:Eilidh]] à Stornoway : [[address:14 Keith Street]], [[postcode_city:Stornoway HS1 2QG]].
* Retour définitif en France de M. [[name:Chinen]] [[name:Shinji]] après 20 ans à Naha : sa carte Vitale n'est pas encore arrivée, PUMa demandée le [[date:10/11/2026]].
* Mme [[name:Obiang]] [[name:Crescencia]], femme d'un agent de l'ambassade à Malabo, [[diag_preg:enceinte]] de 28 [[diag_preg:SA]] : suivi en France jusqu'à l'[[diag_preg:accouchement]].
- Le lycée français de la ville dispose d'une infirmière ; les vaccins obligatoires sont ceux de la France.
* Appel de Montréal ([[phone:+1 514 555 0187]]) : la fille de M. [[name:Vollant]] [[name:Georges]] ([[other_name:Uapukun]]) veut savoir s'il sort vendredi.
""")
# Aviation medicine fitness: pilots, cabin crew, air traffic controllers
ROWS.append(r"""
* Visite classe 1 de M. [[name:Higa]] [[name:Kenji]], pilote de ligne, licence n° [[id:FRA.FCL.PL.0041877]] : apte, limitation VML (lunettes de vision de près).
- Test d'Ishihara : 17 planches sur 17 lues ; pas de dyschromatopsie.
* Inaptitude temporaire pour Mme [[name:Oshiro]] [[name:Kana]], hôtesse de l'air, [[diag_preg:enceinte]] de 14 [[diag_preg:SA]] : retour au sol dès la déclaration.
* Contrôleur aérien [[name:Tevi]] [[name:Jocelyn]], épisode de [[diag_mental:dépression]] traité par [[diag_mental:escitalopram]] : dossier transmis au médecin évaluateur, décision en [[date_month:janvier]].
- Audiogramme : perte de 25 dB à 4 kHz à gauche, compatible avec la classe 2.
* Pilote privé [[name:Natapei]] [[name:Edward]], 68 ans, stent coronaire en [[date_partial:2023]] : épreuve d'effort négative, apte avec limitation OML.
- L'arrêt du tabac est conseillé mais ne conditionne pas l'aptitude.
* Renouvellement classe 2 de M. [[name:Baptiste]] [[name:Olivier]] (vol à voile) : le CEMPN reçoit le compte rendu du Dr [[other_name:Adam]] le [[date_partial:16/12]].
* Signalement : un copilote ([[name:Abdel Fattah]] [[name:Tarek]]) aurait évoqué des [[diag_mental:idées suicidaires]] devant un collègue ; convocation au CEMPN le jour même.
- Romberg négatif, pas de nystagmus ; vertige positionnel ancien résolu.
* Mlle [[name:Hegazy]] [[name:Nourhan]], élève pilote, [[diag_mental:anorexie mentale]] en rémission, IMC 18,9 : dossier soumis à l'autorité avant la licence.
""")
# Low vision and blind services: guide dogs, Braille, mobility
ROWS.append(r"""
* Mme [[name:Fontaine]] [[name:Lucie]], maculopathie de Stargardt, acuité 1/20 aux deux yeux : instructrice de locomotion (Mme [[other_name:Charpentier]]) le mardi à domicile.
- Grille d'Amsler : métamorphopsies de l'œil droit ; OCT demandé.
* Chien guide Lilou remis à M. [[name:Saidov]] [[name:Farrukh]] par l'école de chiens guides le [[date_partial:3 octobre]] ; accès à la salle d'attente autorisé.
* Courrier en braille envoyé à M. [[name:Boucher]] [[name:Georges]], [[address:23 rue Valentin-Haüy]], [[postcode_city:75015 Paris]], pour sa convocation.
- Neuropathie optique de Leber : pas de traitement curatif ; idébénone discutée.
* Rétinite pigmentaire chez [[name:Nazarov]] [[name:Firuza]], 34 ans : carte mobilité inclusion mention cécité demandée à la MDPH, dossier n° [[id:069-2026-11873]].
- Acuité à Monoyer 2/10, Parinaud 6 ; loupe électronique prêtée par l'association.
* Appel du fils de Mme [[name:Mercier]] [[name:Andrée]] ([[other_name:Thierry]], [[phone:06 33 18 72 45]]) : elle ne lit plus ses ordonnances, peut-on écrire en gros caractères ?
* M. [[name:Vaillant]] [[name:Roger]], aveugle depuis ses 40 ans, est perdu dans le service la nuit : bandes podotactiles demandées à la direction.
- Le logiciel de synthèse vocale lit les comptes rendus au format PDF texte, pas les scans.
""")
# Phase I units: healthy volunteers
ROWS.append(r"""
* Volontaire sain [[name:Joensen]] [[name:Sunneva]], n° au fichier national des volontaires [[id:VRB-2026-118407]], inclusion étude CX-4417 phase I le [[date:12/01/2027]].
- Période d'exclusion de 90 jours entre deux essais ; l'indemnité annuelle est plafonnée.
* Exclusion de M. [[name:Morrison]] [[name:Ruaraidh]] à la visite de sélection : dépistage urinaire positif à la [[diag_addict:cocaïne]], test de [[diag_preg:grossesse]] sans objet.
* Volontaire [[name:Ndong Mba]] [[name:Santiago]] : ALAT à 3 fois la normale à J8, arrêt de l'administration, déclaration au promoteur.
- Cohorte 3 : 8 volontaires, 6 actifs et 2 placebos ; ouverture du code après la dernière visite.
* La volontaire [[name:Esono]] [[name:Trinidad]] ne se présente pas à J15, joignable au [[phone:07 52 19 84 30]] ; message laissé.
* Indemnité de 1 850 euros versée à M. [[name:Gauthier]] [[name:Léon]] pour l'étude de bioéquivalence, virement le [[date_partial:30/01]].
- Tests de [[diag_preg:grossesse]] urinaires à chaque admission pour les volontaires femmes.
* M. [[name:Espírito Santo]] [[name:Guilherme]] demande s'il peut participer à une autre étude à Nantes en [[date_month:mars]] : non, période d'exclusion.
- Repas standardisé servi à 7h30 ; prélèvements pharmacocinétiques à H0,5, H1, H2, H4, H8, H24.
""")
# Therapeutic coordination apartments (ACT): HIV, hepatitis
ROWS.append(r"""
* Admission en ACT de M. [[name:Koroma]] [[name:Ibrahim]], [[diag_hiv:VIH]] découvert en [[date_partial:2025]], sous [[diag_hiv:Biktarvy]] ; appartement au [[address:6 rue de la Fonderie, appt 4]], [[postcode_city:31000 Toulouse]].
- Hépatite C traitée par sofosbuvir-velpatasvir 12 semaines, RVS12 obtenue.
* L'IDE de l'ACT passe chaque matin chez Mme [[name:Kamara]] [[name:Isatu]] pour le pilulier ; charge virale indétectable, CD4 à 420.
* Réunion de coordination : M. [[name:Phiri]] [[name:Mphatso]] quitte l'ACT le [[date_partial:31 janvier]] pour un logement social, [[address:Résidence Les Tourelles, bât. C]], [[postcode_city:31200 Toulouse]].
- Deux places libres à l'ACT en février ; la commission d'admission se réunit le premier mardi du mois.
* Résident de l'ACT, M. [[name:Shikongo]] [[name:Petrus]], sous [[diag_addict:méthadone]] 60 mg, [[diag_hiv:séropositif]] : rechute d'[[diag_addict:héroïne]] signalée par l'éducateur.
* Mme [[name:Amupadhi]] [[name:Ndapewa]], [[diag_hiv:VIH]] sous [[diag_hiv:Dovato]], [[diag_preg:enceinte]] : suivi en maternité de niveau 3, l'ACT garde l'appartement.
- Le projet personnalisé est révisé tous les 6 mois avec le résident.
* Le médecin coordinateur de l'ACT (Dr [[other_name:Marin]]) écrit au Dr [[other_name:Lamour]] : le patient [[name:Mujić]] ne prend plus ses comprimés depuis 10 jours.
""")
# Telemedicine carts in EHPAD: requérant and requis
ROWS.append(r"""
* Téléconsultation dermatologique depuis l'EHPAD : Mme [[name:Chaigneau]] [[name:Renée]], escarre talonnière stade 3, photos transmises ; IDE requérante Mme [[other_name:Hubert]].
- Le chariot de télémédecine est réservé le jeudi de 14h à 16h pour la gériatrie.
* Téléexpertise psychiatrique pour M. [[name:Rabiller]] [[name:Jean]], résident [[address:chambre 21]] : [[diag_mental:syndrome dépressif]], le psychiatre requis propose la [[diag_mental:mirtazapine]].
* Connexion perdue pendant la téléconsultation de cardiologie de Mme [[name:Gasnier]] [[name:Paulette]] ; reprogrammée le [[date_partial:8/01]] à 10h.
- Le consentement à la télémédecine est recueilli par l'IDE et noté dans le dossier de soins.
* EHPAD [[address:Les Glycines]] : la fille de M. [[name:Roland]] [[name:Émile]] (Mme [[other_name:Roland]] [[other_name:Martine]]) veut assister à la téléconsultation par visio depuis Québec.
* Plaie du pied diabétique chez M. [[name:Arnaud]] [[name:Marius]] : téléexpertise vasculaire, Doppler conseillé à l'hôpital, transport assis le [[date_partial:15 janvier]].
- Caméra orientable, otoscope et stéthoscope connectés ; batterie à recharger chaque soir.
* Le Dr [[other_name:Julien]] (médecin requis, gériatre) conclut pour Mme [[name:Tarpin]] [[name:Germaine]] : arrêt de la [[diag_mental:rispéridone]], pas de [[diag_mental:troubles psychotiques]].
""")
# Letters and discharge remarks across the genres
ROWS.append(r"""
* Cher confrère, je vous adresse Mme [[name:Chilufya]] [[name:Thandiwe]], née le [[date:23/06/1988]], pour avis au centre de référence des maladies neuromusculaires ; CPK à 1 800 sans traitement.
* Compte rendu : M. [[name:Darrigade]] [[name:Paul]], 58 ans, gemmeur retraité, hospitalisé du [[date_partial:2]] au [[date_partial:9 décembre]] pour leptospirose ; sortie au [[address:quartier Lesgor, 410 route de Tartas]], [[postcode_city:40400 Meilhan]].
- Conclusion : pas de contre-indication à la pratique du football en compétition.
* Madame, suite à votre demande du [[date:27/10/2026]], nous vous transmettons le dossier de votre père, M. [[name:Lucas]] [[name:Armand]], décédé le [[date:04/08/2026]] ; veuillez joindre une copie de votre pièce d'identité.
* Lettre de sortie de Sœur [[name:Marie-Odile]] ([[name:Chenal]] [[name:Odile]]), née le [[date:30/11/1940]] : insuffisance cardiaque, furosémide 40 mg ; retour à la communauté le [[date_partial:24/12]].
- Pas de suivi particulier ; revoir le médecin traitant dans un mois avec une créatinine.
* Objet : M. [[name:Hubert]] [[name:Clément]], obligation de soins. Le patient s'est présenté à toutes ses consultations de [[date_month:septembre]] à [[date_month:novembre]] ; attestation jointe.
* Nous avons revu Mlle [[name:Guterres]] [[name:Ermelinda]] à 1 mois de son [[diag_repro:IVG]] médicamenteuse : pas de complication, [[diag_repro:implant]] posé le jour même.
* Je soussigné Dr [[other_name:Reboul]] certifie que M. [[name:Aubanel]] [[name:Frédéri]] est atteint d'une maladie rare nécessitant un aménagement de poste.
- Le patient a été informé des résultats et de la suite de la prise en charge ; il est d'accord.
* Compte rendu d'hospitalisation de [[name:Deng]] [[name:Achol]] : dilatation aortique à 38 mm, losartan introduit ; contrôle IRM en [[date_partial:juin 2027]].
* À l'attention du Dr [[other_name:Bonnet]] (médecin du travail) : M. [[name:Rivière]] [[name:Alain]] peut reprendre la conduite des engins agricoles à partir du [[date_partial:2 janvier]].
""")
# English notes
ROWS.append(r"""
* Referral letter: Ms [[name:MacInnes]] [[name:Catriona]], DOB [[date:14/09/1979]], known Gaucher disease, on velaglucerase since [[date_partial:2016]], moving to Lyon in [[date_month:February]].
- Healthy volunteer screening: ECG normal, QTcF 412 ms, no clinically significant findings.
* Dear Dr [[other_name:Morrison]], your patient Mr [[name:Thibodeaux]] [[name:Rémy]] was seen on [[date:November 18th, 2026]]; his aortic root is stable at 44 mm.
* Athlete [[name:Nsue]] [[name:Salvador]] declared prednisolone use; TUE not approved in time, hearing scheduled for [[date_partial:Jan 22]].
- Festival medical tent: 3 heat exhaustion cases, all discharged on site, no transfer.
* Patient [[name:Higa]] [[name:Kenji]] is a commercial pilot; please do not prescribe sedating antihistamines, he flies on Tuesday.
* Handover: Sister [[name:Marie-Bernadette]] in bed 4, hip haematoma, pain controlled; the convent will call at 6 pm (Sister [[other_name:Agathe]], [[phone:02 41 88 17 63]]).
- Note for the sponsor: subject [[id:3-012]] withdrew consent; no adverse event ongoing.
* Mr [[name:Banda]] [[name:Chikondi]] was referred from Lilongwe with suspected Fabry disease; his mother ([[other_name:Grace]]) is also symptomatic.
""")
# Lists in capitals
ROWS.append(r"""
* CONTROLE AFLD DU [[date:13/12/2026]] : [[name:KOROMA]] [[name:ABU]] - [[name:SESAY]] [[name:MOHAMED]] - [[name:BANGURA]] [[name:ISATU]] ; ESCORTES OK.
* FESTIVAL - MAIN COURANTE POSTE 2 : 01H40 [[name:TRAJKOVSKA]] [[name:BILJANA]] [[diag_addict:IVRESSE]], PARENTS PREVENUS ; 02H15 RAS.
- LISTE DES VOLONTAIRES COHORTE 2 : 8 INCLUS, 0 ABANDON, 1 EFFET INDESIRABLE NON GRAVE.
* ACT - SORTIES DU MOIS : MR [[name:PHIRI]] [[name:MPHATSO]] (LOGEMENT SOCIAL), MME [[name:AMUPADHI]] (MATERNITE).
* DON DU CORPS - DECES SIGNALE : MR [[name:OLIVIER]] [[name:RAYMOND]] - CARTE [[id:DC-69-08812]] - TRANSPORT A ORGANISER AVANT [[date:04/12/2026]]
- MALADIES RARES : RCP NATIONALE LE 3E JEUDI DU MOIS, LIEN VISIO DANS L'AGENDA PARTAGE.
* INJONCTION DE SOINS - RAPPORT TRIMESTRIEL - MR [[name:GUERINEAU]] [[name:PASCAL]] - TRANSMIS AU DR [[other_name:HOUDEBINE]] LE [[date_partial:05/01]]
- ATTENTION : CHARIOT DE TELEMEDECINE EN PANNE JUSQU'A NOUVEL ORDRE
* COUVENT - SOEUR [[name:THERESE]] - PTH DROITE - KINE 2 FOIS PAR JOUR
""")
# SMS, messages and chat
ROWS.append(r"""
* slt c [[name:ermelinda]] je peux pas venir demain pr la visite de l'etude jsuis malade dsl
* Bjr le coach de [[name:kondwani]] demande qd il peut reboxer, merci de rappeler au [[phone:0612904417]]
- rdv annulé par sms, patient prévenu, pas de nouvelle date pour l'instant
* msg de soeur [[other_name:agathe]] : soeur [[name:marie-claire]] a encore de la fievre ce matin 38,4, on l'amène ?
* sms du fils de mr [[name:vaillant]] : papa a perdu sa canne blanche aux urgences, qqn l'a vue ?
- ok pour le chariot jeudi, l'infirmière sera là à 14h
* coucou c [[name:mphatso]] de l'ACT, j'ai plus de [[diag_hiv:biktarvy]] pour ce soir, la pharmacie est fermée
* Msg répondeur : « Bonjour, ici [[other_name:Claire]] [[other_name:Perrichon]], la fille de Mme [[name:Perrichon]], rappelez-moi svp au [[phone:04 72 65 19 03]]. »
* [[name:Pasang]] dit qu'il reprendra le trail en [[date_month:mars]], je lui ai dit d'attendre les CPK
""")
# Dictation (speech to text)
ROWS.append(r"""
* dictée : madame [[name:fontaine]] [[name:lucie]] virgule née le [[date:douze mars mille neuf cent quatre-vingt-onze]] virgule vient pour son bilan basse vision point
* dictée : monsieur [[name:lafitte]] [[name:marcel]] virgule chasseur virgule présente une tularémie ulcéro-ganglionnaire point traitement par ciprofloxacine point à la ligne
- dictée : conclusion deux points aptitude classe un sans restriction point
* dictée : courrier pour le docteur [[other_name:chabrand]] virgule au sujet de [[name:reboul]] [[name:lucien]] point le génotype est joint point
* dictée : le volontaire [[name:ndong mba]] est sorti de l'étude le [[date_partial:vingt janvier]] point les transaminases se normalisent point
- dictée : examen neurologique normal point pas de signe de Babinski point réflexes présents et symétriques point
""")
# Label-free look-alikes: eponyms, drugs, places as things, this set's surnames as words
ROWS.append(r"""
- Signe de la Fontaine négatif ; pas d'épanchement du genou.
- Fracture du plateau tibial classée Schatzker II ; le charpentier de l'équipe a fabriqué une attelle provisoire.
- Le boucher de la cantine a été vacciné contre la leptospirose, rien à déclarer.
- Barbier de Séville à l'auditorium samedi : places offertes aux résidents par l'association.
- Tremblement de repos, signe de la roue dentée ; suspicion de maladie de Parkinson, DaTscan prévu.
- Le lièvre et la tortue : atelier conte pour les enfants hospitalisés mercredi.
- Sage-femme de garde prévenue ; pas de patiente en salle.
- Test de Lasègue positif à 40° à droite, réflexe achilléen aboli.
- La Saint-Vincent tombe le 22 janvier ; les vignerons de la région font une pause.
- Le cousin germain est porteur de la même mutation ; conseil génétique proposé à la branche maternelle.
- Rivière de porphyre et galets : tableau offert au service par un ancien patient.
- Bonnet phrygien sur la photo de la fête du 14 juillet ; personne n'a été blessé.
- Médaille du vaillant soldat remise au musée de l'hôpital militaire.
- Tourner la page : groupe de parole des aidants le jeudi, salle Marin-Marais.
- Maladie de Gaucher : le mot vient du médecin qui l'a décrite en 1882, pas de lien avec la latéralité.
- Pompe à insuline en mode manuel pendant le bilan de Pompe ; le dosage enzymatique est envoyé à Paris.
- Acide tranexamique 1 g en cas de saignement ; Willebrand type 1 chez la mère, non testé chez l'enfant.
- Score de Wells faible, D-dimères négatifs ; pas d'angioscanner.
- Manœuvre de Jendrassik pour les réflexes ostéotendineux ; rotuliens présents.
- Anabolisants et EPO restent les substances les plus fréquentes dans les contrôles positifs de la région.
- Pommade à l'oxyde de zinc, compresses stériles ; la pharmacie Olivier livre le mardi.
- Hôpital Édouard-Herriot, pavillon N, 3e étage : consultations de médecine du sport.
- Abbaye de Fontevraud : sortie culturelle des patients du SSR annulée pour cause de pluie.
- L'échelle de Borg est à 15 en fin d'épreuve, la fréquence maximale est atteinte.
- Mont Aiguille, Vercors : les secours ont été déclenchés pour un grimpeur, pas de patient du service.
- Q fever is a notifiable disease in some countries, not in France.
- Lunettes à prismes prêtées ; cannes blanches en stock à l'accueil du service d'ophtalmologie.
- Flacon A scellé, code barre vérifié, température de transport conforme.
- Ceftriaxone 1 g IM dose unique pour l'enfant contact ; chimioprophylaxie terminée.
- Le monastère de Ganagobie accueille des retraites de silence ; aucune sœur hospitalisée ce mois-ci.
- Cobalamine, folates et ferritine normaux ; pas de carence chez le volontaire.
""")
# People with surnames that are given names or words, and more partial dates and homes
ROWS.append(r"""
* M. [[name:Charpentier]] [[name:Denis]], charpentier de métier, chute d'un toit : fracture de L1, sortie au [[address:2 bis chemin des Pêcheurs]], [[postcode_city:49400 Saumur]].
* Mme [[name:Boucher]] [[name:Rose]] (née [[name:Loiseau]]), 71 ans, rétinopathie diabétique, injections intravitréennes mensuelles ; prochaine le lundi [[date_partial:11]].
* M. [[name:Lièvre]] [[name:Gaston]], éleveur de lapins, pasteurellose de la main ; revu le [[date_partial:18]] à la consultation.
* Mme [[name:Sage]] [[name:Éliane]] demande son dossier par courriel : [[email:eliane.sage@wanadoo.fr]] ; envoi sécurisé fait.
* M. [[name:Page]] [[name:Vincent]] (dit « [[name:Vince]] ») rappelle pour ses résultats : négatifs, à lui dire de vive voix.
* [[name:Marin]] [[name:Yann]], marin-pêcheur à La Cotinière, [[address:7 rue du Port]], [[postcode_city:17310 Saint-Pierre-d'Oléron]] : doigt écrasé par un treuil.
* Mme [[name:Joly]] [[name:Colette]] vit seule au [[address:lieu-dit La Croix-Blanche]], [[postcode_city:01340 Foissiat]] ; portage des repas à partir du [[date_partial:1er février]].
* M. [[name:Germain]] [[name:Hubert]], apte au travail sur tracteur avec réserve ; revoir en [[date_partial:juillet 2027]].
* Le neveu de Mme [[name:Adam]] [[name:Lucienne]], M. [[other_name:Adam]] [[other_name:Olivier]], est sa personne de confiance ; tél. [[phone:02 41 73 58 10]].
* Mme [[name:Vuillermoz]] [[name:Anna]], vit à Aoste, [[address:via Sant'Anselmo 48]], [[postcode_city:11100 Aosta]] ; consultation de génétique le [[date_partial:4 mars]].
* M. [[name:Baptiste]] [[name:Arnaud]], [[diag_mental:trouble bipolaire]] sous [[diag_mental:lithium]], demande une dérogation pour la licence de pilote privé ; [[diag_mental:lithémie]] à 0,7.
* Mme [[name:Olivier]] [[name:Gabrielle]], 66 ans, donatrice du corps, veut savoir si elle peut encore donner ses cornées : oui, les deux dons sont compatibles.
* Famille [[name:Rajabali]] : le grand-père ([[other_name:Zahir]]) et le petit-fils ([[name:Ilyas]]) partagent la même mutation ; prélèvement du père le [[date_partial:21/02]].
* M. [[name:Gentil]] [[name:Robert]], résident de l'EHPAD [[address:Les Ajoncs]], [[address:chambre 108]] : téléconsultation d'ORL le mardi [[date_partial:13 janvier]].
* Mme [[name:Aubert]] [[name:Léa]], [[diag_preg:post-partum]] de 3 semaines, veut reprendre le handball : rééducation périnéale d'abord.
* M. [[name:Clément]] [[name:Julien]] et Mme [[name:Clément]] [[name:Solène]] (frère et sœur) : même maladie de Charcot-Marie-Tooth, consultation commune le [[date_partial:9 avril]].
* Mlle [[name:Raymond]] [[name:Inès]], 16 ans, contrôlée positive au [[diag_addict:THC]] à un tournoi de judo ; entretien avec la psychologue du pôle.
* M. [[name:Lamour]] [[name:Fabien]], [[diag_sti:syphilis]] secondaire découverte à la visite d'aptitude, traité par benzathine pénicilline le [[date:07/12/2026]].
* Mme [[name:Barbier]] [[name:Nadine]], lunettes oubliées au poste de secours du festival ; à renvoyer au [[address:31 rue Paul-Bert, résidence Le Clos, appt 12]], [[postcode_city:69003 Lyon]].
* Le petit [[name:Bonnet]] [[name:Malo]], 8 ans, piqûre de tique au camp scout, retirée par le Dr [[other_name:Vincent]] ; surveillance de la peau pendant un mois.
""")
# Typed context rows, capitals, SMS, surnames that are given names or words
ROWS.append(r"""
FONTAINE|Lucie|{nir:2 91 03 69 123 045}|06 81 42 93 17||12 rue Sully 69006 Lyon|*|Mme [[name:Fontaine]] [[name:Lucie]], NIR [[nir:{nir:2 91 03 69 123 045}]], rappel au [[phone:06 81 42 93 17]] pour le chien guide ; domicile [[address:12 rue Sully]], [[postcode_city:69006 Lyon]].
VINCENT|Hugo|||||*|[[name:Vincent]] [[name:Hugo]], handballeur : reprise autorisée le [[date_partial:15/01]], pas de contre-indication.
KOROMA|Abu|{nirk:1 99 10 99 350 118}||||*|Joueur [[name:KOROMA]] [[name:Abu]], né en Sierra Leone, NIR [[nir:{nirk:1 99 10 99 350 118}]] ; licence à transmettre au club.
MESTOKOSHO|Pierre||||4 rue de l'Abbaye 49590 Fontevraud-l'Abbaye|*|Frère [[name:Pierre-Marie]] ([[name:Mestokosho]] [[name:Pierre]]), [[address:4 rue de l'Abbaye]], [[postcode_city:49590 Fontevraud-l'Abbaye]] : retour à l'abbaye le [[date_partial:2 janvier]].
JOENSEN|Sunneva|||sunneva.joensen@gmail.com||*|Volontaire [[name:Joensen]] : convocation envoyée à [[email:sunneva.joensen@gmail.com]], visite de fin d'étude le [[date:19/01/2027]].
* Ordonnance du Dr [[other_name:Lartigau]] [[other_name:Michel]], RPPS [[rpps:{rpps:1001987654}]], pour Mme [[name:Dupouy]] [[name:Anne]] : doxycycline 100 mg, 2 par jour, 21 jours.
* Le centre de don du corps, FINESS [[finess:{finess:69078412}]], facture le transport de M. [[name:Léon]] [[name:Maurice]].
* Indemnité du volontaire [[name:Gauthier]] [[name:Léon]] versée sur l'IBAN [[iban:{iban:20041 01007 0123456K038 45}]].
* CFE : MR [[name:THIBODEAUX]] [[name:REMY]] - ADHERENT [[id:CFE-0048812734]] - REMBOURSEMENT DU [[date:02/11/2026]] EFFECTUE
* slt c [[name:lucie]] [[name:fontaine]], mon chien guide est malade, je decale le rdv de locomotion a jeudi [[date_partial:8]]
* Mr [[name:Julien]] [[name:Raymond]] (tél [[phone:04 78 11 52 96]]) : rdv de coordination SPIP le [[date_partial:27/01]] à 9h.
* Mme [[name:Germain]], épouse [[name:Arnaud]], née [[name:Hubert]] [[name:Simone]], 85 ans : téléconsultation de suivi depuis l'EHPAD, [[address:chambre 3]].
* IPP [[id:{ipp}]] : [[name:Sesay]] [[name:Mohamed]], contrôle antidopage le [[date_partial:6/12]], à revoir.
* NIR saisi [[nir:{nir:1 58 07 40 192 033}]] pour M. [[name:Labat]] [[name:Henri]], [[address:1340 route de Mimizan]], [[postcode_city:40200 Aureilhan]].
* ÉCRIRE À : SŒUR [[name:MARIE-ANNE]] C/O COMMUNAUTÉ DES SŒURS DE LA PROVIDENCE, [[address:BP 418]], [[postcode_city:49004 ANGERS CEDEX 01]].
""")

SET = HandSet("heldout29", "twenty-ninth", ROWS, HEADER_NOTE, "29")

if __name__ == "__main__":
    SET.main(__doc__)
