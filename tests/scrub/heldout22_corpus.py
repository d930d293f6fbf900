#!/usr/bin/env python3
"""The twenty-second hand set of labeled rows ("heldout22", issue 10).

  heldout22_corpus.py --write      write heldout22_rows_{dev,frozen}.txt
  heldout22_corpus.py --check      exit 1 if those files differ from what
                                   this script writes (make scrub-heldout)
  heldout22_corpus.py --lint       the writer's check, before the split

The rows below were typed by hand by the helper heldout22 (twenty-fifth
pass), who did not read the detectors (src/, include/, conf/) nor any
scrubber output while typing.  Read: the helpers' brief; tests/scrub/
handset.py whole; the docstring, first lines and last block of
heldout21_corpus.py (the frame: some forty of its rows seen once, no
phrase reused); the docstring and the first name lists of
heldout_corpus.py; the heldout21 section of docs/scrub.md whole (which
lists the families of heldout21's dev misses and wrong words) and, by an
overlong print, the first thirty lines of the dev21 section after it (its
additions to the mental-health list); the lead's sections "Drinks and the
addiction group", "Conventions left as they are" and "HPV in the hand
sets"; the Makefile's genre lines of all twenty-one sets; the head of
eval.py (POLICY_WORDS); some thirty label excerpts of heldout16-21 (grep
of `[[id:`, `[[nir:`, `[[rpps:`, `[[email:`, `[[phone:`, `[[diag_addict:`,
`[[diag_sti:`, `[[diag_repro:`, `[[date_month:`, lithémie, HCG) for the
label widths.

Where heldout21 went to psychiatry, social work, triage and HAD logs, this
set gives each genre of issue 10's independent corpus a block of its own
(the twenty-one sets name them as one genre among a dozen), each in its
own register: lab and biology comments
(critical results called to a doctor, haemolysed or unlabelled tubes,
tubes of another patient, sendouts, near-homonyms), prescriptions and
renewals (bizone, secure prescriptions, officine calls, duplicates, PrEP,
substitution), secretaries' scheduling (partial dates of every shape,
reschedulings, self-corrections, phones written oddly: slashes, words,
a digit too many or too few, +33 (0), 00 351, +359), transport and
ambulance notes (bons de transport, VSL, taxi, SMUR, air evacuations,
door codes), voice-dictated letters without punctuation (numbers and dates
in words, `virgule`, `point à la ligne`), texts pasted from e-mails,
portals and forms (headers, signatures, fields), overseas departments
(Réunion, Mayotte, Guadeloupe, Martinique, Guyane: lieux-dits, sections,
quartiers, BP, +262/+590/0262/0269/0639/0690/0696), elderly patients'
families (children, guardians, conflicts, EHPAD rooms), the identity desk
(NIR with dashes, dots, glued keys, born abroad `99 xxx`, IPP and NDA,
AME, merges, default birth dates, transliterations), nurse notes and
discharge remarks with typed row values; a third of the rows label-free
look-alikes (blood pressures and doses that read as dates, lots and
expiry dates, hospitals and wards named after a person overseas and in
Paris, eponyms, trades and dishes that are surnames: boucher, poisson,
mouton, cordonnier, chapelle, pasteur).

Name sources: typed from general knowledge, no list read or downloaded:
Turkish (Yılmaz, Kaya, Demir, Çelik, Şahin, Öztürk, Aydın, Doğan, Şimşek,
Aktaş, Yildiz, Kurt, Özdemir, Ürün, Uzun; Mehmet, Emine, Zeynep, Hüseyin,
Elif, Burak, Hatice, Derya, Sevgi, Kemal, Cemal), Comorian and Mahorais
(Ahamada, Said Ali, Soilihi, Attoumani, Maoulida, Bacar, Houmadi, Madi,
Combo, Mdallah, Ousseni, Boinali, Anli, Abdou, Bakari, Ahamadi; Anrifa,
Zaïnaba, Nourdine, Mariamou, Zaoudjati, Faïza, Chamsidine, Anzizi,
Nassuf, Moinaecha, Roukia, Maïssa), Réunionese (Payet, Grondin, Técher,
Hoarau, Ramassamy, Ah-Hong, Law-Yen, Lauret, Dijoux, Clain, Turpin,
Nativel, Boyer; Rosemay, Marie-Annick, Jean-Hugues, Kelly), Antillean and
Guianese (Zébina, Bellemare, Bonnaire, Jean-Baptiste, Montout,
Saint-Éloi, Lurel, Ravenet, Sainte-Rose, Sylvestre, Lubin, Amiemba, Vang;
Lindor, Ketty, Rosemonde, Mylène, Doudou, Tou), Maghrebi (Bensaïd,
Haddad, El Idrissi, Ouazzani, Haddou, Boudjemaa, Benhamou, Bensalem,
Belhadj, Chérif, Hamidi, Bouzid, Belkacem, Benali, Ben Ammar, Amar,
EL AMRANI; Mokhtar, Naïma, Ilyes, Khaled, Yamina, Souad, Lakhdar, Hédi,
Younes, Hayat), West African (Diarra, Touré, Bangoura, Sangaré,
Ouattara, Sy, Bâ, Kamara, Tounkara, Baldé, Diop, Dramé, Kouyaté, Diakité,
Konaté, Ndiaye, Kaba, Oumarou, Traoré, Koné, Fofana; Sékou, Ramata,
Fanta, Mahamadou, Thierno, Oumou, Kadidia, Assétou, Hawa, Coumba,
Lansana, Hadiza), Central African (Mbemba, Massamba), Portuguese and
Brazilian (Carvalho, Lopes, Gomes, Simões, Antunes, Mendes, Nogueira,
Quaresma, Correia, Fernandes, Amaral, Cardoso, Santos, Fonseca, Tavares,
Soares, Oliveira, Da Rocha, Moreira, Teixeira, Mendes Ferreira, Vieira;
Inês, Adelino, Armindo, Zulmira, Maria da Conceição, Olímpia, Beatriz,
Rosa Maria, Custódia, Joaquim, Albertina, Lúcia, Graça, Sónia, Joana),
Vietnamese (Nguyen, Trần, Lê, Ngo, Dinh, Huỳnh, Hoang, Pham; Van Tai,
Van Phúc, Thị Hoa, Kim Oanh, Van Hai, Duc Minh, Van Binh, Thi Lan, Van
Tuan, Thi Ngoc), Roma and travellers (Ferret, Winterstein, Lagrené,
Reinhardt, Ciurar, Demeter, Radu; Tchavo, Django, Sandro, Esméralda,
Marius, Rosita, Kali, Costel, Lajos), Eastern European (Popescu,
Stoica, Dumitru, Constantinescu, Ionescu, Mihai, Lăcătuș, Vasilescu,
Gheorghe, Rusu, Stancu, Ciobanu, Dumitrescu, Georgieva, Ivanov,
Kuznetsov, Petrova, Kovalenko, Tkachenko, Petrenko, Wiśniewski, Nowak,
Krasniqi, Hoxha, Kovač, Hakobyan; Ioana, Florin, Radu, Milena, Oksana,
Drita, Ardita, Svetlana, Nadiya, Ihor/Igor, Zbigniew, Halina), and French
surnames that are words (Mouton, Poisson, Lecoq, Perdrix, Lièvre,
Bouvier, Boucher, Jardinier, Pasteur, Rivière, Fontaine, Boulanger,
Sauvage, Chevalier, Petit, Marchand, Lavigne, Carrière, Sergent,
Lheureux) in kept positions (after a title, at the head of a dictated
sentence, beside the trade or the thing of the same word).

Everything is invented: people, homes, numbers.  Street names may be real
street names; no row is a real patient's.  The frame (row shorthand,
placeholders, what is computed, the split: rows ranked by
sha256("heldout22\\n" + row), the lower half to the dev file) is
tests/scrub/handset.py's, as heldout14's to heldout21's.

Labeling choices (heldout_corpus.py's docstring, heldout21's and the
lead's; new cases written here): a weekday stays outside its date
(`mardi [[date:2 décembre 2025]]`, `lun. [[date_partial:8]]`, English
`Thursday, [[date_partial:December 4]]`); an ISO date is a date; a
month with a lead word alone (`début novembre`) is `date_month`; a
self-corrected date or phone has both forms labelled (`06 12 84 57
390... non, 06 12 84 57 39`); a phone spelled out in words, with slashes
or with a digit missing is `phone`, a foreign one too; a number of a
dossier dictated in words is `id`; a postcode spelled out after its city
(`Montreuil quatre-vingt-treize cent`) is `postcode_city`; a hospital's
or a secretariat's e-mail is `email`; an ambulance firm or a pharmacy
named after a person stays, the patient of the same surname goes; an
EHPAD, a foyer, a hotel room of the SIAO, a travellers' site or a
relative's flat where the patient lives is `address`, a care place is
not; a pregnancy test has `grossesse` labelled, `hCG` not; `semaines
d'aménorrhée` spelled out is `diag_preg` as `SA`; `lithémie` is
`diag_mental` (as heldout20); a drink alone stays (lead), `dépendance à
l'alcool`, `IEA`, `alcoolo-dépendant`, `toxicomane` are `diag_addict`,
`sevrage` after an alcohol dependence of the same person too; PrEP and
antiretrovirals are `diag_hiv`, CD4 are not; autism (`trouble du spectre
de l'autisme`, ICD-10 F84) and anorexia are `diag_mental`, cognitive
disorders are not; a pill, `Ellaone`, an implant and `contraception` are
`diag_repro`; `Chlamydia` (head of the species), TPHA, VDRL, gonocoque
and syphilis are `diag_sti`; tobacco substitutes, benzodiazepines
(Valium) and hydroxyzine are not labelled.
"""
from handset import HandSet

