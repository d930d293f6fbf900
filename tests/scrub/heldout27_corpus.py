#!/usr/bin/env python3
"""The twenty-seventh hand set of labeled rows ("heldout27", issue 10).

  heldout27_corpus.py --write      write heldout27_rows_{dev,frozen}.txt
  heldout27_corpus.py --check      exit 1 if those files differ from what
                                   this script writes (make scrub-heldout)
  heldout27_corpus.py --lint       the writer's check, before the split

The rows below were typed by hand by the helper heldout27 (thirty-third
pass), who did not read the detectors (src/, include/, conf/) nor any
scrubber output while typing.  Read: the helpers' brief; handset.py whole;
heldout26_corpus.py's docstring, machinery, first four blocks and its
typed-context and last blocks (for the frame and the label widths); the
Makefile's genre lines of heldout2 to heldout26 and its scrub-heldout
targets; docs/scrub.md's section on heldout26 (which lists its dev
half's miss families); the head of eval.py (POLICY_WORDS); greps of the
earlier sets for label conventions (weekdays beside a date, towns alone,
service phones and e-mails, initials, post-exposure treatment, tobacco,
benzodiazepines, post-traumatic stress, years of birth).

The genres are registers none of the twenty-six sets gives a block to:
a mass-casualty plan (plan blanc: SINUS victim numbers, unidentified
victims identified later, the families' information cell, a driver's
blood alcohol on requisition); occupational blood and body fluid
exposures of staff (AES: the exposed worker is the row's person, the
source patient another, serologies, post-exposure treatment);
colleague-to-colleague messages pasted into the record (chat lines with
times, @mentions, tele-expertise requests and answers, emoji);
patient satisfaction verbatims, thanks cards and complaint letters that
name staff (e-Satis, the users' commission, medical mediation); meal
orders and diet kitchen tickets (textures, allergies, kosher and halal
meals, fasting, nutritional supplements); mandatory disease notifications
to the ARS (legionellosis, measles, meningococcus, lead poisoning, HIV
e-DO, botulism, listeriosis); a bariatric surgery pathway (the obesity
RCP, the psychologist's assessment, sleeve and bypass, workshops,
reconstructive surgery); repatriation assistance files (assistance file
numbers, escort doctors, European health insurance cards, families
abroad); morbidity and mortality reviews and adverse event analyses
(RMM, CREX, EIGS: patients by initials, staff by role, homonyms);
teaching (students' observations, the case of the week, bedside
teaching, a thesis table, an English observation for an Erasmus
student); clinical ethics consultations (LATA, refusals of blood, a
minor's secrecy, a guardian's disagreement); mail threads pasted with
their headers (De/Envoyé/À/Cc/Objet, forwards in English, automatic
replies, signatures, confidentiality footers); a smoking cessation
clinic (CO, Fagerström, nicotine replacement, vaping; tobacco unlabelled
beside cannabis, alcohol and cocaine labelled).  About a quarter of the
rows are label-free look-alikes: eponymous signs and scores of these
genres, and surnames of this set used as words (chevalier, rossignol,
salade, poulain, colombe, dimanche, soleil, fontaine, courage, bonheur,
marchand).  A last block mixes capitals, SMS, dictation, lists, numbers
of every kind (NIR with a glued key, RPPS, FINESS, IBAN, BP and CEDEX).

Name sources: typed from general knowledge, no list read or downloaded:
Malayali Christian (Kurian, Varghese, Mathew, Thomas as a surname; Shiny,
Binu, Anju, Jincy), Parsi (Mistry, Wadia, Dastur, Irani; Zarine, Cyrus,
Perizad), Goan (D'Souza, Fernandes, Menezes, Rodrigues; Savio, Lavina),
Malay patronymics (Ahmad bin Ismail, Nurul Huda binti Rahman), Javanese
(Sutrisno, Wulandari, Dewi, Siti), Icelandic patronymics (Sigurðsson,
Jónsdóttir, Einar, Guðrún, also typed without accents), Finnish
(Virtanen, Korhonen, Mäkinen; Juha, Aino, Eeva, Eero), Ganda (Nakato,
Ssempala, Mukasa, Nansubuga, Kato), Tanzanian (Mwakyusa, Mushi; Rehema,
Baraka, Neema), Angolan (Kiala, Nzinga, Mbanza, Lukamba; Domingas,
Adelino), Mozambican (Macuácua, Chissano, Langa; Celeste), Chleuh
(Amghar, Ouhaddou, Ait Lhaj, Ait Ouarab; Itto, Tudert, Yuba, Idder),
Mozabite (Babaameur, Bouhoun, Hadj Said), Circassian (Shogenov,
Kardanova; Aslan, Fatima), Ossetian (Dzhioev, Tedeeva, Gagloev; Alan,
Zarina), Indo-Trinidadian (Ramdial, Persad, Maharaj, Ramlogan; Sita,
Vishnu, Anil), Fijian (Naivalu, Josaia), Paraguayan (Ayala, Benítez),
Niçois (Giordan, Bailet, Raiberti, Scoffier, Gastaud), Berrichon
(Chaumeau, Gaudron, Pirot, Dardault), Vivarais (Chambon, Boissy,
Rouvière, Chazalon), Périgourdin (Delpeyrat, Lafon, Mazeau, Lacoste,
Besse); French surnames that are words (Chevalier, Rossignol, Fontaine,
Lamour, Sauvage, Bonheur, Charpentier, Poulain, Vacher, Dimanche,
Lapierre, Lechat, Cadeau, Salade, Courage, Léger, Soleil, Marchand,
Boucher, Colombe) and given names that are words or virtues (Capucine,
Prune, Olive, Ambre, Violette, Victoire, Constance, Patience, Espérance,
Fidèle, Dieudonné, Désiré, Modeste, Innocent, Bienvenu).

Everything is invented: people, homes and numbers.  Street names may be
real street names; no row is a real patient's.  The frame (row shorthand,
placeholders, what is computed, the split: rows ranked by
sha256("heldout27\\n" + row), the lower half to the dev file) is
tests/scrub/handset.py's, as heldout14's to heldout26's.

Labeling choices (the earlier sets'; new cases written here): a SINUS
victim number, an assistance file, a European health insurance card, an
EIGS declaration and a requisition number are `id`; an exposed worker
in an AES file is `name`, the source patient `other_name`; staff named
in a verbatim or a chat line are `other_name`; patients by initials are
`name` as one label (heldout23); a weekday stays outside its date
(`mardi [[date:2 décembre 2025]]`); a date in a file name is `date`; a
service's e-mail and a secretariat's phone are labelled as a person's
are; a town where a care place is (a CSAPA, a hotel where a case
stayed) stays; tobacco, nicotine replacement and varenicline carry no
label (as before), cannabis, alcohol, cocaine, heroin and methadone are
`diag_addict`; post-exposure treatment (`TPE`) and a HIV-negative
result are `diag_hiv`; the orthogenics centre is left to POLICY_WORDS;
religions, `témoin de Jéhovah` and hospital rooms stay; years of an
event of the person are `date_partial`, guideline years stay.
"""
from handset import HandSet

HEADER_NOTE = """\
# Typed by hand by the helper heldout27 without reading the detectors or any scrubber output (see the script's
# docstring for what was read); invented people, homes and numbers only. NIR keys, RPPS/FINESS Luhn digits,
# IBAN check digits and IPPs written `*` are computed by the script. Split by rank of sha256("heldout27\\n" + row), lower half dev.
"""

# ------------------------------------------------------------------ rows
# Typed by genre; within one, by register.

