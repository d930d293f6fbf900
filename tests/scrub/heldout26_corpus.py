#!/usr/bin/env python3
"""The twenty-sixth hand set of labeled rows ("heldout26", issue 10).

  heldout26_corpus.py --write      write heldout26_rows_{dev,frozen}.txt
  heldout26_corpus.py --check      exit 1 if those files differ from what
                                   this script writes (make scrub-heldout)
  heldout26_corpus.py --lint       the writer's check, before the split

The rows below were typed by hand by the helper heldout26 (twenty-eighth
pass), who did not read the detectors (src/, include/, conf/) nor any
scrubber output while typing.  Read: the helpers' brief; handset.py whole;
heldout25_corpus.py's docstring, machinery and the first four blocks and
its typed-context block (for the frame and the label widths); the
Makefile's genre lines of heldout2 to heldout25 and its scrub-heldout
targets; docs/scrub.md's section on heldout25 and the one after it on
heldout25's dev families (dev25: which says what its new rules take; read
before typing, so this set is not blind to those rules' wording); the
head of eval.py (POLICY_WORDS); greps of the earlier sets for label
conventions (passports, holidays, plates, rooms, extensions, diag_repro).

The genres are registers none of the twenty-five sets gives a block to:
a medically assisted reproduction centre and its sperm bank (FIV, ICSI,
donors, straws, fertility preservation before chemotherapy); adoption
consultations (children adopted abroad, their birth names and adoptive
names, orphanage files); a gender identity clinic (the name in use and
the name on the civil register, name changes, hormone prescriptions);
inventories of patients' belongings and valuables deposited at the
cashier (jewels, cash, identity cards, bank cards, keys); the hospital's
security incident reports and runaway patients (descriptions, police,
hand-over); a human milk bank and breastfeeding consultations (donor
mothers, batches, the babies who receive them); a tuberculosis control
centre (CLAT: contact tracing in homes, workplaces and hostels, IGRA,
directly observed treatment); therapeutic education workshops (group
attendance, diabetes, asthma school, heart failure); the chaplaincy and
rites (priest, imam, rabbi, pastor, washing of the body, fasting);
trusted-person and advance-directive forms; nuclear medicine and
radiation protection (iodine therapy rooms, waste, pregnancy checks);
health mediation with Travellers (aires d'accueil, pitch numbers,
caravans, postal domiciliation, pilgrimages); the cashier's debt
collection (stay fees, daily charge, payment plans, the Trésor public);
the IT helpdesk's tickets about patient records (merged identities,
break-the-glass access, wrong documents filed); art and music therapy,
peer workers and hospital volunteers.  A third of the rows are label-free
look-alikes: eponymous tests and scores of these genres, drugs,
batch numbers, places used as things (Lourdes, Saintes-Maries-de-la-Mer
as pilgrimages), saints' days and holidays, and surnames used as words
(berger, renard, mouton, lièvre, oiseau, printemps, Toussaint).

Name sources: typed from general knowledge, no list read or downloaded:
Tuareg/Tamasheq (Ag Ahmed, Ag Alhassane, Walet Mohamed, Tinhinane,
Aghali, Fadimata, Intalla), Hausa (Abubakar, Garba, Bello, Danjuma,
Hauwa, Zainab, Musa), Zarma and Songhai (Hamani, Soumana, Djibo,
Zeinabou, Issoufou, Maïga, Harouna), Mossi and Dioula (Ouédraogo,
Sawadogo, Kaboré, Zongo, Compaoré, Rasmata, Wendkouni, Pegdwendé,
Ouattara), Igbo (Okonkwo, Nwosu, Eze, Obi, Chukwuemeka, Ngozi, Adaeze,
Chinonso, Ifeoma), Afar and Somali from Djibouti (Houmed, Doualeh, Kamil,
Hasna, Fathia, Ali Daoud), Burundian (Niyonzima, Nduwimana, Hakizimana,
Irakoze, Ndikumana, Kwizera, Ange, Divine), Shona and Zulu (Moyo, Dube,
Ncube, Tendai, Nokuthula, Sipho, Mthembu), Mauritian (Boodhoo, Seechurn,
Appadoo, Ah-Kine, Lai-Fat, Bégué, Dhunnoo, Nundlall, Perrine, Vimla),
French Guiana's Kali'na and Wayana (Tiouka, Aloïké, Opoya, Kouyouri,
Sabayo), Manouche, Sinti and Yéniche (Winterstein, Reinhardt, Lagrené,
Weiss, Ferret, Kohler; Tchavolo, Mandino, Dorado, Kalie, Monia),
Sephardic (Benhamou, Attal, Zerbib, Amsellem, Azoulay, Bensoussan,
Chetrit, Elbaz, Hadjadj; Shlomo, Yaël, Esther, Avraham), Galician
(Otero, Figueiras, Lamas, Varela, Castro, Xosé, Uxía, Antía), Azerbaijani
(Mammadov, Huseynova, Gasimov, Aliyeva, Leyla, Rashad, Elchin, Aygün),
Tatar (Khairullin, Gabdrakhmanova, Safiullin, Alsu, Rinat, Gulnaz,
Ilnur), Avar and Dagestani (Magomedov, Gadzhieva, Omarov, Patimat,
Shamil, Zaira), Belarusian (Kavalenka, Novik, Shcharbina, Lukashevich,
Alesia, Yauhen, Siarhei), Friulian (Del Fabbro, Tomat, Zanier, Puntel,
Candotti), Lorrain and Mosellan (Thiébaut, Mangin, Jacquemin, Mougenot,
Gérardin, Kieffer, Thiel), Auvergnat (Chabrier, Vigouroux, Chassaing,
Teyssier, Bonnefoy), Poitevin and Charentais (Texier, Gaborit, Métayer,
Chagnaud, Babin), Béarnais (Cazenave, Laborde, Lacaze, Pédelucq,
Casteig, Peyrouzet); and French surnames that are words in kept
positions (Berger, Renard, Mouton, Lelièvre, Loiseau, Printemps,
Toussaint, Lavigne), with a few others beside them (Gascon, Chinese,
Vietnamese and Brazilian birth names of adopted children).

Everything is invented: people, homes, numbers.  Street names may be real
street names; no row is a real patient's.  The frame (row shorthand,
placeholders, what is computed, the split: rows ranked by
sha256("heldout26\\n" + row), the lower half to the dev file) is
tests/scrub/handset.py's, as heldout14's to heldout25's.

Labeling choices (the earlier sets'; new cases written here): FIV, ICSI,
AMP, PMA, insemination, infertility, azoospermia, oocyte or sperm
donation received, and contraception are diag_repro, pregnancy words
diag_preg (as before); the procedures' plain words (ponction, transfert,
spermogramme, paillettes) stay; a sperm-bank donor's number, a straw
batch's file number, a milk bank donor's number are `id`, a pooled milk
batch number stays (a batch, as drug lots); the name on the civil register
and the name in use of the same person are both `name`; a birth name of
an adopted child is `name`, the orphanage and the town of birth abroad
stay; identity card, passport, residence permit numbers, a bank card's
last digits, a caravan's or a car's plate, an incident, complaint
(main courante) or helpdesk ticket number, a titre de recettes or
invoice number are `id`; a pitch on an aire d'accueil where the family
lives is `address` with the aire; a hospital ward's room is not labelled
(the project's convention), an EHPAD room is; extensions (poste, bip)
stay; religions stay; saints' days and holidays alone stay, with a year
they are date_partial; years of birth are date_partial; ages stay.
Transidentity words (trans, non binaire, transition) carry no label: no
kind of the project holds them (a judgement, as heldout25's naloxone).

After the first run (commit 93f5562a typed the rows before it): one DEV
label was added, `[[diag_repro:don de sperme]]` received in a PMA, which
the rule above asked for and the typing forgot (`don d'ovocytes` had it);
the change left every row in its half (the frozen file byte-identical).
No frozen row was changed or read.
"""
from handset import HandSet

HEADER_NOTE = """\
# Typed by hand by the helper heldout26 without reading the detectors or any scrubber output (see the script's
# docstring for what was read); invented people, homes and numbers only. NIR keys, RPPS/FINESS Luhn digits,
# IBAN check digits and IPPs written `*` are computed by the script. Split by rank of sha256("heldout26\\n" + row), lower half dev.
"""

# ------------------------------------------------------------------ rows
# Typed by genre; within one, by register.