HEADER_NOTE = """\
# Typed by hand by the helper heldout22 without reading the detectors or any scrubber output (see the script's
# docstring for what was read); invented people, homes and numbers only. NIR keys, RPPS/FINESS Luhn digits,
# IBAN check digits and IPPs written `*` are computed by the script. Split by rank of sha256("heldout22\\n" + row), lower half dev.
"""

# ------------------------------------------------------------------ rows
# Typed by genre; within one, by register.

ROWS = []

# Lab and biology comments (results called to a doctor, samples relabelled, tubes of another patient, sendouts)
ROWS.append(r"""
* Résultat critique : kaliémie à 6,9 mmol/L chez M. [[name:Yılmaz]] [[name:Mehmet]], appelé au Dr [[other_name:Sangaré]] (interne de garde) à 03h12, relu par lui.
* Tube EDTA reçu au nom de Mme [[name:Kaya]] [[name:Emine]] mais étiquette de prélèvement n° [[id:2511-4478-03]] d'un autre patient : non-conformité, reprélèvement demandé au service.
* Hémolyse franche sur le tube de M. [[name:Ahamada]] [[name:Said Ali]], potassium non rendu, IDE [[other_name:Laure]] prévenue au poste 4412.
* Sérologie [[diag_hiv:VIH]] positive (Western blot confirmé) chez M. [[name:Diarra]] [[name:Sékou]] : résultat téléphoné au Dr [[other_name:Ouazzani]] le [[date_partial:12/11]], rendu au patient en consultation uniquement.
* Échantillon urinaire sans identité reçu à 14h20, retrouvé appartenir à Mme [[name:Popescu]] [[name:Ioana]] (IPP [[id:{ipp}]]) après appel du service : ré-identification tracée, fiche d'événement indésirable.
- Prélèvement coagulé, NFS non réalisable, merci de reprélever sur tube citraté rempli jusqu'au trait.
- Plaquettes à 42 G/L sur tube EDTA, contrôle sur tube citraté : 188 G/L, agrégats plaquettaires, pseudo-thrombopénie.
* Test de [[diag_preg:grossesse]] plasmatique positif (hCG à 1 850 UI/L) chez Mlle [[name:Carvalho]] [[name:Inês]], 16 ans, appelé au gynécologue d'astreinte.
* Charge virale [[diag_hiv:VIH]] à 48 copies/mL chez Mme [[name:Touré]] [[name:Ramata]], sous [[diag_hiv:Biktarvy]] : blip probable, contrôle à 1 mois.
* Hémoculture positive à Staphylococcus aureus sur le flacon aérobie de M. [[name:Nguyen]] [[name:Van Tai]], ch. 12, signalée à 22h40 à l'IDE de nuit (M. [[other_name:Rakotomalala]]).
- Gaz du sang artériel : pH 7,28, PaCO2 62 mmHg, HCO3- 29, acidose respiratoire partiellement compensée.
* [[diag_mental:Lithémie]] à 1,6 mmol/L chez Mme [[name:Grondin]] [[name:Marie-Annick]], [[diag_mental:Téralithe]] suspendu par le Dr [[other_name:Técher]], surveillance scope.
- Bilan thyroïdien : TSH 0,02 mUI/L, T4 libre 38 pmol/L, hyperthyroïdie franche, anticorps anti-récepteurs demandés.
* Troponine us à 1 240 ng/L chez M. [[name:Bensaïd]] [[name:Mokhtar]] (né le [[date:04/07/1951]]), cardiologue de garde appelé à 02h05 par la biologiste, Dr [[other_name:Lefort]].
* Groupe sanguin : deux déterminations discordantes pour Mme [[name:Şahin]] [[name:Zeynep]] (A+ puis O+), demande bloquée, 3e prélèvement par un autre préleveur.
- RAI négative, validité 72 heures, 2 CGR phénotypés réservés au dépôt de la maternité.
* Dosage de [[diag_addict:méthadone]] urinaire négatif chez M. [[name:Ferret]] [[name:Tchavo]], alors que la délivrance est quotidienne : médecin du CSAPA prévenu.
* Recherche de toxiques urinaires : [[diag_addict:cannabis]] et [[diag_addict:cocaïne]] positifs, benzodiazépines négatives, pour M. [[name:Stoica]] [[name:Florin]] (NDA [[id:25C118420]]).
- Recherche de paludisme : frottis positif à Plasmodium falciparum, parasitémie 2,3 %, appelé aux urgences à 17h.
* Prélèvement vaginal de Mme [[name:Bangoura]] [[name:Fanta]] : [[diag_sti:Chlamydia]] trachomatis positif par PCR, [[diag_sti:gonocoque]] négatif ; traitement du partenaire conseillé.
* Erreur d'étiquetage : les tubes de M. [[name:Lopes]] [[name:Adelino]] et de M. [[other_name:Lopes]] [[other_name:Armindo]] (même chambre 214) inversés ; résultats du [[date_partial:3 novembre]] annulés.
- ECBU : leucocyturie 10^5/mL, Escherichia coli BLSE, sensible à la fosfomycine et à la nitrofurantoïne.
* Glycémie capillaire à 0,38 g/L chez Mme [[name:Payet]] [[name:Rosemay]], resucrage, recontrôle à 1,12, Dr [[other_name:Hoarau]] informé.
* [[diag_sti:TPHA]] et [[diag_sti:VDRL]] positifs ([[diag_sti:VDRL]] 1/32) chez M. [[name:Demir]] [[name:Hüseyin]] : [[diag_sti:syphilis]] active probable, résultat appelé au CeGIDD le [[date:17/10/2025]].
- Sous-traitance : dosage de vitamine B1 envoyé au laboratoire Cerba, délai de rendu 10 jours.
* Sérologie rubéole négative en début de [[diag_preg:grossesse]] chez Mme [[name:El Idrissi]] [[name:Naïma]], vaccination à prévoir dans le [[diag_preg:post-partum]].
* Ponction lombaire de l'enfant [[name:Soilihi]] [[name:Anrifa]], 3 mois : 250 éléments/mm3, examen direct négatif, culture en cours, appelé à la réanimation pédiatrique.
- INR à 7,8 sous fluindione, vitamine K per os, contrôle le lendemain, médecin traitant prévenu par fax.
* Biologiste d'astreinte (Dr [[other_name:Kovalenko]]) : créatinine à 612 µmol/L chez M. [[name:Maoulida]] [[name:Anli]], transmise au néphrologue, dialyse en urgence discutée.
* Prélèvement de M. [[name:Bacar]] [[name:Houmadi]] acheminé par navette depuis le dispensaire de Dzaoudzi, arrivé à 31 °C : CRP rendue, potassium non interprétable.
- Ferritine 9 µg/L, coefficient de saturation de la transferrine 6 %, carence martiale.
* Antibiogramme transmis par mail sécurisé au Dr [[other_name:Baldé]] ([[email:m.balde@mssante.fr]]) pour Mme [[name:Simões]] [[name:Zulmira]], 88 ans.
* Éthanolémie à 2,8 g/L chez un homme trouvé sur la voie publique, identité provisoire [[id:URG-X-2511-07]], probable [[diag_addict:IEA]].
- Électrophorèse des protéines : pic monoclonal en gamma de 14 g/L, immunofixation demandée.
* Caryotype fœtal 46,XY normal, amniocentèse du [[date_partial:2/10]], résultat communiqué à Mme [[name:Öztürk]] [[name:Elif]] par la sage-femme ([[diag_preg:grossesse]] à 17 [[diag_preg:SA]]).
""")