ROWS = []
# A mass-casualty plan (plan blanc): SINUS numbers, unidentified victims, families' calls, the regulation's lists
ROWS.append(r"""
- Déclenchement du plan blanc à 18h42 après l'accident de car sur l'A75 : 23 victimes annoncées, 4 UA et 19 UR, cellule de crise ouverte en salle du conseil.
* Victime SINUS n° [[id:48-1207-0031]] : femme de 40 à 50 ans non identifiée, polytraumatisme, Glasgow 9, intubée sur place, TDM corps entier à l'arrivée.
* Identification de la victime SINUS [[id:48-1207-0031]] à 23h10 : Mme [[name:Kurian]] [[name:Shiny]], née le [[date:14/08/1979]], reconnue par son mari (M. [[other_name:Binu Kurian]]) sur photo.
- Les victimes UR sont regroupées dans le hall de la consultation de chirurgie ; un médecin trieur par tranche de 10.
* M. [[name:Virtanen]] [[name:Juha]], touriste finlandais, fracture fermée de jambe, parle anglais ; son épouse ([[other_name:Aino]]) est hospitalisée à Millau, a-t-on pu la joindre ?
* Cellule d'information du public : appel de Mme [[other_name:Chambon]] au [[phone:04 75 36 21 88]], elle cherche son fils [[name:Chambon]] [[name:Théo]], 17 ans, qui était dans le car du lycée.
- Liste des victimes transmise à la préfecture à 21h, mise à jour toutes les heures ; ne pas donner d'information par téléphone sans le code de la cellule.
* SINUS [[id:48-1207-0044]] = [[name:Delpeyrat]] [[name:Lucie]], 16 ans, plaie du cuir chevelu suturée, sortie avec son père à 1h du matin.
* La CUMP a reçu les lycéens [[name:Rouvière]] [[name:Enzo]], [[name:Boissy]] [[name:Manon]] et [[name:Chazalon]] [[name:Noé]] ; [[diag_mental:état de stress post-traumatique]] à rechercher à un mois.
- Levée du plan blanc à 4h15, retour d'expérience prévu le [[date_partial:12]] au matin avec le SAMU et les pompiers.
* Victime décédée à l'arrivée, SINUS [[id:48-1207-0009]], homme d'environ 60 ans, alliance gravée « [[other_name:Ginette]] [[date:12.06.1971]] », identification par la gendarmerie en cours.
* Le chauffeur du car, M. [[name:Lafon]] [[name:Didier]], [[date_partial:1968]], alcoolémie demandée sur réquisition n° [[id:2025/00871]] de l'OPJ ; traumatisme thoracique, surveillance USC.
- Stock de culots O négatif à 12 unités à minuit, l'EFS livre 20 unités supplémentaires par navette.
* Famille de Mme [[name:Mazeau]] [[name:Colette]] accueillie en salle des familles, prise en charge par l'assistante sociale ; la petite-fille ([[other_name:Prune]]) reste avec elle cette nuit.
* SINUS [[id:48-1207-0052]] : M. [[name:Boissy]] [[name:Firmin]], [[nir:{nir:1 49 03 07 186 032}]], 76 ans, domicile [[address:La Grange Neuve]], [[postcode_city:07530 Antraigues-sur-Volane]] ; fils joint au [[phone:06 45 03 88 12]].
""")
# Blood and body fluid exposures of staff (AES): the source patient, serologies, post-exposure treatment
ROWS.append(r"""
* AES du [[date:02/12/2025]] à 3h : Mme [[name:Chevalier]] [[name:Capucine]], IDE de nuit en néphrologie, piqûre profonde avec une aiguille de fistule, gants portés, lavage et antisepsie faits.
- Protocole AES : lavage à l'eau et au savon, rinçage, antisepsie par Dakin 5 minutes au moins, appel du médecin référent dans l'heure.
* Patient source : M. [[other_name:Mukasa]] [[other_name:Henry]], [[diag_hiv:VIH]] connu, charge virale indétectable depuis [[date_partial:2019]] ; pas de [[diag_hiv:TPE]] chez la soignante après avis de l'infectiologue.
* Interne de chirurgie, M. [[name:Fernandes]] [[name:Savio]], coupure au bistouri au bloc le [[date_partial:28/11]] ; patient source refuse la sérologie, [[diag_hiv:TPE]] débuté à 1h30 de l'exposition.
* Suivi de l'AES de Mme [[name:Nakato]] [[name:Rehema]], ASH : sérologies [[diag_hiv:VIH]], VHB, VHC à S6 et à M3 ; prochain rendez-vous le [[date_partial:15 janvier]] à la médecine du travail.
- Le kit de [[diag_hiv:trithérapie]] d'urgence est à la pharmacie des urgences, armoire 3 ; 3 jours seulement, puis réévaluation.
* Projection oculaire de sang chez l'aide-soignante [[name:Sauvage]] [[name:Margaux]] lors d'un soin chez un patient sous dialyse ; rinçage au sérum physiologique, déclaration d'accident du travail faite.
* Sérologie VHC positive du patient source (M. [[other_name:Wadia]]) : suivi renforcé pour la soignante, transaminases et ARN VHC à 1 mois.
* Mme [[name:Lamour]] [[name:Victoire]], sage-femme, morsure par une patiente en salle de naissance le [[date_partial:30 novembre]] ; sérologies de la patiente demandées avec son accord.
- Le taux d'AES déclarés a baissé de 12 % depuis l'arrivée des aiguilles sécurisées dans les services.
* Le référent AES (Dr [[other_name:Mathew]]) rappelle l'interne [[name:Dastur]] [[name:Cyrus]] au [[phone:06 71 42 09 55]] : la charge virale du patient source est revenue indétectable, le [[diag_hiv:TPE]] peut être arrêté.
* Étudiante infirmière, Mlle [[name:Ouhaddou]] [[name:Itto]], piquée avec une aiguille d'insuline ; patient source [[diag_hiv:séronégatif]] (test rapide), rassurée, pas de suivi.
* [[diag_hiv:TPE]] mal toléré chez M. [[name:Ssempala]] [[name:Moses]], brancardier (nausées, diarrhée) : changement pour [[diag_hiv:Biktarvy]] ; arrêt de travail de 3 jours.
* Déclaration d'accident du travail de Mme [[name:Nakato]] [[name:Rehema]], [[nir:{nir:2 86 07 99 800 123}]], [[address:Résidence Les Tilleuls, bâtiment C, appartement 14]], [[postcode_city:18000 Bourges]] ; certificat initial signé par le Dr [[other_name:Mathew]].
* Le patient source, M. [[other_name:Virtanen]], porteur d'une [[diag_sti:syphilis]] récente et sous [[diag_hiv:PrEP]], accepte le test rapide ; résultat négatif à 11h20.
""")
# Colleague-to-colleague messages pasted into the record: chat, tele-expertise, @mentions, short forms
ROWS.append(r"""
* [14:02] Dr [[other_name:Giordan]] : tu peux passer voir Mme [[name:Bailet]] en 12 ? INR à 5,8, elle saigne des gencives
* [14:05] Dr [[other_name:Scoffier]] : ok j'arrive dans 10 min, arrête le Previscan et prévois du PPSB
- [09:12] @cardio dispo pour un avis ECG ? sus-décalage en DII DIII aVF, douleur depuis 2h
* Télé-expertise dermatologie demandée pour [[name:Gastaud]] [[name:Mireille]], 71 ans : lésion pigmentée du dos, asymétrique, 9 mm, photo jointe ; réponse du Dr [[other_name:Raiberti]] sous 48 h.
* Réponse télé-expertise : lésion compatible avec un mélanome, exérèse à programmer rapidement ; j'ai un créneau le [[date_partial:11/12]] si la patiente est d'accord. Dr [[other_name:Raiberti]]
* msg de [[other_name:Julien]] (interne) : le fils de M. [[name:Menezes]] a appelé 3 fois, il veut un rdv avec le chef, je lui ai dit demain 14h
* Dr [[other_name:Irani]] → Dr [[other_name:Kardanova]] : je t'envoie [[name:Shogenov]] [[name:Aslan]], 52 ans, FA rapide mal tolérée, il arrive en ambulance
- Staff dans 5 min en salle 2, qui a la liste des entrées de la nuit ?
* @[[other_name:Nzinga]] tu peux faxer l'ordo de Mme [[name:Kiala]] [[name:Domingas]] à sa pharmacie ? elle sort à midi 🙏
* [[other_name:Sophie R.]] : [[name:Tedeeva]] [[name:Zarina]] chambre 8 a refusé le scanner, elle veut attendre son mari qui arrive de Vladikavkaz demain
* Avis neurochir par Omnidoc pour M. [[name:Gagloev]] [[name:Alan]] : HSD chronique de 12 mm, pas d'indication opératoire, contrôle TDM à 1 mois
- Qqun a les codes du coffre à stups du 4e ? merci
* [16:40] IDE [[other_name:Léa]] : la fille de Mme [[name:Macuácua]] demande si sa mère peut rentrer vendredi, je lui dis quoi ?
* [16:41] Dr [[other_name:Chissano]] : dis-lui qu'on voit demain après la visite, selon la CRP
""")
# Patient satisfaction verbatims (e-Satis, comment cards, thanks and complaint letters naming staff)
ROWS.append(r"""
- « Personnel très gentil mais les repas étaient froids et le bruit la nuit insupportable. »
- « Attente de 6 heures aux urgences sans information, personne ne nous a dit qu'il fallait rester à jeun. »
* « Un grand merci à l'infirmière [[other_name:Camille]] et à l'aide-soignant [[other_name:Yuba]] du 3e étage, qui ont été aux petits soins pour mon père, M. [[name:Amghar]] [[name:Idder]]. » Signé [[other_name:Tudert Amghar]].
* « Je m'appelle [[name:Rossignol]] [[name:Odette]], j'ai 84 ans, j'ai été opérée de la hanche le [[date_partial:4 novembre]] et je voulais remercier le docteur [[other_name:Bonheur]] pour sa patience. »
- « Le parking est trop cher pour les familles qui viennent tous les jours. »
* Verbatim e-Satis : « le Dr [[other_name:Varghese]] ne m'a pas regardée une seule fois pendant la consultation, il tapait sur son ordinateur », patiente de chirurgie ambulatoire, séjour du [[date:18/11/2025]].
* Réclamation de M. [[name:Ramdial]] [[name:Vishnu]] ([[email:v.ramdial@orange.fr]]) : ses lunettes ont été jetées avec le plateau-repas le [[date_partial:22 novembre]], il demande le remboursement (facture de 389 euros).
- « Chambre propre, équipe à l'écoute, je recommande ce service. »
* Carte de remerciement laissée au poste de soins : « Merci à toute l'équipe pour maman, [[name:Persad]] [[name:Sita]], qui nous a quittés paisiblement. La famille [[other_name:Persad]]. »
* Médiation médicale du [[date:09/12/2025]] avec Mme [[name:Babaameur]] [[name:Khadidja]] et sa fille : retard de diagnostic de la fracture du scaphoïde, le Dr [[other_name:Bouhoun]] a présenté ses excuses.
- « Les brancardiers étaient drôles et rassurants, ça m'a aidé avant le bloc. »
* « Mon fils [[name:Mistry]] [[name:Aarav]] (8 ans) a été très bien pris en charge en pédiatrie, mais on n'a jamais su le nom du médecin qui l'a vu la nuit. » Mme [[other_name:Zarine Mistry]], [[phone:07 81 33 20 64]].
* Lettre de plainte : « l'infirmière m'a dit devant tout le monde que mon [[diag_hiv:VIH]] était noté dans le dossier », M. [[name:Chaumeau]] [[name:Patrice]], hospitalisé en médecine interne du [[date_partial:2]] au [[date_partial:6 décembre]].
* Commission des usagers : dossier de Mme [[name:Gaudron]] [[name:Ginette]] (chute dans la salle de bains, chambre 214) classé après réponse écrite du directeur le [[date:01/12/2025]].
* « Je suis Mme [[name:Kiala]] [[name:Domingas]], on m'a fait une [[diag_repro:ligature des trompes]] sans bien m'expliquer, je veux mon dossier », adresse : [[address:45 avenue Jean Jaurès]], [[postcode_city:93000 Bobigny]], [[email:domingas.kiala@laposte.net]].
""")
# Meal orders and diet kitchen tickets: textures, allergies, religious meals, the tray's name
ROWS.append(r"""
* Plateau : [[name:PIROT]] [[name:Jeanne]] - ch. 307 lit 1 - mixé lisse - eau gélifiée - sans sel - diabétique.
* Allergie à l'arachide et aux fruits à coque pour [[name:Wulandari]] [[name:Siti]] (ch. 412) : repas servi sous film, étiquette rouge, vérifié par la diététicienne (Mme [[other_name:Dardault]]).
- Menu du jour : potage cultivateur, blanquette de veau, riz, yaourt nature ; alternative : omelette, haricots verts.
* Repas casher demandé pour M. [[name:Attia]] [[name:Shlomo]], livré sous vide par le traiteur ; pas de repas le samedi midi chaud, prévoir un plateau froid.
* M. [[name:Ahmad]] [[name:bin Ismail]], ch. 105 : repas halal, pas de porc ni de gélatine animale ; jeûne du [[date_partial:1er]] au [[date_partial:30 mars]], collation gardée pour le soir.
- Texture hachée menu normal pour les lits 3, 5 et 9 ; eau plate enrichie en calories pour le lit 7.
* Fiche de liaison diététique : Mme [[name:Sutrisno]] [[name:Dewi]], 31 ans, végétarienne, [[diag_preg:enceinte]] de 7 mois, diabète [[diag_preg:gestationnel]] sous insuline : 3 repas et 3 collations.
* Compléments nutritionnels oraux pour M. [[name:Korhonen]] [[name:Eero]] : 2 par jour (vanille, pas de fraise), pesée le lundi ; dénutrition sévère (albumine 24 g/L).
- Régime sans résidu strict 3 jours avant la coloscopie, puis liquide la veille.
* Erreur de plateau le [[date_partial:5/12]] : M. [[name:Poulain]] [[name:Gérard]], allergique aux crustacés, a reçu le plateau de son voisin (paëlla) ; réaction cutanée, antihistaminique, déclaration faite.
* Enfant [[name:Nansubuga]] [[name:Patience]], 4 ans, service de pédiatrie : allergie au lait de vache, lait de substitution apporté par la mère ([[other_name:Grace]]).
- Le chariot de l'office du 2e n'a pas été nettoyé, signalé au service hôtelier.
* Mme [[name:Jónsdóttir]] [[name:Guðrún]] ne mange que le pain et la soupe ; la diététicienne propose des enrichis, la famille apporte du skyr.
* Collation de 22h ajoutée pour [[name:Fontaine]] [[name:Ambre]], 15 ans, [[diag_mental:anorexie mentale]] en contrat de poids, repas pris sous surveillance en chambre.
* Étiquette du plateau repas : [[name:CADEAU]] [[name:Nadège]] / NIR [[nir:{nir:2-81-04-36-044-209}]] / ch. 218 / hyperprotéiné / pas de poisson.
""")
# Mandatory disease notifications to the ARS (MDO): legionellosis, measles, food poisoning, meningococcus, lead
ROWS.append(r"""
* DO légionellose : M. [[name:Charpentier]] [[name:Alain]], 67 ans, [[address:4 rue du Moulin]], [[postcode_city:18000 Bourges]], antigénurie positive le [[date:03/12/2025]], séjour en hôtel à Vichy la semaine précédente.
* Signalement à l'ARS d'un cas de rougeole : [[name:Langa]] [[name:Celeste]], 11 mois, non vaccinée, éruption depuis le [[date_partial:29/11]] ; crèche « Les Lutins » fréquentée, liste des contacts demandée.
- TIAC après un repas de mariage : 14 personnes aux urgences, vomissements, diarrhées ; coprocultures envoyées au CNR, déclaration faite.
* Infection invasive à méningocoque B chez [[name:Vacher]] [[name:Lilou]], 19 ans, étudiante en internat à [[postcode_city:36000 Châteauroux]] ; antibioprophylaxie de 22 contacts par ciprofloxacine.
* Saturnisme infantile : [[name:Lukamba]] [[name:Adelino]], 3 ans, plombémie à 112 µg/L, logement ancien ([[address:17 rue de la Fonderie]], [[postcode_city:93200 Saint-Denis]]) ; enquête environnementale demandée.
* Notification obligatoire d'infection par le [[diag_hiv:VIH]] envoyée sur e-DO le [[date:28/11/2025]] (anonymisée à la source) ; découverte chez un homme de 34 ans à l'occasion d'une [[diag_sti:syphilis]].
- Hépatite A : 3 cas dans la même école maternelle, vaccination des contacts proposée par l'ARS.
* DO tuberculose : M. [[name:Mbanza]] [[name:Dieudonné]], né en [[date_partial:1971]] en Angola, vit en foyer à [[postcode_city:Nanterre]] ; transmis au CLAT du 92.
* Le médecin de l'ARS, Dr [[other_name:Ayala]], joignable au [[phone:02 38 77 32 10]], demande l'adresse de travail de Mme [[name:Benítez]] [[name:Rosa]] (légionellose).
- Chikungunya importé : retour de La Réunion, fièvre et arthralgies ; PCR positive, pas de moustique tigre actif en hiver.
* Botulisme chez M. [[name:Rousseau]] [[name:Francis]] et son épouse ([[other_name:Monique Rousseau]]) après un jambon fait maison ; antitoxine demandée, les restes saisis par la DDPP.
* Listériose néonatale : [[name:Marchand]] [[name:Éloïse]], née le [[date:07/12/2025]] à 33 [[diag_preg:SA]] ; la mère ([[other_name:Aurore Marchand]]) avait mangé du fromage au lait cru.
* Fiche DO mal remplie pour [[name:Lechat]] [[name:Bastien]] : la date de naissance manque, le code postal est faux ([[postcode_city:37000]] au lieu de [[postcode_city:37100]]).
* Cas de gale dans l'EHPAD de Mme [[name:Chazalon]] [[name:Berthe]], [[address:EHPAD Les Genêts, chambre 21]], [[postcode_city:07200 Aubenas]] ; traitement de tous les résidents le [[date_partial:15/12]].
* [[diag_sti:Gonococcie]] pharyngée chez M. [[name:Maharaj]] [[name:Vishnu]] : [[diag_sti:gonocoque]] résistant à la ceftriaxone, signalé au CNR ; partenaires à prévenir par le CeGIDD (code partenaire [[id:PN-4471]]).
""")
# A bariatric surgery pathway: the obesity RCP, dietitian and psychologist, sleeve and bypass, follow-up
ROWS.append(r"""
* RCP obésité du [[date:05/12/2025]] : Mme [[name:Menezes]] [[name:Lavina]], 42 ans, IMC 46, SAOS appareillé, diabète ; sleeve validée, 6 mois de préparation effectués.
- Bilan pré-bariatrique : fibroscopie avec recherche d'Helicobacter, polysomnographie, bilan vitaminique, échographie abdominale.
* Évaluation psychologique de M. [[name:Dimanche]] [[name:Fidèle]] : motivation bonne, pas de trouble du comportement alimentaire, avis favorable (Mme [[other_name:Lapierre]], psychologue).
* Refus en RCP pour Mme [[name:Cadeau]] [[name:Nadège]] : [[diag_mental:boulimie]] active et [[diag_addict:consommation d'alcool]] à risque, reprise du dossier dans 1 an.
* Bypass gastrique en Y réalisé le [[date_partial:17 novembre]] chez M. [[name:Maharaj]] [[name:Ravi]] par le Pr [[other_name:Ramlogan]] ; sortie à J3, multivitamines à vie.
- Perte de 28 kg à 6 mois, soit 62 % de l'excès de poids ; carence en fer, fer injectable prévu.
* Mme [[name:Nurul Huda]] [[name:binti Rahman]], sleeve en [[date_partial:mars 2023]] : reflux invalidant, conversion en bypass discutée ; elle souhaite une [[diag_preg:grossesse]], attendre 18 mois après la chirurgie.
* Atelier diététique post-opératoire : présents Mme [[name:Léger]], M. [[name:Courage]] [[name:Patrick]], Mme [[name:Mushi]] [[name:Neema]] ; thème : fractionner, mâcher, ne pas boire en mangeant.
* Appel de M. [[name:Mwakyusa]] [[name:Baraka]] au [[phone:06 14 57 38 02]] : vomissements depuis 3 jours, ne garde rien ; revient aux urgences, suspicion de sténose de l'anastomose.
- Dumping syndrome précoce après repas sucré : malaise, sueurs, tachycardie ; conseils diététiques.
* Dossier de prise en charge par la CPAM pour [[name:Boucher]] [[name:Kevin]], 19 ans : entente préalable envoyée le [[date_partial:2/12]], IMC 52 depuis l'adolescence.
* Chirurgie réparatrice après amaigrissement : abdominoplastie de Mme [[name:Fernandes]] [[name:Lavínia]] le [[date:20/01/2026]] avec le Dr [[other_name:D'Souza]] ; devis du dépassement remis.
* Mme [[name:Kato]] [[name:Sarah]] a repris 15 kg 4 ans après sa sleeve ; [[diag_mental:dépression]] depuis son divorce, suivie par le Dr [[other_name:Mukasa]] au CMP.
""")
# Repatriation assistance: the insurer's file, the escort doctor, flights, stretchers, families abroad
ROWS.append(r"""
* Dossier d'assistance n° [[id:EA-2025-118734]] : M. [[name:Sigurðsson]] [[name:Einar]], 58 ans, infarctus à Chamonix, rapatriement vers Reykjavik par avion sanitaire dès que stable.
* L'assisteur (Mondial Assistance, Dr [[other_name:Kiala]], [[phone:+33 1 40 25 52 04]]) demande le compte rendu opératoire de Mme [[name:Macuácua]] [[name:Celeste]] pour organiser son retour à Maputo.
- Vol commercial possible en classe affaires avec escorte infirmière, oxygène 2 L/min, fauteuil roulant à l'arrivée.
* Rapatriement de M. [[name:Thomas]] [[name:Jincy]] vers Kochi : l'épouse ([[other_name:Anju Thomas]]) a perdu son passeport, l'ambassade délivre un laissez-passer.
* Compte rendu pour l'assureur : fracture du fémur de Mme [[name:Mäkinen]] [[name:Eeva]], opérée le [[date_partial:26/11]] ; transport allongé, médecin accompagnateur Dr [[other_name:Lacoste]].
* Patient belge, M. [[name:Vandamme]] [[name:Wouter]], carte européenne d'assurance maladie n° [[id:80560000012345678901]], hospitalisé depuis le [[date_partial:1er décembre]] ; la mutuelle néerlandophone ne répond pas.
- Le certificat de non-contre-indication au vol doit dater de moins de 72 heures.
* M. [[name:Ait Lhaj]] [[name:Brahim]] rapatrié du Maroc sur civière le [[date:04/12/2025]] via l'aéroport d'Orly, admis en réanimation à Bicêtre ; dossier de l'hôpital d'Agadir en arabe.
* Dossier [[id:AXA-FR-77104932]] : la fille de Mme [[name:Irani]] [[name:Perizad]] appelle de Bombay, [[phone:+91 98201 47732]], pour savoir si sa mère peut voyager pour Noël.
- Escorte médicale refusée par l'assisteur, le patient rentrera en TGV avec un proche.
* Évacuation de M. [[name:Naivalu]] [[name:Josaia]], rugbyman fidjien, vers Suva impossible avant 6 semaines ; hébergement du club à [[address:12 allée des Sports]], [[postcode_city:81100 Castres]].
* Mme [[name:Ayala]] [[name:Graciela]], touriste paraguayenne, [[diag_preg:enceinte]] de 30 [[diag_preg:SA]], menace d'[[diag_preg:accouchement prématuré]] : la compagnie refuse le vol, l'assurance voyage prend en charge l'hospitalisation.
* Fiche patient : [[name:MÄKINEN]] [[name:Eeva]], née le [[date:23/05/1952]] à Tampere, [[email:eeva.makinen@elisa.fi]], adresse en France : [[address:Camping Les Pins, emplacement 42]], [[postcode_city:40150 Hossegor]].
* Prise en charge CPAM pour le retour de M. [[name:Lafon]] [[name:Didier]] : NIR [[nir:{nir:1.68.05.24.322.017}]], transport assis en VSL jusqu'à [[postcode_city:24200 Sarlat-la-Canéda]].
""")
# Morbidity and mortality reviews and adverse event analyses (RMM, CREX): patients by initials, staff by role
ROWS.append(r"""
* RMM du [[date:10/12/2025]] : patient [[name:M.R.]], 78 ans, erreur d'administration de potassium IV non dilué, pas de conséquence ; causes : seringue préparée à l'avance, étiquette manuscrite.
- CREX du trimestre : 37 événements déclarés, dont 12 chutes, 9 erreurs médicamenteuses, 4 identitovigilance, 2 escarres.
* Décès de M. [[name:B.]] [[name:Lucien]] à J2 d'une cholécystectomie : retard à la reprise chirurgicale de 6 heures, appel de l'interne non transmis au senior.
* Erreur d'identité : le prélèvement de Mme [[name:Rodrigues]] [[name:Maria]] a été étiqueté au nom de sa voisine de chambre, Mme [[other_name:Rodrigues]] [[other_name:Manuela]] (homonymes, dates de naissance [[date:03/04/1941]] et [[date:17/09/1944]]).
- Analyse ALARM : facteurs liés à l'équipe (relève de 7h), à l'environnement (deux patientes du même nom), au patient (désorientée).
* Chute de Mme [[name:G.J.]] (91 ans) le [[date_partial:25 novembre]] à 3h, fracture du col ; barrières non relevées, sonnette hors de portée.
* L'infirmière déclarante ([[other_name:Aurélie Fleury]]) souhaite rester anonyme dans la fiche transmise au comité ; la cadre accepte.
* Patiente [[name:K.T.]], [[diag_mental:schizophrénie]] connue, [[diag_mental:tentative de suicide]] par défenestration depuis la chambre 5 non sécurisée ; revue des fenêtres du bâtiment B demandée.
- Plan d'action : double vérification des médicaments à risque, formation des nouveaux arrivants, audit à 6 mois.
* Retard de diagnostic de la [[diag_preg:GEU]] chez Mme [[name:S.]] [[name:Naïma]], 26 ans : β-hCG non demandée aux urgences malgré des métrorragies ; échographie faite 8 heures plus tard.
* Événement indésirable grave déclaré à l'ARS le [[date:08/12/2025]] (n° [[id:EIGS-2025-0417]]) pour le décès de M. [[name:Vigouroux-Pirot]] [[name:André]] après une fausse route.
* Conclusion de la RMM présentée par le Dr [[other_name:Chazalon]] : l'événement était évitable ; la famille (M. [[other_name:Pascal Lebon]], fils) a été informée par le chef de service.
* CREX : patient [[name:P.]] [[name:Sylvain]], [[diag_addict:alcoolique]] connu, sorti contre avis médical, retrouvé en [[diag_addict:ivresse]] sur la voie publique ; pas de [[diag_addict:sevrage]] prescrit à l'entrée.
""")
# Teaching: students' observations, the case of the week at staff, bedside teaching notes
ROWS.append(r"""
* Observation d'externe ([[other_name:Clémentine]], DFASM2) : M. [[name:Soleil]] [[name:Bienvenu]], 63 ans, adressé par son médecin traitant pour dyspnée d'effort ; HDM : depuis [[date_month:octobre]], orthopnée à 2 oreillers.
- Cas clinique de la semaine : ictère fébrile chez une femme de 70 ans, triade de Charcot, angiocholite lithiasique ; discussion du drainage par CPRE.
* Présentation au staff par l'interne [[other_name:Olive Martin-Gastaud]] du cas de Mme [[name:Bonheur]] [[name:Espérance]], 35 ans, lupus révélé par une péricardite ; photos anonymisées, merci de ne pas les diffuser.
* ATCD : appendicectomie en [[date_partial:1998]], [[diag_mental:trouble bipolaire]] sous [[diag_mental:lithium]], [[diag_repro:IVG]] en [[date_partial:2012]] ; mode de vie : vit seule à [[postcode_city:18100 Vierzon]], secrétaire.
- Examen clinique : abdomen souple, Murphy négatif, pas de signe de Blumberg, orifices herniaires libres, Babinski indifférent.
* Correction de l'observation par le Dr [[other_name:Chaumeau]] : « l'histoire de M. [[name:Modeste]] est bien racontée, mais il manque le traitement habituel et l'autonomie ».
- Hypothèses : 1) pneumopathie franche lobaire aiguë ; 2) embolie pulmonaire ; 3) décompensation cardiaque ; examens : gaz du sang, D-dimères, radio.
* Enseignement au lit du malade avec Mme [[name:Innocent]] [[name:Aimée]], qui a accepté d'être examinée par 4 étudiants ; souffle d'insuffisance mitrale typique.
* Mémoire de DES : cohorte de 212 patients inclus de [[date_partial:janvier 2019]] à [[date_partial:décembre 2023]] ; aucune donnée nominative, le patient n° 41 ([[name:Désiré]] [[name:Joël]]) à retirer du tableau partagé.
- Rappel : la grille de l'ECOS comporte la présentation, l'interrogatoire, l'annonce et la conclusion.
* Cas de la semaine, par [[other_name:Yanis]] (externe) : M. [[name:Salade]] [[name:Roger]], 81 ans, confusion et hyponatrémie à 118 ; cause retenue : SIADH sous [[diag_mental:sertraline]].
* Observation en anglais pour l'étudiant Erasmus ([[other_name:Lars]]) : « Mr [[name:Chevalier]] [[name:Hugo]], 45, presented on [[date:December 3rd, 2025]] with chest pain radiating to the left arm ».
""")
# Clinical ethics consultations: limitation of treatment, disagreements in families, advance directives discussed
ROWS.append(r"""
* Saisine du comité d'éthique clinique le [[date:01/12/2025]] par le Dr [[other_name:Rouvière]] (réanimation) pour M. [[name:Chambon]] [[name:Émile]], 84 ans, troisième AVC, alimentation artificielle discutée.
- Procédure collégiale : un consultant extérieur sans lien hiérarchique, l'équipe paramédicale associée, la personne de confiance consultée.
* La fille de M. [[name:Chambon]] ([[other_name:Évelyne]]) souhaite la poursuite des soins, le fils ([[other_name:Marc]]) rapporte que son père ne voulait « jamais finir comme ça » ; pas de directives anticipées écrites.
* Décision de LATA pour Mme [[name:Kardanova]] [[name:Fatima]] le [[date_partial:6 décembre]] : pas de réintubation, pas de massage, poursuite des soins de confort ; famille informée par le Dr [[other_name:Shogenov]].
- Le comité rend un avis consultatif ; la décision reste médicale et doit être tracée dans le dossier.
* Refus de transfusion de M. [[name:Dzhioev]] [[name:Alan]], témoin de Jéhovah, anémie à 5,8 g/dL : l'équipe respecte son refus, EPO et fer IV, patient lucide.
* Demande d'aide active à mourir exprimée par Mme [[name:Lacoste]] [[name:Constance]], 67 ans, SLA ; rappel de la loi actuelle, sédation profonde et continue discutée, consultation de soins palliatifs le [[date_partial:9/12]].
* Mineure de 15 ans, [[name:Bouhoun]] [[name:Yasmine]], [[diag_preg:enceinte]] de 9 [[diag_preg:SA]], demande le secret vis-à-vis de ses parents ; accompagnée par une adulte de son choix (sa tante, Mme [[other_name:Hadj Said]]).
* Conflit entre la tutrice (Mme [[other_name:Berthier]], UDAF) et l'équipe sur l'amputation de M. [[name:Gaudron]] [[name:Lucien]], qui dit non puis oui ; évaluation de sa capacité à consentir par le Dr [[other_name:Mazeau]].
- Question posée : peut-on maintenir une sonde nasogastrique chez une patiente qui l'arrache toutes les nuits ?
* Réunion avec la famille [[other_name:Benítez]] le mardi [[date_partial:2]] au matin : arrêt de la dialyse de M. [[name:Benítez]] [[name:Óscar]] accepté ; transfert en USP demandé.
""")
# Mail threads pasted with their headers (De, Envoyé, À, Cc, Objet), forwards and signatures
ROWS.append(r"""
* De : Dr [[other_name:Anne Rossignol]] <[[email:anne.rossignol@ch-bourges.fr]]> Envoyé : mardi [[date:2 décembre 2025]] 14:32 À : secrétariat cardiologie Objet : RE: rdv M. [[name:Pirot]] [[name:Daniel]]
* Objet : TR: résultats [[name:GASTAUD]] [[name:Mireille]] --- Message transféré --- De : [[email:labo.biologie@ch-antibes.fr]] Date : [[date:08/12/2025]] 07:58 « Potassium à 6,4 contrôlé, prévenir le médecin. »
- Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous avez reçu ce message par erreur, merci de le détruire.
* À : [[email:dim@ch-vierzon.fr]] ; Cc : Dr [[other_name:Dardault]] ; Objet : séjour de Mme [[name:Chaumeau]] [[name:Odile]] du [[date_partial:14]] au [[date_partial:21/11]] à recoder (GHM sévérité 3 ?)
* > Bonjour, pouvez-vous me rappeler au sujet de mon père [[name:Lafon]] [[name:Marcel]] ? Mon numéro : [[phone:06 32 90 18 47]]. Cordialement, [[other_name:Sylvie Lafon-Besse]]
* Le [[date:05/12/2025]] à 09:14, [[other_name:Kiala]] [[other_name:Nzinga]] <[[email:nzinga.kiala@hotmail.fr]]> a écrit : « je ne pourrai pas venir au rdv de ma mère ([[name:Kiala]] [[name:Domingas]]) jeudi, est-ce possible de décaler ? »
- Envoyé de mon iPhone
* Dr [[other_name:Raiberti]] [[other_name:Paul]] - Dermatologie - CH d'Antibes - Tél. [[phone:04 97 24 77 77]] poste 4412
* Objet : URGENT - transfert [[name:VIRTANEN]] [[name:JUHA]] vers Rodez / Pièce jointe : CR_[[name:Virtanen]]_[[date:07122025]].pdf (412 Ko)
* ---------- Forwarded message --------- From: [[other_name:Einar Sigurdsson]] <[[email:einar.sig@simnet.is]]> Subject: my father [[name:Sigurðsson]] - medical report needed for insurance
- Merci de ne pas répondre à cet e-mail envoyé automatiquement par la messagerie sécurisée de santé.
* Réponse automatique : je suis absente jusqu'au [[date_partial:5 janvier]], pour toute urgence contacter le Dr [[other_name:Bailet]] au poste 5123. [[other_name:Mireille Giordan]], assistante sociale
* De : [[email:mediation@ch-bourges.fr]] À : [[email:g.gaudron18@free.fr]] Objet : votre réclamation du [[date:24/11/2025]] concernant la prise en charge de votre mère, Mme [[name:Gaudron]] [[name:Ginette]]
""")
# A smoking cessation clinic (tabacologie): CO, Fagerström, nicotine replacement, vaping, cannabis beside tobacco
ROWS.append(r"""
* Consultation de tabacologie de Mme [[name:Colombe]] [[name:Violette]], 29 ans, 15 cigarettes par jour depuis l'âge de 14 ans, CO expiré à 22 ppm, Fagerström 6 ; [[diag_preg:grossesse]] de 10 [[diag_preg:SA]].
- Substitution nicotinique : patch 21 mg/24 h et gommes 2 mg à la demande ; revoir dans 15 jours avec CO.
* M. [[name:Poulain]] [[name:Sébastien]] fume aussi 3 joints de [[diag_addict:cannabis]] par soir pour dormir ; orienté vers la consultation jeunes consommateurs.
* Rechute de M. [[name:Sauvage]] [[name:Thierry]] après le décès de sa femme le [[date_partial:14 octobre]] ; varénicline reprise, appel téléphonique à J8 au [[phone:02 48 65 12 07]].
- La cigarette électronique est une aide possible, e-liquide à 12 mg/mL au début, baisse progressive.
* Mme [[name:Vacher]] [[name:Josiane]], BPCO stade 3, sevrée depuis le [[date:01/09/2025]] ; CO à 3 ppm, prise de 4 kg, diététicienne conseillée.
* Groupe d'aide à l'arrêt du jeudi : [[name:Courage]] [[name:Patrick]], [[name:Lamour]] [[name:Rémi]], [[name:Fontaine]] [[name:Ginette]] et un nouveau, M. [[name:Ramlogan]] [[name:Anil]] ; tous à moins de 5 cigarettes.
* Jeune patient, [[name:Lechat]] [[name:Maël]], 16 ans, puff à la fraise 2 par semaine, ne se considère pas fumeur ; entretien motivationnel, mère présente ([[other_name:Nathalie]]).
- Mois sans tabac : stand dans le hall le [[date_partial:6 novembre]], 48 personnes reçues, 12 kits distribués.
* Suivi renforcé : Mme [[name:Ouhaddou]] [[name:Tudert]], [[diag_preg:enceinte]] de 22 [[diag_preg:SA]], passe de 20 à 5 cigarettes ; cotinine urinaire à recontrôler le [[date_partial:10/12]].
* M. [[name:Charpentier]] [[name:Loïc]], 44 ans, tabac, [[diag_addict:alcool]] 6 verres par jour et [[diag_addict:cocaïne]] le week-end ; orienté vers le CSAPA de Bourges.
* Feuille de soins de M. [[name:Ramlogan]] [[name:Anil]], n° de sécurité sociale [[nir:{nirk:1670999450033}]], substituts nicotiniques remboursés sur prescription.
""")
# Day surgery phone calls: the call the day before and the call the day after (who drives, where the night is spent)
ROWS.append(r"""
* Appel de la veille le [[date_partial:10/12]] : Mme [[name:Lechat]] [[name:Prune]], 27 ans, coelioscopie demain 7h30, à jeun depuis minuit ; test de [[diag_preg:grossesse]] à faire à l'arrivée, [[diag_repro:pilule]] à poursuivre.
* M. [[name:Marchand]] [[name:Yves]] ne répond pas au [[phone:02 54 21 37 66]] ; message laissé sur le répondeur, nouvel essai à 16h.
* Accompagnant pour le retour : sa fille, Mme [[other_name:Léger-Marchand]] [[other_name:Aurélie]], [[phone:06 27 80 41 15]] ; nuit passée chez elle, [[address:23 rue de la République]], [[postcode_city:36100 Issoudun]].
- Appel du lendemain : douleur à 2/10, pas de nausée, pansement sec, a uriné, reprise alimentaire normale.
* Mme [[name:Fontaine]] [[name:Constance]] appelle pour annuler son hystéroscopie : elle a ses règles ; reprogrammée au [[date:13/01/2026]].
* M. [[name:Varghese]] [[name:George]], cataracte OD le [[date_partial:9 décembre]] : collyres expliqués à sa femme ([[other_name:Anju]]) qui parle mieux français ; numéro de garde donné.
* Appel J+1 à M. [[name:Babaameur]] [[name:Salah]] : saignement du point de ponction après la coloscopie, orienté aux urgences ; adresse confirmée au [[address:8 impasse du Stade]], [[postcode_city:36130 Déols]].
- Consignes : ne pas conduire pendant 24 h, ne pas rester seul la première nuit, ne pas prendre de décision importante.
* Mme [[name:Mushi]] [[name:Rehema]] dit qu'elle vit seule et n'a personne pour dormir chez elle ; séjour transformé en hospitalisation d'une nuit.
* Appel de la veille : M. [[name:Poulain]] [[name:Mathis]], 19 ans, [[diag_addict:cannabis]] quotidien, l'anesthésiste demande l'arrêt la veille ; circoncision prévue à 8h.
* Le père de [[name:Nansubuga]] [[name:Innocent]] (4 ans, aérateurs transtympaniques), M. [[other_name:Ssempala]], demande un arrêt de travail pour la journée ; mail envoyé à [[email:ssempala.family@gmail.com]].
* Mme [[name:Dastur]] [[name:Perizad]], [[nir:{nir:2 62 11 99 216 044}]], carte Vitale non à jour, mutuelle manquante ; l'accueil lui demande de venir 30 minutes plus tôt.
- Taux de joignabilité de l'appel de la veille : 87 % ; 4 % d'annulations le jour même.
* Nuit chez son frère à [[postcode_city:18200 Saint-Amand-Montrond]] pour M. [[name:Boucher]] [[name:Kevin]], 45 minutes de route, ambulance non prescrite.
""")
# Rows with typed context (the export's own columns), every genre above
ROWS.append(r"""
KURIAN|Shiny|{nir:2 79 08 99 412 067}|06 21 47 83 90|shiny.kurian@gmail.com||*|Sortie de réanimation le [[date_partial:15/12]] ; Mme [[name:Kurian]] ne se souvient pas de l'accident, son mari ([[other_name:Binu]]) reste la nuit.
CHEVALIER|Capucine|{nir:2 95 02 18 033 144}|||9 rue Moyenne, 18000 Bourges|*|AES : sérologies à M3 négatives, fin du suivi ; Mme [[name:Chevalier]] remercie la médecine du travail.
ROSSIGNOL|Odette|{nir:2 41 05 18 279 012}|02 48 70 33 16|||*|Mme [[name:Rossignol]] a envoyé une deuxième lettre, elle voudrait que le Dr [[other_name:Bonheur]] la lise lui-même.
WULANDARI|Siti||07 53 18 92 04|||*|Plateau sans arachide vérifié ce midi ; [[name:Siti]] demande du riz au lieu des pâtes, accordé.
CHARPENTIER|Alain|{nir:1 58 03 18 033 221}||||*|Légionellose : l'ARS a retrouvé la chambre d'hôtel de M. [[name:Charpentier]] ; prélèvements d'eau positifs.
MENEZES|Lavina||06 88 41 20 75|lavina.menezes@yahoo.fr||*|J+10 de la sleeve : Mme [[name:Menezes]] a perdu 7 kg, tolère les textures mixées, revue le [[date:05/01/2026]].
SIGURÐSSON|Einar|||||*|Rapatriement confirmé pour le [[date_partial:12 décembre]], vol Paris-Reykjavik avec infirmière ; son fils ([[other_name:Einar]] aussi) l'accompagne.
DIMANCHE|Fidèle||||14 rue de la Paix, 36000 Châteauroux|*|M. [[name:Dimanche]] viendra lundi et non dimanche : l'atelier diététique est fermé le week-end.
RODRIGUES|Maria|{nir:2 41 04 99 139 054}||||*|Identitovigilance : bracelet refait, deux étiquettes détruites ; Mme [[name:Rodrigues]] ne partage plus la chambre avec son homonyme.
CHAMBON|Émile|||||*|Avis du comité transmis le [[date_partial:3/12]] ; réunion avec [[other_name:Évelyne]] et [[other_name:Marc]] demain à 11h.
COLOMBE|Violette||06 40 72 15 93|||*|CO à 4 ppm, ne fume plus depuis 3 semaines ; [[diag_preg:grossesse]] évolutive, félicitée.
SOLEIL|Bienvenu|||||*|Observation reprise par l'interne : M. [[name:Soleil]] vit avec sa sœur ([[other_name:Espérance]]), marche 200 mètres sans s'arrêter.
MBANZA|Dieudonné|{nir:1 71 06 99 352 118}|||Foyer Adoma, 12 rue Anatole France, 92000 Nanterre|*|Fin du traitement antituberculeux ; M. [[name:Mbanza]] demande un certificat pour son employeur.
KARDANOVA|Fatima||||chemin des Vignes, 07200 Aubenas|*|Décès de Mme [[name:Kardanova]] le [[date:08/12/2025]] à 6h20, entourée de sa famille.
""")
# Label-free look-alikes: eponyms, scores, drugs and devices of these genres, places as things, surnames as words
ROWS.append(r"""
- Triade de Charcot, signe de Murphy, manœuvre de Lasègue, signe de Babinski : à savoir pour l'ECOS.
- Score de Glasgow à 14, pupilles égales et réactives, pas de déficit.
- Échelle de Norton à 12 : risque d'escarre, matelas à air commandé.
- Le chevalier du Moyen Âge et le rossignol sont les thèmes de l'atelier de lecture en pédiatrie.
- Salade de fruits, compote sans sucre ajouté, fromage blanc à 0 % : collation du diabétique.
- Le poulain, la colombe et le chat sont dessinés sur les murs de la salle d'attente des enfants.
- Dimanche, le service fonctionne avec une seule IDE pour 14 lits.
- Pas de visite le dimanche avant 13h ; les familles sont priées de sonner.
- Manœuvre de Heimlich enseignée aux aides-soignants lors de la formation aux fausses routes.
- Classification de Killip à II, score de GRACE à 142, anticoagulation par héparine.
- Le patient soleil (surnom donné par l'équipe à ceux qui sourient toujours) n'est pas un terme médical, merci de l'éviter dans les transmissions.
- Protocole de Lyon pour la prévention des AES, version de 2019, affiché en salle de soins.
- Critères de Duke modifiés : 1 majeur, 2 mineurs, endocardite possible.
- Le Fagerström simplifié tient en deux questions : délai de la première cigarette, nombre par jour.
- La sleeve réduit l'estomac de deux tiers ; le bypass court-circuite le duodénum.
- Test de Romberg positif, signe de Lhermitte, réflexes vifs : IRM médullaire demandée.
- Mannitol, nicardipine, noradrénaline à la seringue électrique.
- Le mal de Pott se discute devant une spondylodiscite à bacille de Koch.
- La fontaine à eau du couloir est en panne, les bouteilles sont à l'office.
- Courage à toute l'équipe pour cette nuit chargée !
- Bonheur de l'équipe : le patient de la 12 est sorti marchant après 3 mois de réanimation.
- Aliments interdits en cas de listériose : fromages au lait cru, charcuterie à la coupe, poissons fumés.
- Pneumopathie d'inhalation du lobe inférieur droit, Augmentin 3 g par jour.
- Le sérum antitétanique, le vaccin contre la rage et l'antitoxine botulinique sont commandés à la pharmacie centrale.
- Fiche RMM type : description, chronologie, analyse des causes (méthode ALARM), actions, suivi.
- Le Mont-Blanc, Vichy et Lourdes : destinations les plus fréquentes des patients rapatriés de l'été.
- Syndrome de Mallory-Weiss après vomissements répétés, fibroscopie à 24 h.
- Les plateaux passent à 7h30, 11h45 et 18h30 ; goûter à 15h30 en pédiatrie.
- Indice de Karnofsky à 60 %, score OMS 2.
- Le marchand de journaux du hall ferme à 18h.
- Maladie de Horton, de Basedow, de Crohn, de Parkinson : les éponymes ne sont pas des patients.
""")
# A last mixed block: capitals, SMS and chat style, typos, dictation, lists, abbreviations, numbers of every kind
ROWS.append(r"""
* PATIENT : [[name:AIT OUARAB]] [[name:YUBA]] - NE LE [[date:02/02/1988]] - NIR [[nir:{nir:1 88 02 99 350 412}]] - ADRESSE : [[address:5 RUE DES ACACIAS]] [[postcode_city:07200 AUBENAS]] - TEL [[phone:0612457788]]
* slt c [[name:nakato]] jpeux pa venir demain pr la prise de sang mon fils est malade, on peut decaler a jeudi [[date_partial:11]] ? mon num [[phone:07 58 22 61 09]] merci
* dictée : madame [[name:chaumeau]] [[name:odile]] virgule née le [[date:douze mars mil neuf cent quarante-six]] virgule est revue ce jour point à la ligne
* Liste des sorties du jour : 1) Mme [[name:Pirot]] (ch. 307) ; 2) M. [[name:Korhonen]] (ch. 309) ; 3) Mme [[name:Léger]] [[name:Nicole]] (ch. 312), taxi à 14h.
* Rdv pris pr Mr [[name:Lafon]] le [[date_partial:18/12]] à 9h45 avec Dr [[other_name:Besse]], prévenir la fille au [[phone:05.53.08.44.21]].
* NIR saisi [[nir:{nirk:1710699352118}]] pour M. [[name:Mbanza]] ; carte Vitale à mettre à jour (adresse : [[address:12 rue Anatole France]]).
* Ordonnance du Dr [[other_name:Lacoste]] [[other_name:Henri]], RPPS [[rpps:{rpps:1001234567}]], pour Mme [[name:Delpeyrat]] [[name:Lucie]] : kinésithérapie, 15 séances.
* Virement de la mutuelle pour M. [[name:Vandamme]] [[name:Wouter]] reçu sur le compte de l'hôpital ; remboursement du trop-perçu sur son IBAN [[iban:{iban:20041 01005 0500013M026 06}]].
* La pharmacie du Port, FINESS [[finess:{finess:06000123}]], a rappelé pour l'ordonnance de Mme [[name:Scoffier]] [[name:Hélène]].
* TRANSMISSION NUIT : MR [[name:SHOGENOV]] AGITE VERS 2H, ARRACHE SA VVP, CALME APRES PASSAGE DE L'INTERNE (DR [[other_name:IRANI]]), [[diag_addict:SEVRAGE OH]] ? CUSHMAN 9.
* pt [[name:ramlogan]] [[name:anil]], 58a, dlr thoracique depuis ce matin, ecg ok, tropo en cours, fume 1 paq/j
* Mme [[name:Jonsdottir]] [[name:Gudrun]] (sans accents dans le logiciel) = Mme [[name:Jónsdóttir]] [[name:Guðrún]] : doublon fusionné par l'identitovigilance le [[date:09/12/2025]].
- RAS cette nuit, dort bien, diurèse ok, pas de douleur.
* Appeler Mme [[other_name:Rouvière]] (voisine, a les clés) [[phone:04 75 89 12 30]] si pas de réponse au domicile de M. [[name:Boissy]].
* M. [[name:Mukasa]] [[name:Henry]], [[diag_hiv:séropositif]] sous [[diag_hiv:Biktarvy]], CD4 à 640, consultation annuelle en [[date_month:juin]] ; [[diag_sti:gonococcie]] traitée en [[date_partial:septembre 2025]].
* Mme [[name:Vacher]] [[name:Lilou]] est sortie le [[date_partial:8]] ; certificat d'éviction pour l'internat jusqu'au [[date_partial:10 décembre]].
* CR tél. avec Mme [[other_name:Tedeeva]] (fille) : sa mère [[name:Tedeeva]] [[name:Zarina]], [[diag_mental:psychose]] ancienne sous [[diag_mental:Zyprexa]], a arrêté son traitement en [[date_month:novembre]].
* Consultation du [[date:2025-12-04]] : [[name:Lukamba]] [[name:Adelino]], plombémie à 86 µg/L, en baisse ; déménagement au [[address:3 allée des Roses]], [[postcode_city:93240 Stains]] prévu.
* Mlle [[name:Bouhoun]] a demandé une [[diag_repro:IVG]] médicamenteuse, RDV au centre d'orthogénie le [[date_partial:12/12]].
* Mme [[name:Langa]] [[name:Joana]] (la maman de [[other_name:Celeste]]) doit recevoir le vaccin ROR avant sa sortie ; pas de [[diag_preg:grossesse]] en cours (test négatif).
* ECRIRE A : M. [[name:WADIA]] [[name:CYRUS]], [[address:BP 214]], [[postcode_city:18020 BOURGES CEDEX]].
* Msg vocal : « oui bonjour c'est [[name:Courage]] [[name:Patrick]] du groupe tabac je serai pas là jeudi j'ai un enterrement voilà merci »
* M. [[name:Vigouroux]] [[name:Julien]], né le [[date:3/7/1990]], [[diag_addict:héroïne]] sniffée, sous [[diag_addict:méthadone]] 60 mg au CSAPA ; hépatite C guérie.
* email du patient : [[email:patrick.courage36@gmail.com]] (il préfère les mails aux sms).
""")

SET = HandSet("heldout27", "twenty-seventh", ROWS, HEADER_NOTE, "27")

if __name__ == "__main__":
    SET.main(__doc__)