ROWS = []
# A medically assisted reproduction centre and its sperm bank: FIV, ICSI, donors, straws, fertility preservation
ROWS.append(r"""
* Consultation d'[[diag_repro:AMP]] du [[date:08/12/2025]] : Mme [[name:Azoulay]] [[name:Yaël]], 34 ans, et son conjoint M. [[other_name:Azoulay]] [[other_name:Avraham]], [[diag_repro:infertilité]] primaire depuis 3 ans ; indication de [[diag_repro:FIV]] retenue en staff.
* Ponction ovocytaire le [[date_partial:15/12]] pour Mme [[name:Otero]] [[name:Uxía]] : 11 ovocytes recueillis, 8 matures, [[diag_repro:ICSI]] avec le sperme frais de M. [[other_name:Figueiras]] [[other_name:Xosé]].
- Protocole antagoniste, déclenchement par agoniste, transfert différé en cycle artificiel, soutien de la phase lutéale par progestérone.
* Spermogramme de M. [[name:Nwosu]] [[name:Chinonso]] du [[date:02/12/2025]] : [[diag_repro:azoospermie]] sécrétoire, biopsie testiculaire proposée, consultation avec le Dr [[other_name:Laborde]] (urologue).
- Réunion pluridisciplinaire d'[[diag_repro:AMP]] : 14 dossiers, 3 refus pour âge, 2 reports pour IMC supérieur à 35.
* CECOS : M. [[name:Teyssier]] [[name:Romain]], donneur n° [[id:D-2025-0417]], 4e recueil validé, 22 paillettes congelées ; caryotype normal, sérologies négatives au [[date_partial:1er décembre]].
* Préservation de la fertilité avant chimiothérapie : [[name:Chassaing]] [[name:Lucas]], 17 ans, lymphome de Hodgkin, autoconservation de sperme le [[date_partial:3/12]] en présence de son père ([[other_name:Pierre Chassaing]]).
* Mme [[name:Huseynova]] [[name:Leyla]] : bêta-hCG à 412 UI/L à J14 du transfert, [[diag_preg:grossesse]] débutante ; échographie de datation prévue le [[date_partial:5 janvier]].
- Taux de [[diag_preg:grossesse]] clinique par transfert d'embryon unique au stade blastocyste : 34 % sur l'année.
* Dossier de [[diag_repro:don d'ovocytes]] de Mme [[name:Amsellem]] [[name:Esther]], 41 ans : délai d'attente estimé à 18 mois ; elle demande si elle peut partir en Espagne, le Dr [[other_name:Chetrit]] lui a expliqué la prise en charge.
* Couple [[name:Moyo]] [[name:Tendai]] et [[other_name:Ncube]] [[other_name:Nokuthula]] : [[diag_repro:insémination]] intra-utérine n° 3 le [[date_partial:19/12]], 2 follicules, rapport conseillé le soir même.
- Stimulation par FSH recombinante 150 UI, monitorage à J6, J8 et J10, déclenchement à 18 mm.
* Conservation des embryons : la clinique écrit au couple [[name:Benhamou]] / [[other_name:Attal]], [[address:17 rue des Rosiers]], [[postcode_city:75004 Paris]], pour savoir s'ils maintiennent leurs 3 embryons congelés (dossier [[id:CRYO-11873]]).
* Annulation du cycle de Mme [[name:Gasimov]] [[name:Aygün]] pour réponse faible (2 follicules) ; entretien avec la psychologue (Mme [[other_name:Lelièvre]]) proposé, la patiente pleure au téléphone.
- Un embryon de qualité B transféré, deux vitrifiés, test de [[diag_preg:grossesse]] dans 12 jours.
* Le [[date:11/12/2025]], M. [[name:Kieffer]] [[name:Yannick]] appelle le CECOS : il a déménagé au [[address:8 rue des Jardins]], [[postcode_city:57100 Thionville]], et veut prolonger la conservation de ses paillettes (n° [[id:AC-57-2209]]).
* Mme [[name:Seechurn]] [[name:Vimla]], 38 ans, [[diag_repro:FIV]] n° 4 : les précédentes à Maurice, à la clinique de Floréal, ont échoué ; elle apporte ses comptes rendus en anglais.
- Le consentement au transfert doit être signé par les deux membres du couple le jour même, pièce d'identité à l'appui.
* Femme seule, Mme [[name:Varela]] [[name:Antía]], 36 ans, demande une [[diag_repro:PMA]] avec [[diag_repro:don de sperme]] ; premier rendez-vous le [[date:14/01/2026]] avec le Dr [[other_name:Peyrouzet]].
* Syndrome d'hyperstimulation ovarienne modéré chez Mme [[name:Zerbib]] [[name:Shirel]] après la ponction du [[date_partial:28/11]] : ascite, hospitalisation de 48 h, transfert annulé.
""")
# Adoption consultations: children adopted abroad, birth names and adoptive names, orphanage files
ROWS.append(r"""
* Consultation d'adoption : [[name:Texier]] [[name:Ange]], né [[name:Irakoze]] [[name:Ange]] au Burundi le [[date:03/06/2021]], arrivé en France le [[date_partial:12 octobre]] ; parents adoptifs M. et Mme [[other_name:Texier]].
* Dossier de l'enfant proposé par l'OAA : [[name:Nduwimana]] [[name:Divine]], 2 ans, orphelinat de Gitega, sérologies hépatite B positives à confirmer ; avis demandé au Dr [[other_name:Gaborit]] avant l'apparentement.
- Bilan d'arrivée systématique : NFS, ferritine, TSH, sérologies [[diag_hiv:VIH]], VHB, VHC, [[diag_sti:syphilis]], parasitologie des selles, radiographie du poignet pour l'âge osseux.
* [[name:Babin]] [[name:Kwizera]], âge estimé 6 ans (âge d'état civil 4 ans), âge osseux de 7 ans : l'écart sera signalé au juge pour la rectification de la date de naissance.
* Famille [[other_name:Métayer]], [[address:3 impasse des Tilleuls]], [[postcode_city:79000 Niort]] : attente d'un enfant de Colombie depuis [[date_partial:2019]], entretien de préparation avec la puéricultrice (Mme [[other_name:Chagnaud]]).
- L'enfant pleure quand on le déshabille, s'endort seul, mange tout ce qu'on lui donne : comportements habituels des premières semaines.
* Courrier au juge aux affaires familiales : l'enfant [[name:Lin]] [[name:Mei]] portera désormais le nom [[name:Bonnefoy]] [[name:Mei-Lou]] (jugement d'adoption plénière du [[date:26/09/2025]]).
* Visite des 3 mois pour [[name:Hakizimana]] [[name:Grâce]] : prise de poids de 2,1 kg, rattrapage vaccinal en cours (DTP, ROR), la mère adoptive ([[other_name:Claire Vigouroux]]) reprend le travail en [[date_month:janvier]].
* Retour sur les origines : Mme [[name:Lavigne]] [[name:Sophie]], née au Vietnam sous le nom de [[name:Nguyen]] [[name:Thi Hoa]] en [[date_partial:1987]], cherche son dossier d'abandon ; orientée vers le CNAOP.
- Un retard de croissance avec un philtrum lisse et une lèvre supérieure fine doit faire rechercher une embryofœtopathie.
* Le Dr [[other_name:Castro]], pédiatre de la COCA, a vu la fratrie [[name:Dube]] : [[name:Sipho]] (8 ans) et [[other_name:Thandiwe]] (5 ans), adoptés ensemble en Afrique du Sud, scolarisés à l'école du quartier.
* Mme [[other_name:Mougenot]] appelle au [[phone:03 83 40 17 92]] : sa fille [[name:Mougenot]] [[name:Lalita]], adoptée en Inde, fait des cauchemars depuis la visite de la maternelle.
- Les photos et la vidéo de l'enfant envoyées par l'organisme ne permettent pas de conclure sur le tonus ni la marche.
* Apparentement refusé par le conseil de famille pour [[name:Ouédraogo]] [[name:Wendkouni]] (pupille de l'État, dossier [[id:PE-2024-0311]]) : [[diag_mental:trouble du spectre autistique]], la famille candidate ne se sentait pas prête.
* Bilan de [[name:Chagnaud]] [[name:Tiago]], né [[name:Tiago]] [[name:Da Silva Ramos]] au Brésil le [[date:19/02/2019]] : retard de langage en portugais comme en français ; orthophonie à [[postcode_city:17000 La Rochelle]].
* Kafala : [[name:Harouna]] [[name:Idriss]], 3 ans, confié par le juge de Niamey à son oncle M. [[other_name:Soumana]] [[other_name:Harouna]] ; la CPAM demande l'acte de kafala traduit pour ouvrir ses droits.
- Les vaccins faits à l'orphelinat ne sont pas documentés : on considère l'enfant non vacciné.
* Entretien du [[date_partial:2 décembre]] avec les parents [[other_name:Thiébaut]] : l'aînée, [[name:Thiébaut]] [[name:Anastasia]], adoptée en Russie en [[date_partial:2012]], demande à consulter son dossier à ses 18 ans.
""")
# A gender identity clinic: the name in use and the name on the civil register, name changes, hormones
ROWS.append(r"""
* Première consultation : [[name:Léo]] [[name:Castagné]] (à l'état civil [[name:Léa]] [[name:Castagné]]), 19 ans, souhaite être appelé [[name:Léo]] et accordé au masculin ; testostérone discutée, bilan hormonal prescrit.
* Merci de corriger le dossier : la patiente se nomme [[name:Inès]] [[name:Lacaze]] depuis le changement de prénom à la mairie de [[postcode_city:64000 Pau]] le [[date:04/11/2025]] ; l'ancien prénom ne doit plus apparaître sur les convocations.
- Réunion de concertation pluridisciplinaire trans : endocrinologue, psychologue, chirurgien, association de patients invitée.
* Mx [[name:Kavalenka]] [[name:Alesia]] (prénom d'usage [[name:Alex]]), 24 ans, non binaire, demande une mastectomie ; lettre de soutien de la psychologue, Mme [[other_name:Novik]].
* Renouvellement de l'ordonnance d'estradiol pour Mme [[name:Pédelucq]] [[name:Maëlys]] : estradiolémie à 180 pg/mL le [[date_partial:20/11]], testostérone effondrée, tolérance bonne.
- Injection intramusculaire de testostérone toutes les 3 semaines, hématocrite à surveiller.
* Le secrétariat a envoyé la convocation au nom de « [[name:Thomas]] [[name:Casteig]] » alors que la carte Vitale porte désormais [[name:Tess]] [[name:Casteig]] ; excuses présentées par téléphone au [[phone:06 48 27 19 03]].
* Changement de la mention du sexe à l'état civil obtenu par jugement du tribunal de Bordeaux le [[date:17/10/2025]] pour M. [[name:Lukashevich]] [[name:Yauhen]] ; nouveau NIR en attente.
* [[name:Noa]] [[name:Zanier]], 15 ans, vient avec sa mère ([[other_name:Francesca Zanier]]) : bloqueurs de puberté refusés par le père, rendez-vous avec le juge des enfants le [[date_partial:9 janvier]].
- Les ordonnances de bicalutamide ne sont plus renouvelées en première intention depuis l'alerte de l'ANSM.
* M. [[name:Sawadogo]] [[name:Issa]] (né [[name:Sawadogo]] [[name:Aïssata]]) a perdu son emploi après son coming out ; orienté vers l'assistante sociale (Mme [[other_name:Renard]]) et l'association Acceptess.
* Courrier du Pr [[other_name:Del Fabbro]] : phalloplastie de M. [[name:Tomat]] [[name:Andrea]] programmée le [[date:22/01/2026]], temps 1 ; consultation d'anesthésie le [[date_partial:6 janvier]].
* Mme [[name:Shcharbina]] [[name:Kira]] souhaite que son ancienne identité (« [[name:Kirill]] ») soit masquée dans le DPI ; demande transmise au DIM et à la cellule d'identitovigilance.
- Les patients trans sont appelés par le prénom d'usage dans la salle d'attente, le nom de famille seul sinon.
* Suivi de l'épilation laser du visage : Mme [[name:Bensoussan]] [[name:Déborah]] a eu sa 6e séance ; devis pour les séances suivantes, non remboursées.
* Certificat pour l'employeur de [[name:Chabrier]] [[name:Sam]] : « merci de l'appeler [[name:Sam]] et d'utiliser son adresse [[email:sam.chabrier@laposte.net]] pour toute correspondance ».
""")
# Patients' belongings and valuables deposited at the cashier: jewels, cash, identity cards, bank cards, keys
ROWS.append(r"""
* Inventaire des effets personnels à l'entrée aux urgences de M. [[name:Okonkwo]] [[name:Chukwuemeka]] : 1 téléphone Samsung, 1 chaîne en or, 45 euros en espèces, carte d'identité n° [[id:190375104471]], clés de voiture.
* Dépôt à la régie le [[date:06/12/2025]] : Mme [[name:Vigouroux]] [[name:Paulette]], 88 ans, alliance et bague de fiançailles, reçu n° [[id:R-25-004812]] remis à son fils (M. [[other_name:Vigouroux]] [[other_name:Alain]]).
- Les objets de valeur non déposés restent sous la responsabilité du patient ; un coffre est disponible dans chaque chambre de médecine.
* Patient inconscient : portefeuille contenant un titre de séjour au nom de [[name:Abubakar]] [[name:Musa]] (n° [[id:7502038841]]), une carte bancaire se terminant par [[id:4417]], une photo d'enfant.
* Restitution des bijoux de Mme [[name:Ah-Kine]] [[name:Marie-Josée]] le [[date_partial:4/12]] à sa fille, Mme [[other_name:Lai-Fat]] [[other_name:Sandrine]], sur présentation de sa pièce d'identité et du reçu.
* Inventaire contradictoire au décès de M. [[name:Mangin]] [[name:René]], [[date:02/12/2025]] 4h10 : montre, lunettes, dentier, 12,40 euros ; valise remise aux pompes funèbres Roc-Eclerc.
- Liste des vêtements : 1 pantalon, 2 pulls, 1 manteau, chaussures, sac à dos ; rien de valeur.
* Le sac de M. [[name:Magomedov]] [[name:Shamil]] a été oublié dans l'ambulance ; l'ambulancier ([[other_name:Rudy Gérardin]], société Ambulances du Pays-Haut) le ramène demain.
* Passeport algérien n° [[id:254781369]] de Mme [[name:Hadjadj]] [[name:Nadia]] conservé au coffre à sa demande, ainsi que 600 euros en billets.
* Réclamation : Mme [[other_name:Weiss]] dit que la prothèse auditive gauche de sa mère, Mme [[name:Weiss]] [[name:Lisette]], a disparu entre le [[date_partial:25]] et le [[date_partial:27 novembre]] ; déclaration faite à la cadre (Mme [[other_name:Lacaze]]).
- Les prothèses dentaires sont rangées dans une boîte étiquetée au nom du patient, jamais dans un mouchoir.
* Au bloc, M. [[name:Ali Daoud]] [[name:Hassan]] refuse d'enlever son alliance ; bague coupée avec son accord, morceaux remis dans une enveloppe scellée.
* Chèque de 120 euros à l'ordre de M. [[name:Amsellem]] [[name:Shlomo]] trouvé dans sa table de nuit : déposé au coffre, n° de dépôt [[id:DV-2025-1177]].
* Le fils de M. [[name:Kaboré]] [[name:Moussa]] récupère les clés de l'appartement ([[address:résidence Les Acacias, bâtiment C]], [[postcode_city:93200 Saint-Denis]]) pour nourrir le chat.
- Les stupéfiants trouvés dans les affaires d'un patient sont remis à la pharmacie, jamais rendus.
* Restitution impossible : la famille de M. [[name:Doualeh]] [[name:Ibrahim]], décédé le [[date:29/11/2025]], n'a pas été retrouvée ; les objets restent à la régie un an puis aux Domaines.
* Le téléphone de Mlle [[name:Mthembu]] [[name:Zanele]] est resté bloqué au poste de soins ; son code PIN est noté dans le dossier, ce qui est interdit.
""")
# Hospital security incident reports and runaway patients: descriptions, police, hand-over
ROWS.append(r"""
* Fiche d'événement indésirable n° [[id:FEI-2025-3381]] : le [[date:05/12/2025]] à 23h15, M. [[name:Eze]] [[name:Obinna]] a frappé l'agent de sécurité (M. [[other_name:Jacquemin]]) dans le hall des urgences.
* Fugue d'un patient en soins sans consentement : M. [[name:Gadzhiev]] [[name:Ruslan]], 27 ans, 1,80 m, blouson noir, barbe ; signalé au commissariat à 14h05, la mère prévenue ([[phone:07 52 31 88 04]]).
- Ronde de nuit : porte du local des fluides trouvée ouverte à 2h, refermée, rien de manquant.
* Plainte déposée par l'IDE [[other_name:Céline Babin]] pour insultes et menaces de mort de la part du fils d'une patiente, main courante n° [[id:2025/004512]] au commissariat de [[postcode_city:86000 Poitiers]].
* Mme [[name:Winterstein]] [[name:Monia]] a quitté le service contre avis médical le [[date_partial:3/12]] avec son bébé ; décharge non signée, la PMI de secteur prévenue.
* Retrouvé à la gare par la police à 19h : M. [[name:Loiseau]] [[name:Gérard]], 84 ans, désorienté, parti de la gériatrie en pyjama ; ramené par l'équipage (gardien de la paix [[other_name:Mathieu Kohler]]).
- Le bouton d'alarme portatif du CMP ne fonctionne plus depuis le changement de standard, ticket ouvert.
* Intrusion dans le service de maternité : un homme se disant le père de l'enfant de Mme [[name:Chetrit]] [[name:Ruth]] a tenté de voir le nouveau-né ; la patiente avait demandé la confidentialité de son séjour.
* Agression verbale à l'accueil le mardi [[date_partial:25 novembre]] : M. [[name:Reinhardt]] [[name:Tchavolo]] voulait voir son frère hospitalisé après 21h ; calmé par le médecin de garde (Dr [[other_name:Peyrouzet]]).
* Sortie sans autorisation de Mlle [[name:Ouattara]] [[name:Rasmata]], 16 ans, du service de pédiatrie ; vue montant dans une voiture grise immatriculée [[id:FR-512-KD]] ; procureur et ASE informés.
- Équipe de sécurité : 2 agents la nuit, un maître-chien le week-end, caméras à l'entrée principale et au parking.
* Objet dangereux : un couteau retrouvé sous l'oreiller de M. [[name:Novik]] [[name:Siarhei]] en psychiatrie ; retiré sans incident, [[diag_mental:idées suicidaires]] réévaluées par l'interne.
* Le [[date:30/11/2025]], Mme [[name:Compaoré]] [[name:Pegdwendé]] signale le vol de son sac dans la salle d'attente de radiologie ; vidéo demandée par la police, visionnage le [[date_partial:2 décembre]].
* Avis de recherche transmis par la gendarmerie : M. [[name:Safiullin]] [[name:Rinat]], né le [[date:14/07/1959]], atteint de [[diag_mental:démence]] vasculaire, vu pour la dernière fois à [[postcode_city:63000 Clermont-Ferrand]].
* Rapport de l'agent [[other_name:Kévin Thiel]] : patient [[diag_addict:alcoolisé]] au parking, M. [[name:Garba]] [[name:Danjuma]], refus de soins, pompiers appelés à 3h40 ; [[diag_addict:ivresse]] manifeste.
- Exercice incendie au bâtiment B le jeudi matin, évacuation horizontale, 12 minutes.
""")
# A human milk bank and breastfeeding consultations: donor mothers, batches, babies who receive them
ROWS.append(r"""
* Lactarium : nouvelle donneuse, Mme [[name:Cazenave]] [[name:Laurie]], n° de donneuse [[id:LAC-64-0912]], sérologies du [[date:01/12/2025]] négatives, collecte à domicile le mardi à [[address:12 chemin de Lacaze]], [[postcode_city:64290 Gan]].
- Pasteurisation Holder 62,5 °C pendant 30 minutes, contrôle bactériologique avant et après, lot libéré à 48 h.
* Le lot 25-1187 de lait pasteurisé a été donné à [[name:Houmed]] [[name:Fathia]], née à 28 [[diag_preg:SA]] le [[date:18/11/2025]], en néonatologie ; traçabilité enregistrée par la puéricultrice (Mme [[other_name:Aloïké]]).
* Consultation d'[[diag_preg:allaitement]] : Mme [[name:Zongo]] [[name:Alimata]], crevasses bilatérales, bébé ([[other_name:Noah]]) de 12 jours, frein de langue vu par le Dr [[other_name:Chassaing]] ; section proposée.
* Mme [[name:Mammadov]] [[name:Gunel]] ne peut plus donner son lait : elle a repris un traitement par [[diag_mental:sertraline]] ; don suspendu, remerciements envoyés le [[date_partial:8/12]].
- Un lait de donneuse contenant de la nicotine ou de la caféine en excès est écarté, de même qu'un lait contaminé par du staphylocoque doré.
* Le [[date_partial:28 novembre]], la collectrice (Mme [[other_name:Printemps]]) n'a trouvé personne au [[address:5 allée des Mésanges]] ; la donneuse, Mme [[name:Lelièvre]] [[name:Aurore]], avait [[diag_preg:accouché]] de son deuxième enfant.
* [[name:Hamani]] [[name:Zeinabou]], 3 semaines, pèse 3,050 kg ; la mère dit ne pas avoir assez de lait, tire-lait prescrit, rendez-vous avec la conseillère en lactation le [[date_partial:11/12]].
- Congélation du lait maternel à -18 °C, 4 mois maximum, décongélation au réfrigérateur.
* Les jumelles [[name:Aliyeva]] [[name:Nigar]] et [[other_name:Aliyeva]] [[other_name:Narmin]], nées à 31 [[diag_preg:SA]], reçoivent le lait de leur mère et un complément du lactarium ; la mère ([[other_name:Leyla Aliyeva]]) tire 6 fois par jour.
* Mme [[name:Ncube]] [[name:Tariro]], [[diag_hiv:séropositive]] sous traitement, charge virale indétectable, souhaite [[diag_preg:allaiter]] ; avis de l'infectiologue (Dr [[other_name:Mouton]]) demandé avant la sortie.
* Facture du lactarium à la maternité de [[postcode_city:40100 Dax]] : 42 litres livrés en [[date_month:novembre]], dont 6 litres pour un seul enfant hospitalisé ([[name:Labat]] [[name:Ethan]], IPP [[id:{ipp}]]).
- La donneuse doit ne pas fumer, ne pas boire d'[[diag_addict:alcool]], ne pas prendre de médicament sans accord, et tirer son lait dans des biberons stériles.
* Appel de Mme [[name:Appadoo]] [[name:Kavita]] ([[phone:06 61 09 44 27]]) : son congélateur est tombé en panne, 3 litres de lait à récupérer en urgence ; coursier envoyé.
* Mastite de Mme [[name:Thiel]] [[name:Camille]] à J20 : antibiotique compatible avec l'[[diag_preg:allaitement]], pas de sevrage, revoir le [[date_partial:15/12]] si fièvre persistante.
- Réunion du comité de pilotage du lactarium : 184 donneuses actives, 2 200 litres collectés sur l'année.
""")
# A tuberculosis control centre (CLAT): contact tracing in homes, workplaces and hostels, IGRA, observed treatment
ROWS.append(r"""
* CLAT : cas index M. [[name:Ag Alhassane]] [[name:Aghali]], tuberculose pulmonaire bacillifère diagnostiquée le [[date:27/11/2025]] ; vit au foyer de travailleurs [[address:Foyer Coallia, 14 rue des Vignoles]], [[postcode_city:75020 Paris]], [[address:chambre 312]].
- Dépistage autour d'un cas : sujets contacts étroits, radiographie thoracique et test IGRA à 8 semaines du dernier contact.
* Sujets contacts du foyer : M. [[other_name:Maïga]] [[other_name:Boubacar]] (voisin de chambre), M. [[other_name:Intalla]] [[other_name:Mohamed]] (cuisine commune), M. [[other_name:Djibo]] (cousin, dort parfois dans la chambre).
* Quantiferon positif chez Mme [[name:Walet Mohamed]] [[name:Fadimata]], 32 ans, radiographie normale : infection tuberculeuse latente, traitement de 3 mois proposé ; elle [[diag_preg:allaite]], avis demandé.
* Traitement directement observé pour M. [[name:Hakizimana]] [[name:Jean-Bosco]] : l'infirmière du CLAT passe chaque matin à 8h au [[address:27 avenue Jean Jaurès]], [[postcode_city:69007 Lyon]] ; prises du [[date_partial:1er]] au [[date_partial:7 décembre]] toutes vues.
- Déclaration obligatoire envoyée à l'ARS ; le signalement ne comporte que les initiales et le code d'anonymat.
* Enquête en entreprise : M. [[name:Ferret]] [[name:Mandino]], chauffeur chez Transports [[other_name:Kohler]] à [[postcode_city:67700 Saverne]], 11 collègues à dépister ; le médecin du travail (Dr [[other_name:Bégué]]) organise la séance le [[date_partial:16/12]].
* École maternelle Les Petits Princes : l'ATSEM, Mme [[name:Dhunnoo]] [[name:Anjali]], est le cas index ; 46 enfants et 5 adultes contacts, réunion d'information aux parents le [[date_partial:10 décembre]] à 18h.
- BCG non obligatoire depuis 2007 mais recommandé chez l'enfant né dans un pays de forte endémie.
* Perdu de vue : M. [[name:Bello]] [[name:Yusuf]], arrêt du traitement depuis le [[date_partial:14/11]] ; téléphone ([[phone:07 44 19 26 83]]) coupé, l'association qui le domicilie ([[address:BP 4021]], [[postcode_city:13301 Marseille Cedex 03]]) a envoyé un courrier.
* Résistance à la rifampicine chez Mme [[name:Gabdrakhmanova]] [[name:Gulnaz]], arrivée de Kazan en [[date_month:septembre]] : tuberculose multirésistante, isolement en chambre à pression négative, avis du centre national de référence.
* Le [[date:09/12/2025]], Mme [[other_name:Nundlall]], interprète en créole mauricien, accompagnera M. [[name:Nundlall]] [[name:Sanjay]] pour l'annonce du diagnostic (pas de lien de parenté malgré le nom).
- Tubertest lu à 72 heures : induration de 12 mm, pas de phlyctène.
* Radiographie de contrôle de [[name:Omarov]] [[name:Magomed]], 9 ans, à 2 mois de traitement : régression des adénopathies médiastinales ; prochaine consultation le [[date:02/02/2026]].
* Contact en prison : M. [[name:Musa]] [[name:Ibrahim]], écrou n° [[id:48213]], codétenu du cas index ; dépistage fait à l'unité sanitaire le [[date_partial:5/12]], IGRA négatif.
* Dépistage des migrants : M. [[name:Kouyouri]] [[name:Jonas]], arrivé de Saint-Laurent-du-Maroni pour ses études, radiographie systématique normale, rendez-vous pour le vaccin le [[date_partial:18/12]].
""")
# Therapeutic education workshops: group attendance, diabetes, asthma school, heart failure
ROWS.append(r"""
* Atelier ETP diabète du [[date:03/12/2025]], présents : M. [[name:Boodhoo]] [[name:Ravi]], Mme [[other_name:Figueiras]] [[other_name:Rosa]], M. [[other_name:Chabrier]] [[other_name:Gilles]] ; excusée : Mme [[other_name:Tiouka]] [[other_name:Marie-Claire]].
- Séance collective « lire une étiquette alimentaire » : glucides, index glycémique, portions ; 6 participants, durée 2 heures.
* Diagnostic éducatif de Mme [[name:Ifeoma]] [[name:Eze]] : ne sait pas adapter ses doses d'insuline rapide, travaille de nuit comme aide-soignante, objectif : reconnaître une hypoglycémie.
* École de l'asthme, mercredi [[date_partial:10 décembre]] : [[name:Candotti]] [[name:Matteo]], 9 ans, technique d'inhalation corrigée (chambre d'inhalation), sa grand-mère ([[other_name:Luisa Puntel]]) participe.
- Programme autorisé par l'ARS pour 4 ans, coordonné par une infirmière d'éducation, évaluation quadriennale.
* Insuffisance cardiaque : M. [[name:Renard]] [[name:Michel]] a pris 3 kg en 5 jours sans appeler ; lors de l'atelier, il dit qu'il ne se pèse pas, la balance est chez sa fille ([[other_name:Nathalie Renard]]).
* Mme [[name:Amsellem]] [[name:Myriam]] a fini le programme : 4 séances individuelles, 3 collectives ; synthèse envoyée au médecin traitant, Dr [[other_name:Elbaz]], [[address:6 place Masséna]], [[postcode_city:06000 Nice]].
- Jeu de cartes « vrai ou faux » sur l'anticoagulant : 8 bonnes réponses sur 10 en moyenne.
* Groupe de parole stomie du [[date_partial:27/11]] : présents M. [[name:Métayer]] [[name:Bernard]] et sa femme ([[other_name:Josiane]]), M. [[other_name:Ouédraogo]] [[other_name:Adama]] ; animatrice : [[other_name:Sophie Loiseau]], stomathérapeute.
* Pompe à insuline : [[name:Niyonzima]] [[name:Aline]], 14 ans, a appris à changer son cathéter seule ; sa mère a appelé le [[date_partial:1er décembre]] ([[phone:06 33 71 48 02]]) pour un capteur tombé.
* Refus d'entrer dans le programme : M. [[name:Garba]] [[name:Abdoulaye]], BPCO, dit qu'il n'a pas le temps et qu'il fume depuis 50 ans ; tabagisme actif, consultation de tabacologie proposée.
- Patient expert présent à la séance : témoignage sur la vie avec une dialyse péritonéale.
* Mme [[name:Lamas]] [[name:Carmen]] ne parle que galicien et espagnol : la séance sur les anticoagulants est reportée au [[date_partial:17/12]] avec une interprète (Mme [[other_name:Varela]]).
* L'infirmière d'ETP [[other_name:Hélène Berger]] signale que M. [[name:Kieffer]] [[name:Joseph]] confond ses deux stylos d'insuline ; étiquettes de couleur, passage IDE le soir.
- Questionnaire de satisfaction : 92 % des patients recommandent l'atelier à un proche.
* Atelier cuisine annulé le [[date_partial:4 décembre]] pour grève ; les participants (M. [[other_name:Peyrouzet]], Mme [[other_name:Bégué]], M. [[other_name:Boodhoo]]) sont prévenus par SMS.
""")
# The chaplaincy and rites: priest, imam, rabbi, pastor, washing of the body, fasting
ROWS.append(r"""
* Demande d'aumônier catholique pour M. [[name:Jacquemin]] [[name:Lucien]], 87 ans, soins palliatifs : sacrement des malades souhaité par la famille ; le père [[other_name:Thiébaut]] passera le [[date_partial:9/12]].
* L'imam [[other_name:Abdoulaye Compaoré]] est venu voir M. [[name:Sawadogo]] [[name:Salif]] ; la famille demande la toilette rituelle au funérarium avant 14h, le corps doit être inhumé au pays.
- Aumônerie protestante : permanence le jeudi de 14h à 17h, salle de recueillement au rez-de-chaussée.
* Mme [[name:Bensoussan]] [[name:Rachel]] ne veut pas d'appel ni d'examen du vendredi soir au samedi soir (Shabbat) ; l'IRM est déplacée au dimanche [[date_partial:14 décembre]].
* Décès de M. [[name:Attal]] [[name:Mordechai]] le [[date:07/12/2025]] à 22h : la famille demande que le corps ne soit pas laissé seul, un membre de la communauté (M. [[other_name:Zerbib]]) restera la nuit ; le rabbin [[other_name:Elbaz]] est prévenu.
* Ramadan : M. [[name:Ag Ahmed]] [[name:Ibrahim]], diabétique sous insuline, veut jeûner ; l'équipe adapte les horaires, avis de l'imam de l'hôpital sur la dispense.
- La salle de recueillement multiconfessionnelle est ouverte jour et nuit ; ne pas y entreposer de matériel.
* Témoin de Jéhovah : Mme [[name:Mouton]] [[name:Evelyne]] refuse toute transfusion, directives écrites remises le [[date_partial:2/12]] ; les ancien(ne)s de sa congrégation (M. [[other_name:Berger]]) ont demandé à la voir, elle accepte.
* Le pasteur [[other_name:Ndikumana]] vient prier avec Mme [[name:Nduwimana]] [[name:Claudine]] chaque dimanche ; elle demande que la musique soit tolérée dans la chambre.
- Les repas sans porc, halal, casher et végétariens sont commandés la veille avant 15h.
* Bénévole de l'aumônerie orthodoxe, Mme [[other_name:Kavalenka]], a apporté une icône pour M. [[name:Lukashevich]] [[name:Piotr]] ; pas de bougie dans le service (sécurité incendie).
* Deuil périnatal : bénédiction du bébé de Mme [[name:Tiouka]] [[name:Sandra]], mort-né à 24 [[diag_preg:SA]] le [[date_partial:30/11]], par l'aumônière (Mme [[other_name:Lavigne]]) ; photos remises aux parents.
* Sortie du corps de M. [[name:Hamani]] [[name:Soumana]] pour rapatriement à Niamey : certificat de non-contagion, mise en bière le [[date_partial:5 décembre]], vol du lendemain.
- Pour le baptême en urgence d'un nouveau-né, n'importe quel soignant peut verser l'eau si la famille le demande.
* Le prêtre hindou demandé par Mme [[name:Seechurn]] [[name:Pooja]] n'est pas joignable ; son beau-frère ([[other_name:Rajesh Seechurn]], [[phone:06 20 58 73 14]]) s'en charge.
""")
# Trusted-person and advance-directive forms: the designee's details, revocations, the notary
ROWS.append(r"""
* Désignation de la personne de confiance par M. [[name:Gaborit]] [[name:Henri]] le [[date:01/12/2025]] : Mme [[other_name:Gaborit]] [[other_name:Monique]], épouse, [[address:4 rue du Minage]], [[postcode_city:17100 Saintes]], [[phone:05 46 93 27 18]].
* Mme [[name:Casteig]] [[name:Jeanne]] désigne sa voisine, Mme [[other_name:Laborde]] [[other_name:Simone]], et non ses enfants ; la patiente est lucide, le formulaire est signé devant l'IDE.
- La personne de confiance peut accompagner le patient aux consultations, mais n'a pas accès au dossier médical sans son accord.
* Révocation : M. [[name:Chassaing]] [[name:Paul]] ne veut plus que son fils ([[other_name:Éric Chassaing]]) soit sa personne de confiance depuis le [[date_partial:20 novembre]] ; remplacé par son neveu, M. [[other_name:Besse]] [[other_name:Jérôme]].
* Directives anticipées de Mme [[name:Lacaze]] [[name:Marguerite]], rédigées le [[date:12/03/2023]] : pas de réanimation, pas d'alimentation artificielle ; copie chez Maître [[other_name:Cazenave]], notaire à [[postcode_city:65000 Tarbes]].
- Le modèle de directives anticipées de la HAS distingue les personnes en bonne santé et celles atteintes d'une maladie grave.
* Refus de désigner une personne de confiance : M. [[name:Gasimov]] [[name:Elchin]] dit qu'il n'a personne en France ; sa sœur vit à Bakou ([[phone:+994 50 412 38 77]]).
* Personne à prévenir (différente de la personne de confiance) pour Mme [[name:Weiss]] [[name:Kalie]] : son compagnon, M. [[other_name:Lagrené]] [[other_name:Dorado]], joignable sur l'aire d'accueil, [[phone:07 69 14 02 55]].
* Sous tutelle : M. [[name:Tomat]] [[name:Luigi]] ne peut désigner une personne de confiance qu'avec l'autorisation du juge ; son tuteur est l'UDAF (Mme [[other_name:Candotti]], mandataire).
- Les directives anticipées sont valables sans limite de durée et peuvent être modifiées à tout moment.
* Directives de M. [[name:Ncube]] [[name:Themba]] en anglais, datées du [[date:05/05/2024]] : « no intubation, no CPR, call my daughter [[other_name:Nomsa]] » ; traduites par l'interne.
* La fille de Mme [[name:Aliyeva]] [[name:Sevda]] conteste les directives de sa mère ; réunion collégiale le [[date_partial:11/12]] avec le Dr [[other_name:Teyssier]], le cadre et la psychologue.
* M. [[name:Printemps]] [[name:Daniel]] a enregistré ses directives sur Mon Espace Santé le [[date_partial:3 octobre]] ; l'équipe n'y a pas accès, il donne une copie papier.
- Formulaire de désignation en deux exemplaires : un dans le dossier, un remis au patient.
* Personne de confiance : Mme [[other_name:Kohler]] [[other_name:Nathalie]], fille, [[email:nathalie.kohler67@orange.fr]], [[address:19 rue de la Forêt]], [[postcode_city:67120 Molsheim]] ; pour Mme [[name:Kohler]] [[name:Marthe]], [[diag_mental:démence]] débutante.
""")
# Nuclear medicine and radiation protection: iodine therapy rooms, waste, pregnancy checks
ROWS.append(r"""
* Irathérapie : Mme [[name:Boodhoo]] [[name:Anita]], cancer papillaire de la thyroïde, 3,7 GBq d'iode 131 le [[date:10/12/2025]] ; chambre protégée 3 jours, sortie si débit de dose inférieur à 20 µSv/h à 1 m.
- Chambre plombée : sanitaires reliés aux cuves de décroissance, linge et déchets stockés 10 périodes avant évacuation.
* Avant la scintigraphie osseuse de Mme [[name:Mammadov]] [[name:Sabina]], 29 ans, test de [[diag_preg:grossesse]] négatif le [[date_partial:4/12]] ; elle [[diag_preg:allaite]] : interruption de 24 heures conseillée.
* Consignes écrites remises à M. [[name:Okafor]] [[name:Chidi]] : éviter les enfants et les femmes [[diag_preg:enceintes]] 7 jours, dormir seul, tirer deux fois la chasse ; sa femme ([[other_name:Adaeze]]) est [[diag_preg:enceinte]] de 5 mois.
- TEP au 18F-FDG : glycémie capillaire inférieure à 1,8 g/L, jeûne de 6 heures, repos au calme 1 heure après l'injection.
* Incident de contamination le [[date:28/11/2025]] : M. [[name:Winterstein]] [[name:Dorado]] a uriné sur le sol de la salle d'attente chaude après l'injection ; zone balisée, contrôle par la PCR (Mme [[other_name:Gaborit]]).
* Dosimétrie : le manipulateur [[other_name:Yannick Thiébaut]] a dépassé le seuil d'enregistrement aux extrémités en [[date_month:novembre]] ; changement de poste de travail au préparateur automatique.
* Scintigraphie myocardique de M. [[name:Mougenot]] [[name:Albert]] reportée au [[date:16/12/2025]] : il a bu du café le matin (dipyridamole) ; taxi prescrit depuis [[postcode_city:88000 Épinal]].
- Le Lutathera est administré en hôpital de jour, 4 cures espacées de 8 semaines.
* Alarme du portique de la déchetterie le [[date_partial:2 décembre]] : couches de M. [[name:Ouattara]] [[name:Siaka]], traité par iode 131 la semaine précédente à domicile ; sac retrouvé, mis en décroissance.
* M. [[name:Khairullin]] [[name:Ilnur]] part en avion le [[date_partial:20/12]] : certificat de traitement par radionucléide en anglais remis, pour les portiques de l'aéroport.
* Erreur d'identité évitée : deux patientes [[name:Bégué]] convoquées le même matin, Mme [[name:Bégué]] [[name:Josette]] (née en [[date_partial:1944]]) pour une scintigraphie pulmonaire et Mme [[other_name:Bégué]] [[other_name:Josiane]] (née en [[date_partial:1950]]) pour une ostéodensitométrie.
- Contrôle qualité quotidien de la gamma-caméra : uniformité, centre de rotation, résolution.
* Mme [[name:Lelièvre]] [[name:Chloé]], [[diag_preg:enceinte]] sans le savoir lors de la scintigraphie du [[date_partial:14/11]] : dose à l'utérus estimée à 0,3 mGy par le physicien, Dr [[other_name:Loiseau]], pas d'indication d'[[diag_repro:IVG]].
""")
# Health mediation with Travellers: aires d'accueil, pitch numbers, caravans, postal domiciliation, pilgrimages
ROWS.append(r"""
* Médiatrice santé, aire d'accueil : Mme [[name:Reinhardt]] [[name:Kalie]], [[address:aire d'accueil des gens du voyage de la Briquerie, emplacement 14]], [[postcode_city:57100 Thionville]] ; suivi de [[diag_preg:grossesse]] non fait, rendez-vous à la PMI le [[date_partial:12/12]].
* Domiciliation postale de la famille [[name:Lagrené]] : [[address:CCAS, 2 place de l'Hôtel de Ville]], [[postcode_city:54000 Nancy]] ; les courriers de l'hôpital y partent, la famille passe les chercher une fois par mois.
- Tournée du camion de prévention sur 3 aires : vaccination, dépistage du diabète, saturnisme chez les enfants (récupération de métaux).
* Plombémie à 112 µg/L chez [[name:Ferret]] [[name:Django]], 4 ans ; le père ([[other_name:Tchavolo Ferret]]) brûle des câbles près de la caravane, déclaration obligatoire faite à l'ARS le [[date_partial:3 décembre]].
* La famille [[other_name:Winterstein]] part pour le pèlerinage des Saintes-Maries-de-la-Mer en [[date_month:mai]] : renouvellement anticipé du traitement de M. [[name:Winterstein]] [[name:Mandino]], insulinodépendant.
* M. [[name:Kohler]] [[name:Freddy]], yéniche, stationné sur le terrain familial [[address:lieu-dit Le Grand Pré]], [[postcode_city:68500 Guebwiller]] ; caravane immatriculée [[id:DK-318-PL]], accès difficile pour l'infirmière l'hiver.
- Les familles préfèrent venir aux urgences en groupe ; prévoir un seul interlocuteur et la salle des familles.
* Appel de Mme [[other_name:Weiss]] [[other_name:Sandrine]] ([[phone:06 74 22 91 30]]) : sa belle-mère, Mme [[name:Weiss]] [[name:Lily]], a quitté l'hôpital de Metz, la famille part vers l'aire de [[postcode_city:21000 Dijon]] ; demande du courrier de sortie.
* Vaccination ROR rattrapée pour les 5 enfants de Mme [[name:Lagrené]] [[name:Monia]] sur l'aire de la [[address:rue des Aulnes, emplacement 7]] ; carnets de santé mis à jour le [[date_partial:26/11]].
- Carnet de circulation supprimé en 2017 ; une adresse de domiciliation reste nécessaire pour la CSS.
* Grand passage de 150 caravanes à [[postcode_city:64100 Bayonne]] : un enfant, [[name:Reinhardt]] [[name:Bireli]], 2 ans, brûlé par une casserole, transféré au CHU ; la mère ([[other_name:Sarah Reinhardt]]) l'accompagne.
* M. [[name:Ferret]] [[name:Jimmy]] refuse l'hospitalisation : il doit déplacer sa caravane avant l'expulsion prévue le [[date:15/12/2025]] par arrêté préfectoral ; soins à domicile sur l'aire organisés.
* Pèlerinage de Lourdes en [[date_month:août]] : Mme [[name:Lagrené]] [[name:Nina]], dialysée, demande une séance à Tarbes ; dossier envoyé au centre de dialyse le [[date_partial:8 décembre]].
- La médiatrice accompagne aussi aux démarches à la CPAM et à la préfecture, sans être soignante.
""")
# The cashier's debt collection: stay fees, daily charge, payment plans, the Trésor public
ROWS.append(r"""
* Avis des sommes à payer n° [[id:ASP-2025-088412]] adressé à M. [[name:Chagnaud]] [[name:Didier]], [[address:11 rue Gambetta]], [[postcode_city:16000 Angoulême]] : forfait journalier de 8 jours, 160 euros, séjour du [[date_partial:2]] au [[date_partial:10 octobre]].
* Échéancier accordé à Mme [[name:Kaboré]] [[name:Rasmata]] : 5 mensualités de 48 euros à partir du [[date_partial:5 janvier]], validé par le comptable du Trésor public.
- Le forfait journalier n'est pas dû le jour de sortie ni pendant les séjours en HAD.
* Titre de recettes [[id:T-2025-0051193]] annulé : M. [[name:Texier]] [[name:Guy]] avait une complémentaire (MGEN, adhérent [[id:2417795003]]) non saisie à l'admission ; refacturation à la mutuelle.
* Relance amiable n° 2 pour la facture [[id:F-25-331087]] de M. [[name:Ah-Kine]] [[name:Bruno]] (consultation externe du [[date:14/08/2025]]) ; courrier revenu avec la mention « n'habite pas à l'adresse indiquée ».
* Patient sans droits : M. [[name:Harouna]] [[name:Moussa]], AME refusée ; devis de 2 340 euros pour la chirurgie de la hernie, dossier transmis à la PASS le [[date_partial:4/12]].
- Les frais de chambre particulière sont facturés 65 euros par nuit si le patient l'a demandée par écrit.
* Le fils de Mme [[name:Mougenot]] [[name:Jeanne]], décédée, conteste la facture de la chambre particulière : la demande écrite portait la signature de sa sœur ([[other_name:Marie-Thérèse Mougenot]]), pas celle de la patiente.
* Remise gracieuse demandée par M. [[name:Babin]] [[name:Cédric]], au RSA : 420 euros de ticket modérateur ; avis favorable de l'assistante sociale (Mme [[other_name:Texier]]).
* Paiement en ligne reçu le [[date:03/12/2025]] pour Mme [[name:Vigouroux]] [[name:Odette]], référence [[id:PAY-7F31K9]], payé par carte au nom de [[other_name:Vigouroux]] [[other_name:Marc]].
- Les patients étrangers non résidents paient un acompte à l'admission programmée, sauf urgence vitale.
* Saisie administrative à tiers détenteur sur le compte de M. [[name:Lacaze]] [[name:Francis]] (IBAN [[iban:{iban:10907 00001 01234567891 25}]]) pour 3 factures impayées de [[date_partial:2023]].
* M. [[name:Gadzhiev]] [[name:Aslan]], touriste, repart en Russie sans payer : passeport [[id:753118420]] copié à l'admission, dossier transmis au contentieux.
* Remboursement d'un trop-perçu de 35 euros à Mme [[name:Figueiras]] [[name:Rosa]] par virement ; RIB reçu le [[date_partial:27/11]].
- Les dettes de moins de 15 euros ne sont pas poursuivies.
""")
# The IT helpdesk's tickets about patient records: merged identities, break-the-glass access, documents filed wrong
ROWS.append(r"""
* Ticket [[id:INC0048813]] : compte rendu d'échographie de Mme [[name:Bonnefoy]] [[name:Chantal]] classé dans le dossier de Mme [[other_name:Bonnefoy]] [[other_name:Christiane]] (IPP [[id:20188443]]) ; déplacement du document demandé.
* Demande de fusion : deux IPP pour M. [[name:Djibo]] [[name:Hamidou]], [[id:{ipp}]] et [[id:30511796]], même date de naissance ([[date:01/01/1984]]), orthographe « [[name:Djibo]] » et « [[name:Jibo]] » ; validé par la cellule d'identitovigilance.
- Le DPI sera indisponible le dimanche de 6h à 9h pour la montée de version ; procédure dégradée papier.
* Accès « bris de glace » au dossier de M. [[name:Berger]] [[name:Olivier]] le [[date_partial:29/11]] par un utilisateur de cardiologie sans lien de soin ; signalé au DPO, entretien avec le cadre.
* Ticket [[id:INC0049107]] : l'imprimante d'étiquettes de la maternité imprime « [[name:CASTRO]] [[name:Antía]] » sans accent sur tous les bracelets ; patch prévu.
* Doublon créé aux admissions : Mme [[name:Nwosu]] [[name:Ngozi]] enregistrée aussi en « [[name:Ngozi]] [[name:Nwosu]] » (nom et prénom inversés) le [[date_partial:1er décembre]].
- Migration de l'imagerie vers le nouveau PACS : les examens antérieurs à 2015 seront accessibles en lecture seule.
* L'interne [[other_name:Julien Chabrier]] ne peut pas signer ses prescriptions : carte CPS bloquée, RPPS [[rpps:{rpps:1009988776}]] ; débloqué par le support.
* Le patient [[name:Magomedov]] [[name:Arsen]] apparaît avec la photo d'un autre patient sur le plan de soins ; photo supprimée, incident déclaré le [[date:04/12/2025]].
* Messagerie sécurisée : le courrier de sortie de Mme [[name:Peyrouzet]] [[name:Alice]] envoyé à [[email:cabinet.lacaze@medecin.mssante.fr]] au lieu de son médecin traitant ; demande de retrait.
- Les tickets de niveau 2 sont traités dans la journée ouvrée, ceux de niveau 3 par l'éditeur.
* Identité provisoire [[id:X-2025-1122]] attribuée le [[date_partial:22/11]] au patient retrouvé sur la voie publique, identifié depuis comme M. [[name:Sabayo]] [[name:Raymond]] ; fusion faite.
* Erreur de NIR dans le DPI pour Mme [[name:Hakizimana]] [[name:Joséphine]] : saisi [[nir:{nir:2 79 03 99 131 412}]] (code du pays de naissance erroné) ; l'INS qualifiée ne remonte pas.
* Demande d'extraction de l'historique des accès au dossier de Mme [[name:Mouton]] [[name:Julie]], salariée de l'hôpital, qui pense qu'un collègue a consulté son dossier (en [[date_month:octobre]] et en [[date_month:novembre]]).
""")
# Art and music therapy, peer workers and hospital volunteers
ROWS.append(r"""
* Art-thérapie, séance du [[date_partial:3/12]] : [[name:Chetrit]] [[name:Noam]], 12 ans, a dessiné sa maison au Maroc et son grand-père ([[other_name:Shlomo]]) ; il parle pour la première fois de l'accident.
* Musicothérapie en unité Alzheimer : Mme [[name:Thiel]] [[name:Germaine]], [[address:chambre 17]] de l'[[address:EHPAD Les Mirabelles]], chante les chansons en platt avec la musicothérapeute ([[other_name:Anne Kieffer]]).
- Atelier d'écriture le vendredi après-midi, 8 places, inscription auprès de l'animatrice.
* Le médiateur de santé pair, M. [[other_name:Novik]] [[other_name:Dmitri]], accompagne M. [[name:Shcharbina]] [[name:Yury]] à son premier rendez-vous au CMP ; il a connu lui-même la [[diag_mental:schizophrénie]].
* Bénévole VMEH, Mme [[other_name:Chassaing]] [[other_name:Yvette]], a signalé que M. [[name:Bonnefoy]] [[name:Raymond]] ne reçoit plus de visites depuis la mort de sa femme ; assistante sociale prévenue le [[date_partial:5 décembre]].
* Clowns à l'hôpital : [[name:Aloïké]] [[name:Tiana]], 6 ans, a refusé la visite, elle avait peur ; à reproposer après la greffe prévue le [[date:19/12/2025]].
- Les bénévoles signent une charte de confidentialité et ne notent rien dans le dossier de soins.
* Pair-aidante en addictologie : Mme [[other_name:Mthembu]] [[other_name:Lindiwe]] anime le groupe du mardi ; Mme [[name:Dube]] [[name:Precious]], sans [[diag_addict:alcool]] depuis 4 mois, demande à être suivie par elle.
* Danse-thérapie en psychiatrie adolescente : [[name:Kwizera]] [[name:Ange-Divine]], 15 ans, [[diag_mental:anorexie mentale]], a participé à toute la séance ; poids du [[date_partial:2/12]] : 38,2 kg.
* Le bibliobus est passé dans le service : M. [[name:Abubakar]] [[name:Sani]] a emprunté un livre en haoussa, à rendre avant sa sortie ; la bibliothécaire (Mme [[other_name:Lavigne]]) en commandera d'autres.
- Séances de socio-esthétique pour les patientes en chimiothérapie : soin des mains, conseils de maquillage, foulards.
* Mme [[name:Hadjadj]] [[name:Sarah]] remercie par écrit les bénévoles de l'association Les Blouses Roses pour les visites à son fils ; lettre affichée en salle de pause avec son accord.
* Musicothérapie réceptive en réanimation : M. [[name:Zongo]] [[name:Issouf]] se calme avec la musique mossi enregistrée par sa fille ([[other_name:Awa Zongo]]) ; fréquence cardiaque de 118 à 92.
* Le pair-aidant [[other_name:Rinat Safiullin]] propose un entretien à M. [[name:Omarov]] [[name:Rasul]], sortant d'une hospitalisation sous contrainte (SPDRE) le [[date_partial:28/11]].
""")
# Medico-legal expert assessments of accident victims for insurers: consolidation, deficits, claim numbers, lawyers
ROWS.append(r"""
* Expertise amiable contradictoire du [[date:05/12/2025]] : M. [[name:Lukashevich]] [[name:Andrei]], victime d'un accident de la route le [[date:17/02/2024]], sinistre AXA n° [[id:2024-77-105832]] ; assisté de Maître [[other_name:Casteig]].
- Nomenclature Dintilhac : DFT, souffrances endurées, préjudice esthétique temporaire et permanent, incidence professionnelle.
* Consolidation fixée au [[date:01/10/2025]] pour Mme [[name:Puntel]] [[name:Giulia]] ; AIPP de 8 %, souffrances endurées 3,5 sur 7, médecin conseil de l'assureur : Dr [[other_name:Candotti]].
* Taux d'IPP de 12 % retenu par la CPAM pour l'accident du travail de M. [[name:Hamani]] [[name:Abdou]] (chute d'échafaudage) ; contestation devant le pôle social du tribunal de [[postcode_city:44000 Nantes]].
- L'expert doit se prononcer sur l'imputabilité, l'état antérieur et la date de consolidation.
* Convocation à l'expertise judiciaire : Mme [[name:Huseynova]] [[name:Aysel]], [[address:32 boulevard de la Liberté]], [[postcode_city:59000 Lille]], le [[date_partial:20 janvier]] à 10h, cabinet du Dr [[other_name:Vigouroux]], expert près la cour d'appel.
* Le médecin de recours de la victime, Dr [[other_name:Mangin]], conteste le déficit fonctionnel : [[name:Sawadogo]] [[name:Ousmane]] ne peut plus porter de charges, il était maçon ; [[diag_mental:syndrome de stress post-traumatique]] non évalué.
* Tierce personne : 2 heures par jour retenues pour M. [[name:Ag Ahmed]] [[name:Moussa]] jusqu'au [[date_partial:30 juin]], aide apportée par son épouse ([[other_name:Tinhinane]]).
- Barème indicatif du concours médical : ankylose complète de l'épaule en position de fonction, 25 à 30 %.
* Dossier FGAO : conducteur non assuré, victime Mlle [[name:Irakoze]] [[name:Belyse]], 19 ans, piéton ; référence [[id:FGAO-25-00918]], provision de 5 000 euros.
* Rapport d'expertise envoyé à Maître [[other_name:Benhamou]] ([[email:cabinet.benhamou@avocat-conseil.fr]]) pour M. [[name:Mouton]] [[name:Cyril]] ; note de l'assureur à venir avant le [[date_partial:15/01]].
* ONIAM : Mme [[name:Castro]] [[name:Marisol]] demande une indemnisation pour l'infection du site opératoire après sa prothèse de hanche du [[date:12/06/2024]] ; commission de conciliation le [[date_partial:4 février]].
- Le préjudice d'agrément est retenu si la victime justifie d'une activité sportive ou de loisir antérieure.
""")
# Rows with typed context (the export's own columns), every genre above
ROWS.append(r"""
OTERO|Uxía|{nir:2 89 04 99 134 027}|06 12 48 90 33|uxia.otero@gmail.com||*|Transfert d'un embryon le [[date_partial:18/12]] ; Mme [[name:Otero]] demande que les résultats soient envoyés par mail et non par courrier chez ses parents.
CASTAGNÉ|Léo|{nir:2 06 05 64 445 118}|||7 rue Carnot, 64000 Pau|*|[[name:Léo]] sera appelé par son prénom d'usage ; l'ancien prénom figure encore sur la carte Vitale, ne pas le prononcer à l'accueil.
WINTERSTEIN|Monia||07 58 40 12 66||Aire d'accueil, emplacement 9, 57100 Thionville|*|La médiatrice (Mme [[other_name:Kohler]]) a retrouvé [[name:Monia]] et son bébé sur l'aire ; pesée à la PMI le [[date_partial:10/12]].
AG ALHASSANE|Aghali|||||*|Traitement observé : [[name:Aghali]] a pris ses comprimés devant l'infirmière tous les jours de la semaine ; prochain crachat le [[date_partial:22/12]].
TEXIER|Ange|||||*|Visite des 6 mois : [[name:Ange]] parle maintenant 30 mots de français ; la maman ([[other_name:Hélène]]) demande une place en crèche.
OKONKWO|Chukwuemeka|||||*|Régie : effets restitués à M. [[name:Okonkwo]] le [[date_partial:9/12]] contre signature ; il manque 5 euros, il ne veut pas faire de réclamation.
BENSOUSSAN|Rachel||01 42 71 09 36|||*|Examen reporté au dimanche à cause du Shabbat ; confirmer par téléphone au [[phone:06 87 21 40 95]] (portable de son fils [[other_name:David]]).
MOUGENOT|Albert||03 29 82 14 60||3 rue des Vosges, 88000 Épinal|*|Scintigraphie faite le [[date:16/12/2025]] ; le taxi le ramène à domicile ; compte rendu au Dr [[other_name:Thiel]].
KAVALENKA|Alesia|||alex.k@proton.me||*|Mx [[name:Kavalenka]] préfère être appelé [[name:Alex]] ; mastectomie discutée en RCP, courrier envoyé par messagerie.
LAGRENÉ|Monia|||||*|Carnets de santé des enfants de Mme [[name:Lagrené]] scannés dans le dossier ; prochaine tournée du camion le [[date_partial:7 janvier]].
ZONGO|Alimata||06 03 55 81 27|||*|Crevasses guéries, [[diag_preg:allaitement]] exclusif, le bébé a repris son poids de naissance ; pas de nouveau rendez-vous.
GADZHIEV|Ruslan|{nir:1 98 09 99 166 041}||||*|Retour dans le service à 21h, ramené par la police ; entretien avec le Dr [[other_name:Chabrier]] demain matin.
BOODHOO|Anita||||14 avenue Jean Moulin, 69008 Lyon|*|Iode 131 le [[date_partial:10/12]] ; sortie le [[date_partial:13/12]] avec les consignes de radioprotection ; son mari ([[other_name:Ravi]]) viendra la chercher.
RENARD|Michel|||||*|Atelier du [[date_partial:11 décembre]] : M. [[name:Renard]] a apporté son carnet de poids, +1 kg seulement ; félicité par le groupe.
""")
# Label-free look-alikes: eponymous tests and scores of these genres, drugs, batches, places as things, holidays, surnames as words
ROWS.append(r"""
- Spermogramme selon les critères de Kruger et de l'OMS 2021 : numération, mobilité, vitalité, formes typiques.
- Score de Bishop, manœuvre de Mauriceau, classification de Tanner stade 3.
- Test de Kleihauer négatif, pas d'injection d'immunoglobulines anti-D nécessaire.
- Intradermoréaction à la tuberculine : technique de Mantoux, lecture à 72 heures au réglet.
- Quantiferon-TB Gold Plus en attente, Xpert MTB/RIF négatif sur le tubage gastrique.
- Critères de Rotterdam pour le syndrome des ovaires polykystiques : 2 sur 3.
- Échelle de Tanner, courbes de Sempé, âge osseux selon Greulich et Pyle.
- Maladie de Basedow traitée par iode radioactif, puis lévothyroxine à vie.
- Chien de race berger allemand dans la caravane : l'infirmière demande qu'il soit attaché pendant la visite.
- Le renard a éventré les sacs de déchets derrière la cuisine, le service technique est prévenu.
- Le mouton de l'Aïd est partagé entre les familles de l'aire, pas de viande crue pour la femme [[diag_preg:enceinte]].
- Le lièvre et la tortue : conte lu en séance d'art-thérapie, les enfants dessinent la course.
- Le chant des oiseaux enregistré sert de fond sonore en musicothérapie réceptive.
- Au printemps, les pèlerinages et les grands passages reprennent : prévoir les vaccins avant le départ.
- La Toussaint tombe un samedi, le lactarium ne collecte pas ce jour-là.
- Fermeture de la régie entre Noël et le jour de l'an, paiements en ligne uniquement.
- Le pèlerinage de Lourdes et celui des Saintes-Maries-de-la-Mer attirent des milliers de caravanes chaque année.
- Lot de lait pasteurisé LP-25-4412 libéré après contrôle bactériologique négatif.
- Iode 131 (Lugol) de la pharmacie : stock de comprimés d'iodure de potassium vérifié pour le plan ORSEC.
- Technétium 99m, fluor 18, gallium 68 et lutétium 177 : les quatre radionucléides les plus utilisés du service.
- Vigne, olivier et figuier sont les motifs du vitrail de la salle de recueillement.
- La vigne vierge recouvre le mur du funérarium, élagage prévu par les jardiniers.
- Le conte de Blanche-Neige est lu par les clowns aux enfants qui ne peuvent pas quitter leur chambre.
- Protocole de Lyon pour la préservation de la fertilité, version 2019, et recommandations de l'ABM.
- Biberons Dr Brown's et tétines Philips Avent fournis au lactarium, sans bisphénol.
- Tire-lait Medela Symphony en location, forfait hebdomadaire remboursé sur prescription.
- Carte Vitale, carte CPS, carte européenne d'assurance maladie : trois cartes, trois usages.
- Loi Leonetti de 2005 et loi Claeys-Leonetti de 2016 sur la fin de vie et les directives anticipées.
- Le formulaire Cerfa n° 14139 ne concerne pas la personne de confiance, vérifier le bon modèle.
- Numéro de lot de l'Hemlibra 24B118 et date de péremption 11/2026 notés sur le bon.
- Test de Romberg, épreuve de Fukuda, manœuvre de Dix-Hallpike : bilan vestibulaire normal.
- Les bénévoles de l'association Petits Princes et ceux de Rêves viennent le mercredi.
- Salle Marie Curie pour la réunion d'ETP, salle Pasteur pour le groupe de parole.
- Le kafala n'est pas une adoption : l'enfant garde sa filiation d'origine.
- Syndrome de Klinefelter, syndrome de Turner, syndrome de Kallmann : causes génétiques d'hypogonadisme.
- Échelle de Braden à 14, escarre de talon stade 2, matelas à air.
""")
# A last mixed block: every genre, shorter notes, capitals, no accents, messages
ROWS.append(r"""
* RAS cette nuit pour M. [[name:DANJUMA]] [[name:Garba]], dort, pas de douleur.
* MME [[name:TIOUKA]] [[name:SANDRA]] SORTIE LE [[date:08/12/2025]] AVEC SON MARI, RDV [[diag_preg:POST-NATAL]] A [[postcode_city:97320 SAINT-LAURENT-DU-MARONI]].
* sms de mme [[name:ferret]] : mon fils [[other_name:django]] a encore vomi ce matin on vient ou pas ?
* Appel de M. [[name:Opoya]] [[name:Kenny]] depuis Maripasoula ([[phone:0694 21 37 58]]) : la pirogue ne part que jeudi, il ne sera pas à la consultation du [[date_partial:15/12]].
* Pour info : [[name:Ndikumana]] [[name:Eric]] (IPP [[id:{ipp}]]) transféré en SSR le [[date_partial:3/12]] à 14h.
- Rappel : pas de visite des enfants de moins de 15 ans en néonatologie pendant l'épidémie de bronchiolite.
* mail de [[other_name:Laura Babin]] (fille) : « bonjour, ma mère [[name:Babin]] [[name:Odile]] ne reconnait plus personne depuis hier, est ce normal ? merci de me rappeler au [[phone:06.32.18.77.40]] »
* Mr [[name:Kamil]] [[name:Houmed]], Djiboutien, 45 ans, vient pour un contrôle ; il demande un certificat pour la préfecture (titre de séjour pour soins).
* Tél. du Dr [[other_name:Ah-Kine]], médecin traitant à Quatre-Bornes, pour Mme [[name:Lai-Fat]] [[name:Jacqueline]] : résultats envoyés par fax au [[phone:+230 454 21 86]].
- Transmissions de nuit : 3 entrées, 1 décès attendu, pas d'événement indésirable.
* [[name:Hasna]] [[name:Doualeh]], 6 mois, vaccin hexavalent fait, poids 7,2 kg, suivi par le Dr [[other_name:Kamil]] en PMI.
* Mme [[name:Nundlall]] [[name:Priya]] n'est pas venue à son rendez-vous de suivi de [[diag_repro:FIV]] du [[date_partial:5/12]] ; laissé un message.
* CR bref : M. [[name:VARELA]] [[name:XOSÉ]], 71 ans, orchidectomie, suites simples, sortie J2.
* Patient [[name:Mthembu]], prénom inconnu, arrivé du Cap en touriste ; assurance voyage [[id:TRV-ZA-338120]], à compléter demain.
* Message vocal retranscrit : « c'est [[name:Yvonne]] [[name:Printemps]], je rappelle pour mon rendez-vous de mardi, je suis au [[phone:02 47 63 19 05]] ».
- Groupe de parole des aidants : 5 présents, thème « dire non sans culpabiliser ».
* Le petit [[name:Musa]] [[name:Abdullahi]] (3 ans) a été vu par l'ORL le [[date_partial:1er décembre]] ; drains posés, sa mère ([[other_name:Hauwa]]) parle haoussa et anglais.
* Mme [[name:Tomat]] [[name:Elisa]] née [[name:Zanier]], 68 ans, suivie pour une cardiopathie, veuve depuis [[date_partial:2019]].
* Lettre de M. [[name:Gérardin]] [[name:Claude]] : il a changé d'adresse, nouvelle adresse [[address:15 rue Saint-Dizier]], [[postcode_city:54000 Nancy]], et demande ses résultats.
* ATCD : [[diag_addict:OH]] chronique sevré, [[diag_hiv:VIH]] sous traitement, [[diag_mental:dépression]] ; M. [[name:Lamas]] [[name:Ramón]], suivi au CMP de secteur.
- La pharmacie rappelle que le Lutathera est commandé nominativement 10 jours avant.
* mr [[name:compaore]] [[name:issouf]] a appelé, il veut parler au docteur [[other_name:zongo]] avant vendredi.
* Le Dr [[other_name:Eze]] (réanimation) a appelé la famille de [[name:Obi]] [[name:Chinedu]] à 2h ; le frère ([[other_name:Emeka Obi]]) arrive de Londres demain.
* Mme [[name:Gabdrakhmanova]] [[name:Alsu]] : le NIR saisi commence par 1, erreur de sexe, NIR à revoir ; en attendant, identité provisoire.
* Visite à domicile du [[date_partial:27/11]] : M. [[name:Teyssier]] [[name:Jean]], [[address:lieu-dit La Croix Blanche]], [[postcode_city:15000 Aurillac]], vit seul avec ses vaches ; refuse l'aide à domicile.
- Les rendez-vous du [[date_partial:24]] et du [[date_partial:31 décembre]] sont avancés au matin.
* Merci de rappeler Mme [[other_name:Khairullina]] au [[phone:06 09 87 12 44]], fille de M. [[name:Khairullin]] [[name:Rafael]], pour la date de la pose de pacemaker.
* Patient : [[name:Novik]] [[name:Yauhen]] / né le [[date:21/03/1990]] / [[postcode_city:35000 Rennes]] / tél [[phone:07 62 40 18 91]] / consultation d'anesthésie.
* [[name:Elbaz]] [[name:Avraham]], [[date_partial:1951]], diabète de type 2, HbA1c 8,4 %, revu dans 3 mois.
* L'assistante sociale (Mme [[other_name:Chagnaud]]) a obtenu la CSS pour M. [[name:Djibo]] [[name:Hamidou]] le [[date_partial:6 décembre]] ; attestation scannée.
- Demande de chambre seule refusée, pas de place avant lundi.
* M. [[name:Laborde]] [[name:Pierre-Jean]], 79 ans, agriculteur retraité à [[postcode_city:64800 Nay]], chute dans la grange ; sa femme ([[other_name:Marie-Pierre]]) l'a trouvé au matin.
* Mme [[name:Kaboré]] [[name:Wendkouni]], 30 ans, [[diag_preg:enceinte]] de 20 [[diag_preg:SA]], [[diag_hiv:VIH]] découvert au dépistage [[diag_preg:prénatal]] ; infectiologue vu le [[date_partial:2/12]].
* Fax reçu de la clinique Saint-Joseph pour M. [[name:Chabrier]] [[name:Marcel]] (né le [[date:08/08/1938]]) : la coronarographie est reprogrammée.
* Après la toilette rituelle, le corps de M. [[name:Sawadogo]] [[name:Salif]] a été rendu à sa famille ([[other_name:Abdoul Sawadogo]], fils) le [[date_partial:10/12]].
* Demande de la maternité : Mme [[name:Bello]] [[name:Zainab]] veut [[diag_preg:accoucher]] sous la surveillance d'une sage-femme femme uniquement ; noté dans le projet de naissance.
- Les dossiers papier antérieurs à 1990 sont aux archives de l'ancien hôpital, délai de sortie de 15 jours.
* Le Pr [[other_name:Aliyev]] de Bakou a envoyé le dossier de M. [[name:Mammadov]] [[name:Rashad]] en russe ; traduction demandée au service des interprètes.
""")

SET = HandSet("heldout26", "twenty-sixth", ROWS, HEADER_NOTE, "26")

if __name__ == "__main__":
    SET.main(__doc__)