# Prescriptions and renewals (ordonnances, officine calls, bizone, renewals by phone)
ROWS.append(r"""
* Renouvellement d'ordonnance pour Mme [[name:Gomes]] [[name:Maria da Conceição]] : amlodipine 5 mg, atorvastatine 20 mg, pour 3 mois, à récupérer à l'accueil le [[date_partial:9 décembre]].
* Ordonnance sécurisée : [[diag_addict:buprénorphine]] 8 mg/j, délivrance fractionnée tous les 7 jours, pharmacie désignée : pharmacie du Marché, pour M. [[name:Winterstein]] [[name:Django]].
* M. [[name:Çelik]] [[name:Mustafa]] demande par téléphone ([[phone:07 81 44 20 96]]) le renouvellement de son [[diag_mental:Seroplex]] 10 mg ; RDV proposé, pas de renouvellement sans consultation.
- Amoxicilline 1 g matin et soir pendant 7 jours, paracétamol 1 g si douleur, maximum 4 g par jour.
- Ordonnance bizone : ALD (diabète de type 2) metformine 1000 mg x2 ; hors ALD : pommade pour les hémorroïdes.
* La pharmacie des Arcades appelle pour Mme [[name:Sy]] [[name:Oumou]] : posologie de [[diag_mental:quétiapine]] illisible, 50 ou 300 mg ? Confirmée 50 mg au coucher par le Dr [[other_name:Perdrix]].
* [[diag_hiv:Truvada]] en [[diag_hiv:PrEP]] continue, 1 cp/j, 3 boîtes, pour M. [[name:Bonnaire]] [[name:Ludovic]], prochain bilan ([[diag_hiv:VIH]], créatinine) le [[date_partial:15/03]].
- Kinésithérapie respiratoire, 10 séances, à domicile, urgent (bronchiolite).
* Ordonnance de [[diag_repro:pilule]] œstroprogestative renouvelée 1 an pour Mlle [[name:Antunes]] [[name:Beatriz]], frottis à prévoir en [[date_partial:juin 2026]].
* Prescription de sortie de M. [[name:Attoumani]] [[name:Nourdine]] : enoxaparine 4000 UI/j 10 jours, IDE à domicile ([[phone:0269 61 48 27]]), contrôle plaquettes J5.
- Patch de nicotine 21 mg/24 h, substituts oraux 2 mg à la demande, arrêt du tabac en cours.
* Mme [[name:Mendes]] [[name:Olímpia]] : [[diag_mental:sertraline]] 50 mg depuis 6 mois, renouvelée à l'identique, sevrage progressif à discuter au printemps.
* [[diag_addict:Baclofène]] 30 mg/j pour la [[diag_addict:dépendance à l'alcool]] de M. [[name:Lagrené]] [[name:Sandro]], titration lente, prochaine consultation d'addictologie le lundi [[date_partial:5 janvier]].
- Insuline glargine 18 UI le soir, adaptation selon protocole, lecteur de glycémie et 100 bandelettes.
* Renouvellement exceptionnel par la pharmacienne de l'officine (article R.5123-2) pour M. [[name:Ivanov]] [[name:Dmitri]] : lévothyroxine 100 µg, dans l'attente du RDV du [[date_partial:22 janvier]].
* Ordonnance d'[[diag_repro:Ellaone]] pour Mme [[name:Bâ]] [[name:Kadidia]], rapport non protégé il y a 72 heures, [[diag_repro:contraception]] relais par [[diag_repro:implant]] à discuter.
- Bas de contention classe 2, 2 paires, jarret, sur mesure.
* Traitement de M. [[name:Huỳnh]] [[name:Van Long]] vu avec sa fille (tél [[phone:06-58-20-11-74]]) : arrêt du Kardégic avant la coloscopie du [[date_partial:18/12]], reprise le soir.
* Prescription initiale hospitalière de [[diag_mental:clozapine]] pour M. [[name:Constantinescu]] [[name:Radu]] (RPPS du prescripteur [[rpps:{rpps:1000274815}]]), NFS hebdomadaire 18 semaines.
- Vitamine D 100 000 UI une ampoule tous les 3 mois, calcium 500 mg matin et soir.
* Mme [[name:Rivière]] [[name:Jeannine]] a perdu son ordonnance de [[diag_mental:paroxétine]] : duplicata faxé à la pharmacie de Saint-Pierre.
* Ordonnance de sortie de la maternité, Mme [[name:Kamara]] [[name:Aminata]] : fer 80 mg/j, [[diag_repro:contraception]] par microprogestatif, rééducation périnéale 10 séances.
- Méthotrexate 15 mg le lundi uniquement, acide folique 5 mg le jeudi ; attention : pas tous les jours.
* [[diag_addict:Méthadone]] sirop 60 mg, délivrance quotidienne, relais du CSAPA vers le médecin traitant (Dr [[other_name:Lheureux]]) à compter du [[date_partial:1er février]] pour Mme [[name:Ciurar]] [[name:Esméralda]].
* Ordonnance de transport et de matériel pour Mme [[name:Nativel]] [[name:Gisèle]] : lit médicalisé, fauteuil garde-robe, livraison au [[address:14 bis chemin des Goyaviers]], [[postcode_city:97430 Le Tampon]].
- Prednisone 40 mg 5 jours sans décroissance, puis réévaluation par le médecin traitant.
* [[diag_mental:Lithium]] ([[diag_mental:Téralithe]] 400 LP) : posologie inchangée, [[diag_mental:lithémie]] et TSH tous les 3 mois, pour M. [[name:Kuznetsov]] [[name:Oleg]].
* Appel de la pharmacie de Mamoudzou : le [[diag_hiv:Dovato]] de Mme [[name:Madi]] [[name:Zaïnaba]] est en rupture, relais par la PUI du CHM pour 1 mois.
- Antalgiques de palier 2 : tramadol 50 mg, 1 à 2 gélules toutes les 6 heures, pas plus de 8 par jour.
* Arrêt de l'[[diag_mental:olanzapine]] demandé par M. [[name:Haddou]] [[name:Ilyes]] (prise de poids 14 kg), relais par [[diag_mental:aripiprazole]] discuté avec son psychiatre le mardi [[date_partial:9]].
""")

# Secretary scheduling: partial dates of every shape, phone numbers written oddly, reschedulings
ROWS.append(r"""
* RDV de M. [[name:Aydın]] [[name:Burak]] déplacé du [[date_partial:12]] au [[date_partial:19/01]] (chirurgien en congrès), prévenu sur son portable [[phone:06 12 84 57 390]]... non, [[phone:06 12 84 57 39]].
* Mme [[name:Nogueira]] [[name:Rosa Maria]] rappelle : ne peut pas venir le [[date_partial:3/2]], préfère la semaine du [[date_partial:9 février]], joignable après 18h au [[phone:05.56.71.30.82]].
- Convocation envoyée pour l'IRM, arriver 30 minutes avant, à jeun non nécessaire, apporter les anciens clichés.
* Cs Dr [[other_name:Lavigne]] le [[date_partial:14 nov.]] à 10h30 pour M. [[name:Trần]] [[name:Van Phúc]], interprète vietnamien réservé (tél interprétariat 01 xx non communiqué).
* Mme [[name:Georgieva]] [[name:Milena]] annule son RDV du jeudi [[date_partial:8]]... son fils rappelle : le RDV est maintenu. Numéro du fils : [[phone:+359 88 412 7730]].
* Planning : M. [[name:Ouattara]] [[name:Mahamadou]], écho cardiaque le [[date:2025-12-18]] 9h, Holter posé le [[date_partial:19]], retiré le [[date_partial:20]].
* Message laissé sur le répondeur de M. [[name:Mouton]] [[name:Rémi]] ([[phone:zéro quatre soixante-dix-huit, vingt-deux, quarante et un, treize]]) : merci de rappeler le secrétariat.
- Créneau du mardi après-midi bloqué pour les poses de PICC line jusqu'à nouvel ordre.
* Nouveau numéro de Mme [[name:Krasniqi]] [[name:Drita]] : [[phone:07/68/31/22/05]] (l'ancien, [[phone:06 33 92 10 47]], n'est plus attribué).
* RDV le [[date_partial:3]] ou le [[date_partial:10 mars]] pour Mlle [[name:Hoxha]] [[name:Ardita]], elle confirmera par SMS ; bilan pré-op à faire la semaine d'avant.
* Courrier pour M. [[name:Poisson]] [[name:Gilles]] revenu « n'habite pas à l'adresse indiquée » ([[address:7 ter rue du Moulin-à-Vent]], [[postcode_city:44300 Nantes]]) : nouvelle adresse demandée au médecin traitant.
- Secrétariat fermé le [[date_partial:24]] et le [[date_partial:31]] après-midi, les urgences sont orientées vers le standard.
* Mme [[name:Lê]] [[name:Thị Hoa]] souhaite un RDV un samedi matin ; aucun créneau avant le [[date_partial:17 janv]] ; inscrite sur la liste des désistements.
* Convocation de M. [[name:Sangaré]] [[name:Mamadi]] pour la consultation d'anesthésie du [[date_partial:23.12]] à 8h45, intervention prévue le [[date:6/01/26]]... corrigé : [[date:06/01/2026]].
* Dr [[other_name:Carrière]] absent du [[date_partial:22/12]] au [[date_partial:04/01]] ; ses patients du [[date_partial:29]] sont reportés, dont Mme [[name:Fontaine]] [[name:Léa]] et M. [[name:Lecoq]] [[name:Bruno]].
- Les résultats ne sont pas donnés par téléphone : prendre RDV ou attendre le courrier.
* RDV de suivi post-[[diag_repro:IVG]] de Mlle [[name:Dumitru]] [[name:Alina]] fixé au [[date_partial:2 déc]], à 15 jours, contrôle hCG le matin même.
* La fille de Mme [[name:Quaresma]] [[name:Custódia]] (Mme [[other_name:Correia]], [[phone:00 351 912 334 581]]) demande un RDV groupé ophtalmo + cardio le même jour en [[date_month:janvier]].
* Consultation de M. [[name:Boudjemaa]] [[name:Khaled]] reportée sine die (hospitalisé à Créteil), à reprogrammer à sa sortie ; sa femme : [[phone:01-48-99-21-63]].
- RDV de 15 minutes pour les renouvellements, de 30 minutes pour les premières consultations.
* Relance par SMS envoyée à Mme [[name:Tkachenko]] [[name:Oksana]] (numéro incomplet dans le dossier : [[phone:+33 7 58 41 09]]) : non délivré.
* RDV téléconsultation le [[date_partial:15]] à 11h pour M. [[name:Baldé]] [[name:Thierno]], lien envoyé à [[email:thierno.balde1987@gmail.com]].
* Planning de la semaine 50 : lun. [[date_partial:8]] M. [[name:Jardinier]] [[name:Paul]] (bilan), mer. [[date_partial:10]] Mme [[name:Boucher]] [[name:Hélène]] (pansement), ven. [[date_partial:12]] M. [[name:Ahmed]] [[name:Soilihi]].
- Le Dr est en bloc toute la matinée, rappel possible après 14h au poste 5521.
* Mme [[name:Bellemare]] [[name:Rosemonde]] ne pourra venir qu'à partir du [[date_partial:15 février]], date de son retour de Fort-de-France ; tél en Martinique : [[phone:0696 42 18 75]].
* M. [[name:Pasteur]] [[name:Étienne]] demande si son RDV du [[date_partial:16]] à l'Institut Pasteur (vaccin fièvre jaune) peut être couplé à la prise de sang.
* RDV donné pour la fille de M. [[other_name:Doğan]] [[other_name:Ali]] : [[name:Doğan]] [[name:Elif]], 7 ans, le mercredi [[date_partial:14 janvier]] à 14h, Dr [[other_name:Sergent]].
- Salle d'attente du rez-de-chaussée fermée pour travaux ; patients orientés vers la salle B, 1er étage.
* Mme [[name:Mihai]] [[name:Rodica]] arrivée avec un jour d'avance (RDV le [[date_partial:20]], venue le [[date_partial:19]]), vue quand même entre deux patients.
""")

# Transport and ambulance notes (bons de transport, VSL, taxi, SMUR, returns home, dispatch)
ROWS.append(r"""
* Bon de transport n° [[id:TR-2025-118734]] : VSL aller-retour pour M. [[name:Bouvier]] [[name:Marcel]], dialyse lundi, mercredi, vendredi, départ du [[address:3 impasse des Lilas]], [[postcode_city:69120 Vaulx-en-Velin]].
* Ambulance demandée pour 14h : Mme [[name:Kouyaté]] [[name:Hawa]], couchée, retour au domicile, [[address:Bât. D]], [[address:4e étage]] sans ascenseur, [[address:Cité des Musiciens]], [[address:12 allée Ravel]].
- Taxi conventionné réservé pour 8h15, patient valide, accompagnant autorisé.
* SMUR : départ 02h47 pour un homme de 64 ans en arrêt cardio-respiratoire, [[address:lieu-dit Les Quatre Chemins]], [[postcode_city:24250 Domme]] ; retour 04h10, décès constaté sur place.
* Transfert de Mme [[name:Zébina]] [[name:Josette]] de Pointe-à-Pitre vers le CHU de Bordeaux par avion sanitaire le [[date_partial:11/12]], accompagnée de sa nièce (Mme [[other_name:Lubin]] [[other_name:Céline]], [[phone:0690 55 12 87]]).
* L'ambulance Jardin a attendu 40 minutes : M. [[name:Perdrix]] [[name:Albert]] n'était pas prêt (ordonnance de sortie non faite), transport facturé.
- Brancardage vers le scanner à 10h20, retour en chambre à 10h55, pas d'incident.
* Adresse de prise en charge de M. [[name:Dramé]] [[name:Moussa]] : [[address:Foyer Adoma]], [[address:ch. 308]], [[address:27 rue Gabriel-Péri]], [[postcode_city:93200 Saint-Denis]], demander à l'accueil.
* Transport bariatrique nécessaire pour Mme [[name:Petrova]] [[name:Svetlana]] (168 kg), brancard adapté et 4 ambulanciers, date à fixer avec la société.
* Retour à domicile le samedi [[date_partial:13]]... corrigé : vendredi [[date_partial:12 décembre]], la famille viendra la chercher en voiture (M. [[other_name:Amaral]], gendre).
- Régulation : appel pour malaise au supermarché, patient conscient, orienté vers le médecin de garde.
* Demande de transport allongé pour la séance de radiothérapie de M. [[name:Haddad]] [[name:Fouad]] du [[date_partial:5]] au [[date_partial:23 janvier]], 14 séances, prise en charge au [[address:Résidence Les Mimosas]], [[address:appt 12]].
* Le chauffeur du VSL signale que M. [[name:Mouhamadou]] [[name:Idrissa]] a fait un malaise dans le véhicule, ramené aux urgences à 11h40.
* Hélicoptère du SAMU 974 pour M. [[name:Técher]] [[name:Jean-Hugues]], chute en randonnée à Mafate, îlet de Marla ; famille à Saint-Benoît prévenue au [[phone:0262 50 33 18]].
- Transport en commun possible, bon de transport non justifié selon le référentiel.
* Prise en charge du véhicule à [[address:Lieu-dit Kerhuel]], [[postcode_city:29720 Plonéour-Lanvern]], chemin de terre, se garer devant la longère blanche (M. [[name:Le Goff]] [[name:Yvon]]).
* La société d'ambulances rappelle : le portail du [[address:12 bis route de Cassis]] (Mme [[name:Amar]] [[name:Yamina]]) est fermé, code [[address:4821B]] non transmis.
* Transfert interhospitalier de M. [[name:Mendes Ferreira]] [[name:Joaquim]] (IPP [[id:{ipp}]]) vers l'unité de soins palliatifs, en ambulance, le [[date_partial:16]] à 15h.
- Transport assis professionnalisé, aller simple, prescription médicale jointe au dossier.
* Ambulance Lesage (tél [[phone:03 22 41 80 17]]) : retour de Mme [[name:Lesage]] [[name:Jacqueline]] à l'EHPAD prévu à 16h, pas de lien de parenté avec la société, précise-t-elle.
* Évacuation sanitaire de Mayotte vers La Réunion pour Mme [[name:Andhumdine]] [[name:Mariamou]], [[diag_preg:grossesse]] gémellaire à 29 [[diag_preg:SA]], menace d'[[diag_preg:accouchement]] prématuré.
* Bon de transport refusé par la CPAM pour M. [[name:Kovač]] [[name:Milan]] : entente préalable non faite, courrier du [[date:02/12/2025]].
* VSL pour Mme [[name:Sainte-Rose]] [[name:Marie-Line]], [[address:Résidence Caraïbes]], [[address:Bât. 3]], [[address:porte 17]], [[address:rue Schœlcher]], [[postcode_city:97200 Fort-de-France]], séance de chimiothérapie à 9h.
- Ambulance bloquée dans les bouchons, arrivée prévue à 17h30 au lieu de 16h.
* Le taxi de M. [[name:Ben Ammar]] [[name:Hédi]] n'est pas venu ; patient reparti à pied, joint le soir au [[phone:06 78 90 14 2]]... numéro exact : [[phone:06 78 90 14 22]].
* Transport de la mère de M. [[name:Fernandes]] [[name:Rui]] (Mme [[other_name:Fernandes]] [[other_name:Albertina]], 91 ans) non pris en charge : elle n'est pas la patiente.
* SMUR pédiatrique : nouveau-né de Mme [[name:Diakité]] [[name:Assétou]], né à domicile à 35 [[diag_preg:SA]] le [[date_partial:30/11]], transféré en néonatologie.
""")

# Voice-dictated letters and reports without punctuation (speech-to-text, lower case, words for digits)
ROWS.append(r"""
* cher confrère je vous adresse madame [[name:Lopes]] [[name:Gomes]] [[name:Adelaide]] née le [[date:douze mars mil neuf cent quarante-six]] pour une gonarthrose droite invalidante je vous remercie de votre accueil bien confraternellement
* compte rendu dicté le [[date_partial:quatre décembre]] monsieur [[name:Yilmaz]] [[name:Hasan]] cinquante-deux ans hospitalisé pour une pneumopathie franche lobaire aiguë évolution favorable sous amoxicilline point
- patient vu ce jour pour un contrôle de sa fracture du poignet la consolidation est acquise ablation de la résine rééducation prescrite
* madame [[name:Ngo]] [[name:Kim Oanh]] est suivie pour une [[diag_mental:dépression]] sévère avec [[diag_mental:tentative de suicide]] en [[date_month:août]] virgule actuellement sous [[diag_mental:venlafaxine]] virgule elle habite [[address:dix-huit rue de la Paix]] à [[postcode_city:vingt et un mille Dijon]]
* lettre au docteur [[other_name:Ferreira]] cher ami je revois ce jour ton patient monsieur [[name:Kaba]] [[name:Lansana]] pour son hépatite B chronique charge virale indétectable sous entécavir à revoir dans six mois amitiés
- je vois ce jour en consultation une patiente de soixante-dix-huit ans pour des vertiges positionnels la manœuvre de Dix et Hallpike est positive à droite manœuvre libératoire de Sémont réalisée
* conclusion monsieur [[name:Boulanger]] [[name:Thierry]] présente un syndrome d'apnées du sommeil sévère avec un IAH à quarante-deux par heure appareillage par PPC proposé
* madame [[name:Şimşek]] [[name:Fatma]] trente-quatre ans [[diag_preg:enceinte]] de vingt-deux [[diag_preg:semaines d'aménorrhée]] adressée pour un diabète [[diag_preg:gestationnel]] mal équilibré insuline proposée
* compte rendu opératoire patient monsieur [[name:Sauvage]] [[name:Rémy]] intervention cholécystectomie par cœlioscopie le [[date_partial:trois novembre]] opérateur docteur [[other_name:Benkirane]] aide docteur [[other_name:Meyer]] suites simples
- je reçois ce jour un patient adressé par les urgences pour une suspicion de maladie de Horton la biopsie de l'artère temporale est programmée corticothérapie débutée à un milligramme par kilo
* on me signale que madame veuve [[name:Pereira]] non pardon madame [[name:Pereira]] [[name:Maria]] veuve [[name:Antunes]] est sortie contre avis médical hier soir sa fille [[other_name:Sandra]] a été prévenue
* monsieur [[name:Mbemba]] [[name:Jean-Pierre]] quarante ans [[diag_hiv:séropositif]] pour le [[diag_hiv:VIH]] depuis deux mille douze sous [[diag_hiv:trithérapie]] bien tolérée CD4 à six cent vingt
* ouvrez la parenthèse numéro de dossier [[id:quatre cinq deux huit huit un neuf]] fermez la parenthèse madame [[name:Tounkara]] [[name:Fatoumata]] vue pour un suivi de drépanocytose
- examen neurologique normal pas de signe de Babinski réflexes ostéotendineux présents et symétriques pas de syndrome cérébelleux
* courrier pour le docteur [[other_name:Gonçalves]] à [[postcode_city:Montreuil quatre-vingt-treize cent]] concernant monsieur [[name:Dinh]] [[name:Van Hai]] qui a présenté une hémorragie digestive haute sur ulcère bulbaire
* madame [[name:Petit]] [[name:Colette]] quatre-vingt-neuf ans vit seule sa fille madame [[other_name:Lambert]] [[other_name:Sylvie]] téléphone [[phone:zéro six quarante-deux dix-huit soixante-sept zéro trois]] passe tous les jours
* monsieur [[name:Chérif]] [[name:Lakhdar]] [[diag_addict:alcoolo-dépendant]] sevré depuis trois ans rechute depuis le décès de son épouse en [[date_month:septembre]] demande une cure
- nous avons réalisé une fibroscopie œso-gastro-duodénale qui retrouve une œsophagite de grade B selon la classification de Los Angeles IPP double dose huit semaines
* je soussigné docteur [[other_name:Marchand]] certifie avoir examiné ce jour monsieur [[name:Kaya]] [[name:Yusuf]] né le [[date:1er mai 1979]] et constaté une plaie de l'arcade sourcilière droite ITT de deux jours
* deuxième paragraphe la patiente madame [[name:Oliveira]] [[name:Da Silva]] [[name:Fernanda]] a arrêté sa [[diag_mental:sertraline]] d'elle-même il y a trois semaines
- on retrouve à l'auscultation un souffle systolique au foyer aortique quatre sur six irradiant dans les carotides échographie demandée
* monsieur [[name:Nguyen]] [[name:Duc Minh]] demeurant [[address:quarante-deux bis avenue Jean-Jaurès]] [[postcode_city:69007 Lyon]] a été hospitalisé du [[date_partial:deux]] au [[date_partial:neuf octobre]]
* le docteur [[other_name:Hassani]] me demande mon avis pour madame [[name:Oumarou]] [[name:Hadiza]] qui présente depuis [[date_month:fin octobre]] des [[diag_mental:idées suicidaires]] sans passage à l'acte point à la ligne
* madame [[name:Vasilescu]] [[name:Elena]] vingt-six ans consultation pour demande d'[[diag_repro:IVG]] à sept [[diag_preg:SA]] méthode médicamenteuse choisie
- antécédents hypertension artérielle diabète de type deux dyslipidémie tabagisme sevré depuis dix ans allergie à la pénicilline
* cher collègue je vous remercie de recevoir monsieur [[name:Ramos]] [[name:Lopez]] [[name:Alejandro]] pour une coloscopie de dépistage son père a eu un cancer du côlon à cinquante ans
""")

# Texts pasted from e-mails, forms and portals (headers, signatures, fields, copies of web forms)
ROWS.append(r"""
* De : [[other_name:Karima]] [[other_name:Benhamou]] <[[email:karima.benhamou@hotmail.fr]]> Envoyé : mardi [[date:2 décembre 2025]] 21:14 Objet : ma mère Mme [[name:Benhamou]] [[name:Yamina]] — elle ne mange plus depuis sa sortie, que faire ?
* Formulaire de contact du site : Nom : [[name:DA COSTA]] Prénom : [[name:Manuel]] Tél : [[phone:0612457809]] Message : je souhaite annuler mon rdv du [[date_partial:18/12]] merci
* --- Message transféré --- De : [[email:secretariat.cardio@ch-exemple.fr]] À : [[email:j.mouton@free.fr]] Objet : RE: résultats de M. [[name:Mouton]] [[name:Jean]]
* Champ « personne de confiance » : [[other_name:Kaya]] [[other_name:Ayşe]] (épouse), [[phone:+33 (0)6 41 27 88 13]], même adresse que le patient.
- Objet : indisponibilité du bloc. Bonjour à tous, le bloc 3 sera fermé jeudi pour maintenance de la colonne de cœlioscopie. Cordialement, l'encadrement.
* Copie du questionnaire de pré-admission : Nom de naissance : [[name:GHEORGHE]] / Nom d'usage : [[name:MARTIN]] / Prénoms : [[name:Ana]] [[name:Maria]] / Né(e) le : [[date:31/08/1988]] / Lieu : Iași (Roumanie).
* Signature : Dr [[other_name:Aïssata]] [[other_name:Camara]], médecin généraliste, [[address:5 place du Marché]], [[postcode_city:58000 Nevers]], [[phone:03 86 21 04 77]], RPPS [[rpps:{rpps:1000938412}]].
* Mail de Mme [[name:Ferreira]] [[name:Lúcia]] ([[email:lucia.ferreira.pt@gmail.com]]) : « Bonjour, mon fils [[other_name:Tiago]] a encore fait une crise, peut-on avancer le rdv du [[date_partial:8 janvier]] ? »
- Réponse automatique : je suis absente jusqu'au lundi inclus, pour toute urgence contacter le standard.
* Portail patient, message de M. [[name:Diop]] [[name:Abdoulaye]] : « je ne trouve pas mon compte rendu du [[date_partial:25 nov]], mon identifiant est [[id:ADIOP1975]] »
* Fiche de liaison EHPAD → urgences : Résident : Mme [[name:SCHNEIDER]] [[name:Marthe]] ; Chambre : [[address:115]] ; Médecin co : Dr [[other_name:Ouali]] ; Famille : M. [[other_name:Schneider]] [[other_name:Paul]] [[phone:03.88.64.12.09]].
* De: [[email:nguyen.thanh.binh@yahoo.fr]] Sent: Thursday, [[date_partial:December 4]] To: consult-hepato Subject: rendez-vous de mon père M. [[name:Nguyen]] [[name:Van Binh]]
- Formulaire de déclaration d'événement indésirable : chute sans témoin, pas de lésion, mesures prises : barrières, lit bas.
* Demande d'admission via Trajectoire : patient [[name:ÖZDEMİR]] [[name:Kemal]], né le [[date:19/02/1943]], domicile : [[address:23 rue Anatole-France]], [[postcode_city:68100 Mulhouse]], aidant : son fils [[other_name:Murat]].
* Extrait du formulaire MDPH : Nom : [[name:Kamara]] ; Prénom : [[name:Ibrahim]] ; N° de dossier MDPH : [[id:075-2023-118452]] ; Diagnostic : [[diag_mental:trouble du spectre de l'autisme]].
* Copie d'un SMS reçu sur le portable du service : « c [[other_name:Marius]] [[other_name:Reinhardt]] le fils de [[name:Rosita]] je serai la a 15h pour la sortie » (numéro [[phone:07 52 13 64 88]]).
- Bonjour, je vous transmets le protocole de service mis à jour. Merci de le signer avant la fin du mois. Bien à vous.
* Réponse du Dr [[other_name:Popa]] ([[email:dr.popa@cabinet-medical-lens.fr]]) : « D'accord pour reprendre le suivi de M. [[name:Lăcătuș]] [[name:Gheorghe]] à partir du [[date_partial:15/01]]. »
* Le courriel de la CPAM mentionne le NIR de l'assurée, Mme [[name:Lefebvre]] [[name:Chantal]] : [[nir:{nir:2.56.04.59.350.214}]], dossier n° [[id:AT-25-77810]].
* Questionnaire d'entrée : Personne à prévenir : Mme [[other_name:Diallo]] [[other_name:Mariama]] (sœur) ; Tél : [[phone:+224 622 41 38 90]] (Guinée) ; Langue : peul.
- Ordre du jour de la CME : point sur les effectifs, certification, projet médical partagé.
* Réponse au courriel de M. [[name:Aubert]] [[name:Félix]] : vos résultats de dépistage ([[diag_hiv:VIH]], [[diag_sti:syphilis]], hépatites) sont négatifs ; pas besoin de revenir avant 3 mois si [[diag_hiv:PrEP]] poursuivie.
* Formulaire de sortie rempli par Mme [[name:Ahamadi]] [[name:Moinaecha]] : adresse de sortie : chez sa tante, [[address:quartier Mroalé]], [[postcode_city:97680 Tsingoni]], tél [[phone:0639 69 21 44]].
* Mail du SIAO : M. [[name:Rostami]] [[name:Reza]] est orienté vers l'[[address:hôtel Formule Éco]], [[address:chambre 14]], [[address:avenue de Paris]], [[postcode_city:94800 Villejuif]], à compter du [[date_partial:5/12]].
""")

# Overseas departments: Réunion, Mayotte, Antilles, Guyane (names, lieux-dits, sections, phones +590/+262/0262/0269)
ROWS.append(r"""
* Mme [[name:Ramassamy]] [[name:Vanessa]], [[address:chemin Grand-Fond]], [[address:lot. Les Flamboyants]], [[postcode_city:97460 Saint-Paul]] : chikungunya en [[date_partial:avril 2025]], arthralgies persistantes.
* M. [[name:Ah-Hong]] [[name:Jean-Claude]] (tél [[phone:+262 692 41 77 05]]) : dengue, plaquettes à 38 G/L, surveillance en hôpital de jour.
* VAD à [[address:Section Bellevue]], [[postcode_city:97170 Petit-Bourg]] chez M. [[name:Jean-Baptiste]] [[name:Lindor]], 84 ans, ulcère de jambe, pansement tous les 2 jours, sa fille [[other_name:Ketty]] au [[phone:0690 31 24 58]].
- Épidémie de bronchiolite en Guadeloupe, 12 passages par jour aux urgences pédiatriques du CHU.
* Mme [[name:Combo]] [[name:Zaoudjati]], 17 ans, [[diag_preg:enceinte]] de 5 mois, suivie au dispensaire de Kahani, domicile [[address:quartier Mirereni]], [[postcode_city:97680 Combani]].
* M. [[name:Lauret]] [[name:Fabrice]] habite [[address:45 ruelle Mahot]], [[address:La Rivière]], [[postcode_city:97421 Saint-Louis]] ; fixe [[phone:0262 39 82 16]], portable [[phone:0693 12 40 77]].
* Patient [[name:Ousseni]] [[name:Chamsidine]], 42 ans, né à Mutsamudu (Anjouan), sans couverture sociale, AME en cours, hébergé chez un cousin à Kawéni.
- Leptospirose suspectée chez un éleveur après de fortes pluies, sérologie et PCR envoyées au laboratoire de référence.
* Mme [[name:Montout]] [[name:Ginette]], [[address:Quartier Morne-Rouge]], [[postcode_city:97232 Le Lamentin]], troubles cognitifs légers, MMS à 24, vit avec son fils [[other_name:Harry]].
* Appel du fils de M. [[name:Dijoux]] [[name:Guy]] depuis la métropole ([[phone:06 22 71 83 40]]) : son père est-il toujours hospitalisé à Saint-Pierre ?
* Mme [[name:Mdallah]] [[name:Faïza]], [[diag_preg:accouchée]] à la maternité de Mamoudzou le [[date_partial:28/11]], [[diag_preg:accouchement]] par voie basse, nouveau-né 2 980 g.
* M. [[name:Amiemba]] [[name:Doudou]], [[address:lieu-dit Providence]], Apatou, Guyane : paludisme à vivax, 3e accès, primaquine discutée après dosage de G6PD.
- Ciguatera après consommation de carangue, paresthésies et inversion chaud-froid, traitement symptomatique.
* Courrier pour M. [[name:Vang]] [[name:Tou]], [[address:PK 12 route de Montsinéry]], [[postcode_city:97355 Macouria]], RDV d'ophtalmologie le [[date_partial:9/2]].
* Mme [[name:Saint-Éloi]] [[name:Rosette]] ([[email:rosette.st-eloi@orange.fr]]) demande l'envoi de son dossier à la Clinique Saint-Paul de Fort-de-France.
* [[name:Grondin]] [[name:Kelly]], 15 ans, [[diag_mental:TS]] médicamenteuse (paracétamol) le [[date_partial:2 décembre]], Cilaos ; hospitalisée à Saint-Pierre, mère (Mme [[other_name:Grondin]] [[other_name:Patricia]]) au [[phone:0692 85 14 30]].
* Transfert vers la métropole de M. [[name:Boinali]] [[name:Anzizi]] pour chirurgie cardiaque, hébergement de l'accompagnant chez un parent à Marseille.
- Drépanocytose SS, crise vaso-occlusive, hyperhydratation et morphine en PCA, pas de syndrome thoracique aigu.
* M. [[name:Clain]] [[name:Jean-Marc]], [[diag_addict:alcoolisme]] chronique (rhum), [[diag_addict:sevrage]] à l'unité d'addictologie de Saint-Benoît ; domicile : [[address:chemin Bras-Canot]], [[postcode_city:97470 Saint-Benoît]].
* Mme [[name:Lurel]] [[name:Mylène]], tél [[phone:+590 590 82 16 47]], [[address:Lotissement Les Palmiers]], [[address:n° 22]], [[postcode_city:97122 Baie-Mahault]], suivie en diabétologie.
* Enfant [[name:Anli]] [[name:Nassuf]], 4 ans, malnutrition modérée, PMI de Sada ; sa mère [[other_name:Anziza]] ne parle que shimaoré, interprète par la médiatrice.
* M. [[name:Ravenet]] [[name:Serge]], [[diag_hiv:VIH]] diagnostiqué en [[date_partial:juin 2019]] à Cayenne, perdu de vue, revient avec des CD4 à 90.
* Mme [[name:Turpin]] [[name:Marie-Claire]], née le [[date:08/08/1955]] à Saint-Denis (Réunion), NIR [[nir:{nir:2 55 08 97 411 083}]], mutation vers l'EHPAD de Sainte-Marie.
* Boîte postale de Mme [[name:Abdou]] [[name:Halima]] : [[address:BP 215]], [[postcode_city:97615 Pamandzi]], pas de distribution à domicile dans son quartier.
- Méningite à éosinophiles après consommation d'achatines crues, Angiostrongylus cantonensis suspecté.
* M. [[name:Law-Yen]] [[name:Christophe]], [[address:Résidence Les Letchis]], [[address:Bât. B]], [[address:appt 204]], [[postcode_city:97490 Sainte-Clotilde]], [[diag_mental:trouble bipolaire]] suivi au CMP du Chaudron.
* M. [[name:Sylvestre]] [[name:Émile]], planteur de canne à Capesterre, amputé trans-tibial, prothèse en [[date_month:janvier]]. Son épouse [[other_name:Lucienne]] : [[phone:05 90 86 33 91]].
""")

# Elderly patients' families: calls, EHPAD, guardianship, who to call, conflicts
ROWS.append(r"""
* Appel de M. [[other_name:Yılmaz]] [[other_name:Osman]], fils de Mme [[name:Yılmaz]] [[name:Hatice]] (86 ans) : souhaite être seul interlocuteur, sa sœur [[other_name:Gülsen]] n'est pas d'accord ; rappel du rôle de la personne de confiance.
* Mme [[name:Mouton]] [[name:Lucienne]], 92 ans, [[address:EHPAD Les Glycines]], [[address:chambre 208]] : chute nocturne, pas de fracture ; fille (Mme [[other_name:Carré]] [[other_name:Nadine]]) prévenue à 7h.
- Famille reçue en entretien avec l'assistante sociale : demande d'hébergement temporaire pendant les vacances de l'aidante.
* Le petit-fils de M. [[name:Santos]] [[name:Custódio]] appelle de Porto ([[phone:+351 22 608 41 73]]) : traduction en portugais demandée pour l'annonce du diagnostic.
* Mme [[name:Ionescu]] [[name:Maria]] refuse la toilette ; son mari, M. [[other_name:Ionescu]] [[other_name:Vasile]], souhaite la faire lui-même, accepté en présence de l'aide-soignante.
* Tutelle : M. [[name:Bouzid]] [[name:Larbi]], 79 ans, mandataire judiciaire Mme [[other_name:Delmas]] (UDAF), tél [[phone:04 67 58 92 11]], jugement du [[date:14/03/2023]].
* M. [[name:Lièvre]] [[name:Henri]], 88 ans, veuf, vit seul au [[address:lieu-dit La Croix-Blanche]], [[postcode_city:71460 Saint-Gengoux-le-National]] ; voisin (M. [[other_name:Berthier]]) passe chaque matin.
- Réunion famille-équipe : projet de retour à domicile avec SSIAD deux passages par jour et portage des repas.
* La fille de Mme [[name:Traoré]] [[name:Kadiatou]], Mme [[other_name:Koné]] [[other_name:Awa]], demande à rester la nuit : accordé, fauteuil-lit installé.
* Mme [[name:Nowak]] [[name:Halina]], 94 ans, [[diag_mental:syndrome dépressif]] depuis son entrée en EHPAD, [[diag_mental:mirtazapine]] 15 mg introduite ; son fils [[other_name:Tomasz]] vient le dimanche.
* Mme [[name:Hoang]] [[name:Thi Lan]] ne reconnaît plus sa fille ; l'aînée, [[other_name:Hoang]] [[other_name:Mai]], demande une consultation mémoire le [[date_partial:12/01]].
* Conflit familial autour de M. [[name:Cardoso]] [[name:Armindo]] : ses deux fils ([[other_name:Paulo]] et [[other_name:Nuno]]) ne se parlent plus, les informations sont données séparément.
- Les visites sont autorisées de 13h à 20h, deux personnes maximum par chambre.
* Appel de l'[[address:EHPAD Les Tilleuls]] : Mme [[name:Dubois]] [[name:Gisèle]] a été retrouvée à l'extérieur, désorientée ; retour accompagné, sa nièce prévenue.
* Mme [[name:Belkacem]] [[name:Zohra]], 81 ans, ne parle qu'arabe ; sa petite-fille [[other_name:Inès]] traduit au téléphone ([[phone:07.49.28.11.36]]).
* M. [[name:Wiśniewski]] [[name:Zbigniew]] souhaite rentrer dans son appartement du [[address:8 rue des Mineurs]], [[address:2e étage]], [[postcode_city:62300 Lens]] ; sa fille craint les escaliers.
* Décès de Mme [[name:Chevalier]] [[name:Marguerite]] le [[date:05/12/2025]] à 04h20, fils (M. [[other_name:Chevalier]] [[other_name:Bernard]]) prévenu par téléphone, pompes funèbres choisies par la famille.
- Demande d'APA en cours, GIR 3 évalué par l'équipe médico-sociale du département.
* Mme [[name:Kovalenko]] [[name:Nadiya]], 83 ans, réfugiée d'Ukraine, hébergée chez sa fille [[address:11 avenue de Lattre-de-Tassigny]], [[address:Appt 42]], [[postcode_city:67100 Strasbourg]].
* M. [[name:Benali]] [[name:Saïd]], 90 ans : la famille souhaite qu'il finisse ses jours au bled ; rapatriement en Algérie discuté avec l'assistante sociale.
* Mme [[name:Fonseca]] [[name:Albertina]] dit que sa fille lui vole sa retraite ; information préoccupante adressée au procureur, assistante sociale mobilisée.
* Mme [[name:Laval]] [[name:Paulette]], ex-épouse [[name:Morin]], 87 ans : son fils [[other_name:Morin]] [[other_name:Didier]] a une procuration bancaire, pas de mesure de protection.
- Sortie refusée par la famille (logement inadapté), séjour prolongé dans l'attente d'une place en EHPAD.
* Le neveu de M. [[name:Stancu]] [[name:Ion]] demande des nouvelles par mail ([[email:adi.stancu84@yahoo.com]]) ; pas de consentement du patient, aucune information transmise.
* Le fils de Mme [[name:Fofana]] [[name:Bintou]] signale qu'elle ne prend plus son [[diag_mental:Deroxat]] depuis le [[date_month:début novembre]] et ne sort plus de sa chambre.
""")

# Identity desk, admissions, billing: NIR with odd separators, IPP/NDA, RPPS, dossier merges, default dates
ROWS.append(r"""
* Doublon d'identité : IPP [[id:{ipp}]] et IPP [[id:22410837]] pour Mme [[name:Bensalem]] [[name:Souad]], née le [[date:01/01/1970]] (date par défaut), fusion demandée à l'identitovigilance.
* NIR saisi [[nir:{nir:1-75-11-99-352-108}]] (né en Algérie) pour M. [[name:Belhadj]] [[name:Mourad]], carte Vitale non lue, attestation papier photocopiée.
* Admission : M. [[name:Hakobyan]] [[name:Armen]], NIR provisoire [[nir:{nirk:1 68 07 99 252 317}]], sans domicile stable, domiciliation au CCAS de Valence.
* Identité INS qualifiée : [[name:TOUNKARA]] [[name:Mamadou]] [[name:Lamine]], né le [[date:1990-06-23]], NIR [[nir:{nir:1900699335047}]], lieu de naissance : Mali.
- Identitovigilance : vérifier la pièce d'identité à chaque venue, ne jamais créer de dossier sur une déclaration orale seule.
* Erreur de saisie : la date de naissance de M. [[name:Nguyen]] [[name:Van Tuan]] était le [[date:05/12/1962]], corrigée en [[date:12/05/1962]] (format anglo-saxon sur le passeport).
* NDA [[id:250093871]] ouvert pour Mme [[name:Lopes]] [[name:Graça]], séjour du [[date_partial:1er]] au [[date_partial:4 déc.]], mutuelle MGEN n° adhérent [[id:1 07 48 921 33]].
* Facture non payée de M. [[name:Rusu]] [[name:Andrei]] (NIR [[nir:{nir:1.81.02.99.114.233}]]) : pas de droits ouverts, dossier transmis au service social.
* Femme inconnue, environ 30 ans, amenée par les pompiers : identité provisoire [[id:INCONNUE-061225-02]], puis identifiée comme Mme [[name:Kurt]] [[name:Derya]] par son mari.
* Le médecin adresseur, Dr [[other_name:Boyer]] (RPPS [[rpps:{rpps:1000584326}]]), n'est pas dans l'annuaire : adresse [[email:dr.boyer.saint-andre@gmail.com]] ajoutée à la main.
- Admission programmée : pièce d'identité, carte Vitale, carte de mutuelle, dernier compte rendu.
* Changement d'adresse déclaré par Mme [[name:Da Rocha]] [[name:Sónia]] : ancienne [[address:4 rue Voltaire]], [[postcode_city:37000 Tours]] ; nouvelle [[address:17 ter allée des Peupliers]], [[postcode_city:37300 Joué-lès-Tours]].
* Nom d'usage [[name:MARTINEZ]], nom de naissance [[name:EL AMRANI]], prénom [[name:Hayat]], épouse de M. [[other_name:Martinez]] [[other_name:Lucas]] : l'étiquette porte les deux noms.
* Sur l'étiquette : [[name:GASPARD]] [[name:Jules]] [[date:17.03.2018]] M IPP [[id:{ipp}]] UF 4203 ; bracelet refait.
* AME de M. [[name:Kone]] [[name:Yacouba]] valable jusqu'au [[date:31/05/2026]], n° [[id:AME 93 0258 7741]] ; domicilié [[address:association Emmaüs]], [[address:23 rue du Pont]], [[postcode_city:93200 Saint-Denis]].
* Patiente [[name:MOREIRA]] [[name:Joana]] née [[name:TEIXEIRA]], NIR [[nir:{nir:2 79 10 99 139 052}]] (née au Portugal), demande l'accès à son dossier médical.
- Le numéro de sécurité sociale doit comporter 15 caractères, clé comprise ; vérifier la clé avant validation.
* M. [[name:Ferret]] [[name:Kali]], gens du voyage, adresse de rattachement : [[address:aire d'accueil de la Mare-aux-Loups]], [[address:emplacement 12]], [[postcode_city:77240 Vert-Saint-Denis]].
* Enfant [[name:Soilihi]] [[name:Maïssa]], née le [[date:dix-neuf juin deux mille vingt-trois]], IPP [[id:{ipp}]], parents [[other_name:Soilihi]] [[other_name:Ahmed]] et [[other_name:Mariama]].
* Le patient M. [[name:Petrenko]] [[name:Ihor]] présente une pièce ukrainienne, translittération [[name:PETRENKO]]/[[name:Petrenko]], prénom [[name:IHOR]] ou [[name:IGOR]] selon les documents.
""")

# Nurse notes and discharge remarks with typed row values (the suppressed groups in passing)
ROWS.append(r"""
YILDIZ|Emre|{nir:1 94 03 99 208 145}|06 51 72 38 40|||*|Transmission de nuit : M. [[name:Yildiz]] agité vers 2h, dit entendre des voix, [[diag_mental:Loxapac]] 50 mg donné selon PRN, dort à 4h ; appeler son frère [[other_name:Serkan]] au matin.
TAVARES|Rosa||||Rua do Sol 14, 4000-123 Porto|*|Mme [[name:Tavares]] [[name:Rosa]], touriste portugaise, fracture du col fémoral, rapatriement vers Porto organisé par l'assistance (dossier [[id:EA-558120]]).
KONATÉ|Aïssata|||aissata.konate@laposte.net||*|Sortie de maternité de Mme [[name:Konaté]] : [[diag_preg:accouchement]] le [[date_partial:2/12]], allaitement maternel, [[diag_repro:contraception]] à revoir à la visite post-natale ; courriel de sortie envoyé à [[email:aissata.konate@laposte.net]].
LE GALL|Maëlys||||||IDE : [[name:Maëlys]], 16 ans, [[diag_mental:anorexie mentale]], IMC 14,8, repas pris à 50 % sous surveillance, pesée du lundi.
DUMITRESCU|Petru|||||*|M. [[name:Dumitrescu]] [[name:Petru]], SDF, [[diag_addict:éthylisme]] chronique, [[diag_addict:sevrage alcoolique]] compliqué de crise convulsive, Valium selon score de Cushman.
AKTAŞ|Sevgi||07 44 19 30 62|||*|Mme [[name:Aktaş]] [[name:Sevgi]], 31 ans, [[diag_preg:enceinte]] de 12 [[diag_preg:SA]], vomissements incoercibles, réhydratation IV, sortie J3 ; tél confirmé [[phone:07 44 19 30 62]].
OLIVEIRA|Marcelo|||||*|Remarque de sortie : M. [[name:Oliveira]] retourne au [[address:foyer Le Relais]], [[address:ch. 9]] ; suivi [[diag_hiv:VIH]] au CHU, prochain RDV le [[date_partial:20 janvier]], ordonnance de [[diag_hiv:Biktarvy]] 1 mois.
NDIAYE|Coumba||||14 rue Paul-Bert 33000 Bordeaux|*|Mme [[name:Ndiaye]] [[name:Coumba]] regagne son domicile, [[address:14 rue Paul-Bert]], [[postcode_city:33000 Bordeaux]], avec passage IDE pour les pansements.
CIOBANU|Mihaela|||||*|Mme [[name:Ciobanu]] [[name:Mihaela]] demande une [[diag_repro:IVG]] ; échographie de datation : 9 [[diag_preg:SA]] ; entretien avec la conseillère conjugale le mercredi [[date_partial:10]] ? non, le jeudi [[date_partial:11]].
MASSAMBA|Grâce|||||*|Transmission : Mme [[name:Massamba]] [[name:Grâce]], drépanocytaire, [[diag_preg:grossesse]] à 24 [[diag_preg:SA]], douleurs osseuses cotées 8/10, PCA de morphine.
BOUCHER|Thérèse|||||*|Mme [[name:Boucher]] [[name:Thérèse]], 84 ans, veuve d'un boucher, vit au-dessus de l'ancienne boucherie, [[address:2 place de l'Église]], [[postcode_city:15100 Saint-Flour]].
HAMIDI|Younes||06.98.12.45.77|||*|M. [[name:Hamidi]] [[name:Younes]] quitte le service contre avis médical à 23h, [[diag_addict:héroïne]] probable (traces de ponction), mère prévenue au [[phone:06.98.12.45.77]].
PHAM|Thi Ngoc|||||*|Mme [[name:Pham]] [[name:Thi Ngoc]], [[diag_mental:dépression du post-partum]], bébé confié au père, unité mère-enfant demandée.
RADU|Costel||||||IDE : M. [[name:Radu]] refuse sa perfusion, veut partir rejoindre sa famille sur le terrain de la [[address:route de Montbéliard]] à Belfort ; médecin prévenu.
SOARES|Bruno|||||*|Résumé de sortie : M. [[name:Soares]] [[name:Bruno]], 48 ans, hépatite alcoolique aiguë, [[diag_addict:alcoolisme]] sévère, orienté vers le CSAPA de Montluçon, [[diag_addict:Aotal]] prescrit.
""")

# Nothing to hide: eponyms, wards and hospitals named after a person, doses that look like dates or phones, trades
ROWS.append(r"""
- TA 14/09 au lever, 12/07 couché, hypotension orthostatique modérée, bas de contention prescrits.
- Posologie : 1-0-1 pendant 5 jours, puis 0-0-1 ; ne pas dépasser 3 g/j.
- Transfert à l'Hôpital Félix-Guyon pour coronarographie, accord du cardiologue de garde à 16h.
- Centre hospitalier Louis-Constant-Fleming : scanner en panne, patients orientés vers la Guadeloupe.
- Consultation au CHU Pierre-Zobda-Quitman, service de néphrologie, dossier transmis par messagerie sécurisée.
- Box 4 des urgences, lit 12 de l'UHCD, salle 3 du bloc : matériel vérifié par l'IBODE.
- Signe de Murphy positif, échographie : lithiase vésiculaire, paroi épaissie, cholécystite aiguë.
- Classification de Garden III, prothèse intermédiaire, appui immédiat autorisé.
- Lot n° 24B118 du vaccin vérifié, injection dans le deltoïde gauche.
- Le poisson du vendredi est remplacé par une omelette pour les patients allergiques.
- Chapelle de l'hôpital ouverte de 9h à 18h, aumônier joignable par le standard.
- Manœuvre de Heimlich réalisée par l'aide-soignante, désobstruction efficace.
- Fièvre à 39,2 °C, frissons, hémocultures x2, antibiothérapie probabiliste par ceftriaxone 2 g.
- Scanner cérébral : pas de saignement, leucoaraïose, score de Fazekas 2.
- Test de Schirmer à 3 mm à droite, syndrome sec, larmes artificielles.
- Score de Glasgow 15, pupilles égales et réactives, pas de déficit moteur.
- Pansement de la cicatrice de Pfannenstiel, fils à retirer à J10 par l'IDE libérale.
- Pompe à insuline, débit de base 0,8 U/h, bolus selon ratio 1 U pour 10 g de glucides.
- Gastro-entérite dans l'unité : 6 résidents sur 24, précautions contact, masques pour les visiteurs.
- Crépitants aux deux bases, saturation 89 % en air ambiant, O2 2 L/min aux lunettes.
- Service Fernand-Widal, 3e étage, porte B : entrée par le hall principal.
- Hôpital Avicenne, Centre Oscar-Lambret, Institut Curie : trois avis demandés pour le même dossier de sarcome.
- Mouton à la crème et flan au caramel, régime mixé lisse pour la chambre 12.
- Syndrome de Guillain-Barré, IgIV 0,4 g/kg/j pendant 5 jours, surveillance de la capacité vitale.
- Rendez-vous au 4e étage, aile Charcot, pour l'EMG ; apporter les comptes rendus.
- Appareil de Kirschner retiré en consultation, radio de contrôle satisfaisante.
- Critères de Ranson à 2, pancréatite aiguë bénigne, alimentation orale reprise à J3.
- Le cordonnier de la galerie marchande répare aussi les orthèses plantaires, selon la kiné.
- PCR grippe A positive, oseltamivir 75 mg x2 pendant 5 jours, isolement gouttelettes.
- Rythme sinusal à 72/min, PR 0,16 s, QRS fins, pas de trouble de la repolarisation.
- Classification de Tanner stade 3, âge osseux 13 ans selon Greulich et Pyle.
- Appel du 15 : régulateur informé, pas de moyen disponible, patient transporté par les pompiers.
- Hôpital Saint-Louis, service d'hématologie : greffe de moelle programmée, donneur apparenté compatible.
- Numération : GB 12,4 G/L, Hb 9,8 g/dL, plaquettes 412 G/L, CRP 148 mg/L.
- Ouverture du dossier de soins à 08h30, fermeture à 20h30, relève à 21h.
- Test de Lasègue positif à 40° à gauche, IRM lombaire demandée.
- Protocole de Kocher pour la luxation d'épaule, réduction sous MEOPA, immobilisation coude au corps.
- Réunion du pôle : la salle Pasteur est réservée jeudi de 14 à 16h.
""")

# A few more: near-homonyms at the lab, a neighbour's phone, a new arrival in Mayotte, harm reduction
ROWS.append(r"""
* Prélèvement de M. [[name:Ürün]] [[name:Cemal]] reçu avec la demande de M. [[other_name:Uzun]] [[other_name:Cemil]] (noms proches, même date de naissance, le [[date:03/03/1960]]) : identités vérifiées, tubes conformes.
* RDV pour Mme [[name:Vieira]] [[name:Olga]] le [[date_partial:12/01]] ou le [[date_partial:13/01]] ; pas de téléphone chez elle, joindre sa voisine Mme [[other_name:Morel]] au [[phone:02 41 87 33 60]].
* Mme [[name:Bakari]] [[name:Roukia]], [[diag_preg:grossesse]] non suivie, arrivée de Moroni il y a 3 semaines, hébergée [[address:12 rue des Manguiers]], [[address:Cavani]], [[postcode_city:97600 Mamoudzou]].
* M. [[name:Demeter]] [[name:Lajos]], ancien [[diag_addict:toxicomane]], hépatite C guérie, demande un dépistage complet ; matériel de réduction des risques remis.
""")

SET = HandSet("heldout22", "twenty-second", ROWS, HEADER_NOTE, "22")

if __name__ == "__main__":
    SET.main(__doc__)
