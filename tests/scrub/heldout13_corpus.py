#!/usr/bin/env python3
"""The thirteenth hand set of labeled rows ("heldout13", issue 10).

  heldout13_corpus.py --write      write heldout13_rows_{dev,frozen}.txt
  heldout13_corpus.py --check      exit 1 if those files differ from what
                                   this script writes (make scrub-heldout)
  heldout13_corpus.py --lint       list, row by row, what a labeler may have
                                   missed (digits, month words, titles, the
                                   row's names, sensitive words outside a
                                   label): the writer's check, before the split

The rows below were typed by hand by the helper heldout13 (session 16),
who did not read the detectors (src/detect*.c, src/scrub*.c,
src/sensitive*.c, include/, conf/) nor the rule descriptions of
docs/scrub.md, nor any set's frozen rows or misses, nor any scrubber output
while typing.  Read: the docstring, NIR/Luhn helpers and hand-row reader of
heldout_corpus.py, the header and a few rows of heldout12_rows_dev.txt,
greps of earlier dev halves for how a few shapes were labeled (a city after
`vit à`, lieu-dit, BP, Cedex, multi-word names, ids, RPPS), the head of
eval.py and heldout_table.py, the Makefile's scrub-heldout targets, the
descriptions and labeling choices of heldout4..heldout12 in docs/scrub.md
("Held-out") and /work/shared/reference/domain.md.

Everything is invented: people, homes, numbers.  Street names may be real
street names (rue de la Gare exists in every town); no row is a real
patient's.  What this script computes rather than the writer: NIR keys
(97 - N mod 97 over the 13 typed characters, 2A -> 19, 2B -> 18), the Luhn
digit of RPPS (10 typed digits) and FINESS (8 typed characters), an IBAN's
check digits (ISO 7064 mod 97-10), IPPs written `*` (from a hash of the
row), and the split.

Row shorthand in ROWS (one row a line; blank lines and `#` lines skipped):
  - TEXT                         no row context
  * TEXT                         the IPP only (generated)
  NOM|Prénom|NIR|tel|email|adresse|IPP|TEXT     typed context (IPP `*`:
                                 generated)
TEXT carries [[kind:text]] labels as in heldout_corpus.py --rows, and the
placeholders {nir:BODY13} (the key appended after the separator the body
uses), {rpps:DDDDDDDDDD}, {finess:CCCCCCCC}, {iban:BBAN23 as typed} and
{ipp} (the row's IPP); placeholders also work in the context fields.

Split: ranked by sha256("heldout13\\n" + row line) at 08ee677, the lower
half to the dev file, the rest to the frozen one; each file keeps the typing
order.  The split is kept since as DEV_KEYS (a hash of each dev row's text
without its labels), so the label review did not move rows between halves.

The frame (row reader, numbers, split, files, lint) is tests/scrub/handset.py,
shared by the sets made by a script; this file keeps its rows and what is
its own.
"""
import hashlib

from handset import HandSet, LABEL, fill_numbers, plain, sha

# The generated IPPs and the row values given to IPP-only rows at 08ee677
# (then hashed from each row's text with its labels), kept as they were so
# that the label review, which changed labels and not texts, changed neither:
# KEY:IPP, `+` when the row carries NOM and Prénom.  KEY is the first 8 hex
# digits of the sha256 of the text without label markup, `{ipp}` unfilled.
FIRST_RUN = {t[:8]: (t[9:17], t.endswith("+")) for t in """
016241dd:13663207 05014619:13430556+ 05532b27:13188518 05778a24:13728830+
05977f31:13172852+ 07550bcb:13641248 07f294ef:13297359 082ae414:13214688+
09adf088:13242293+ 0a38102e:13813419 0a9ffd3f:13317346+ 0c2d9b29:13911036+
0d7d294f:13850933+ 0e103f96:13978207 0efbe86c:13134319 10391591:13496181
11734002:13595256+ 11af8b92:13041049 126f7b1a:13468307+ 13bc2376:13673037
14b5039b:13689512+ 16190d53:13070157+ 167e384e:13482585+ 18763b3e:13429021+
18e25500:13564723+ 1971eb1e:13405547+ 1d2c3984:13134680+ 1def1550:13027556
1e47eb76:13057615+ 1f9c44ff:13545954+ 226a6a6b:13512595+ 22cbc4cf:13768645+
2339a27d:13822923+ 2517353a:13454527+ 2a66386f:13195334 2bc2018f:13925752+
2d87e3d7:13949363+ 30132c44:13304891+ 308befa5:13245493+ 308ee98a:13824102+
313a791e:13238635+ 3183a14e:13306520+ 350e3512:13475095+ 37b3d4b4:13069385+
39382ccc:13530224+ 3a47277c:13204530+ 3e63557a:13928665 3fdc1589:13722471+
3fefb00d:13352572 42c597ab:13256431+ 465b9e92:13411505+ 49180527:13074358+
4b219946:13544141+ 4bde98ad:13533082 4d4aa765:13162522+ 4e220bd9:13555589+
4f12d0e7:13653241+ 506f6211:13459652+ 5180a0ea:13067487 5301a07a:13040811+
5330d766:13391037 5707ae97:13922585+ 57dbdc6c:13063746+ 58bfb8d8:13059939+
5b02f935:13205155+ 5cc2fe5f:13945315+ 5e7cd56e:13008242+ 5e8fc4c4:13865234+
5f17ab58:13710737+ 5f45f2e9:13102879+ 62601d81:13659606+ 6368b40d:13909543
668497dd:13463920+ 66a90f1c:13436796 6755730e:13129472+ 69b958c5:13130820+
69d11509:13622132+ 6b39254b:13970268+ 6b83dc54:13741293 6b8f7599:13831450+
6de88de3:13285854 6e64bcd8:13463829+ 6f00b04c:13594627+ 6f22ef89:13513807+
70c9eac1:13526043+ 736a9875:13543952 750d2d3a:13865582 76b0272c:13957755
77dccca0:13578444+ 79f429af:13196825+ 7bca249d:13184081+ 7cc1cb70:13727103+
7d989650:13769407 7dac4c12:13877018 7df866c3:13610612+ 7f50ff7b:13169806+
8064ba0a:13394624+ 8256facf:13276655+ 833acb98:13840974+ 87142ff0:13805591+
87a7bd86:13955022+ 8a045cda:13149290+ 8a4fc36d:13884053+ 8c999a5e:13426882+
8de4ec17:13524277+ 8f567608:13403066+ 91063630:13518616+ 9140e3a0:13025990
920d451f:13657374+ 94f92e45:13088928+ 959166a6:13691994 95b9227c:13205720+
9768eae2:13989291 98ecdf3a:13417604+ 9a9e396a:13971840 9af92e49:13133456
9b3ff338:13269209 9b6e32e1:13572357 9ec54142:13377776 a07dee56:13785113+
a09cf585:13755200+ a1fbf124:13991520+ a229ee8f:13208271+ a3626cb3:13339735+
a384c769:13773484+ a66da8af:13183268+ a69e1b5e:13617042 a758e9da:13138642+
ac591463:13557409+ acf1528f:13273362+ ad0061b6:13679704 b362cdc6:13166126
b81637ab:13151456+ bc6df372:13956048 bd35ef37:13921785+ bec14e44:13529998+
bfa23aec:13891855 c01a9e98:13357612 c04a15c3:13086137 c1006a2b:13417676+
c135e1a0:13437463+ c2a61edb:13234241+ c2daeeb4:13476318+ c5613cc9:13697464+
c68ec83f:13035472+ c7d79104:13563400+ c95d2f0d:13804074+ c9a8c880:13165890+
cb38162c:13497324 cc54f167:13946669+ ce5d64ab:13087743+ cf4b5b49:13769838+
d0095447:13999631+ d1af864e:13449877+ d513a984:13326786+ d5f4059f:13515192+
d6076dc7:13624879+ d8aec8f0:13020279+ db868f7a:13331931+ dc565ada:13061822
dcb8add2:13286545 de580206:13321534+ df3213e9:13273084+ dfba8a8d:13222003+
e00512ea:13224432+ e0ddbd72:13078857 e3664666:13513110+ e39a4344:13670775
e4a13077:13364705 e5c0bb72:13801493+ e6791bf4:13925879 e68a9449:13256412
e7786500:13816814+ e7cb4607:13645506+ e83539f1:13887124+ eb2a18d5:13732611
ee501bb1:13554823+ ee8c5aaa:13214029+ efd79e35:13564667+ f0572f63:13295548+
f07f3938:13045321+ f1a6796a:13370706+ f5bb5f63:13914479+ f7733816:13422979
f9c97070:13363644+ fbccf567:13861451+ fc81a0a9:13099354 fd09d0a7:13342093
fd69d9d7:13818626+ fef90035:13634504
""".split()}

def star_key(text):
    return hashlib.sha256(LABEL.sub(lambda m: m.group(2), text)
        .encode()).hexdigest()[:8]

# The split as made at 08ee677 (rows ranked by sha256("heldout13\n" + row),
# the lower 150 to the dev half), kept as the first 8 hex digits of the
# sha256 of each dev row's text without its label markup: the label review
# after the first run changed labels, not texts, and must not move a row
# from one half to the other (a frozen row read as dev, or the reverse).
DEV_KEYS = set("""
01fad34b 0217e361 02f4a993 05014619 0541ad75 05977f31 07550bcb 07f294ef
082ae414 09adf088 0a38102e 0a9ffd3f 0c2d9b29 0d7d294f 0e103f96 11734002
11af8b92 126f7b1a 134c3d9b 13bc2376 16190d53 167e384e 18763b3e 1971eb1e
1def1550 1e47eb76 1f9c44ff 22cbc4cf 22ec9b05 2339a27d 268e07fa 27319305
2a66386f 2af60588 2bc2018f 2d87e3d7 2eca777d 308befa5 308ee98a 313a791e
3183a14e 350e3512 37b3d4b4 3f70e46c 3fb14da3 3fefb00d 404ffd78 40fb30a7
465b9e92 46fa3d44 49180527 49863355 4b219946 4d4aa765 4e220bd9 5180a0ea
5301a07a 54b2f13f 58bfb8d8 5f45f2e9 62601d81 642050ff 65a57c10 6970a711
69b958c5 69d11509 6b39254b 6b83dc54 6b8f7599 6de88de3 7060850c 70c9eac1
736a9875 750d2d3a 75c755ac 77dccca0 790e90eb 79f429af 7bb807b7 7bca249d
7c2d4eb0 7cc1cb70 811c0330 8256facf 87142ff0 8de4ec17 91063630 9140e3a0
91900758 91b3cc02 958873e0 95e43d6d 979e582e 98ecdf3a 9944fe37 9a9e396a
9b3ff338 9b6e32e1 9ec54142 a09cf585 a1fbf124 a384c769 a66da8af a69e1b5e
a77a428d a8bf1be9 a8dbd3a6 aef25263 b345ea06 b81637ab be6ee630 bfaee01c
c04a15c3 c1006a2b c5613cc9 c68ec83f c7d79104 c87e3ca2 c9a8c880 cc54f167
cc9f2666 ce00c8d0 cf6cc5a1 d513a984 d5f4059f d779b038 d8aec8f0 dabe3f83
db868f7a de580206 df3213e9 e00512ea e0918f9d e0d388fe e0ddbd72 e39a4344
e474ba01 e7cb4607 eb987717 ee501bb1 f0572f63 f1a6796a f4bcb19d f5bb5f63
f7733816 f855d291 f96a6772 f99b6bfc fbccf567 fd69d9d7
""".split())

def text_key(row):
    text = row.split("|", 7)[7]
    return hashlib.sha256(LABEL.sub(lambda m: m.group(2), text)
        .encode()).hexdigest()[:8]

# The frozen rows of 08ee677, the same way.  A row in neither set was added
# after the first run (ADDED below): it goes to the dev half when the first
# hex digit of sha256("heldout13\n" + row) is below 8, else to the frozen one.
FROZEN_KEYS = set("""
016241dd 05532b27 05778a24 0ee95660 0efbe86c 10391591 1280c374 14b5039b
18e25500 1d2c3984 1fc19af3 226a6a6b 228ba8c4 2517353a 29b3a6ff 2fd239c3
30132c44 39382ccc 396db2af 39b4b2f7 3a47277c 3b0bf729 3c35a3b5 3d512e08
3e63557a 3fdc1589 42c597ab 47a2aeaa 49c0231e 4bde98ad 4bead81f 4f12d0e7
506f6211 53194812 5330d766 5707ae97 57dbdc6c 5b02f935 5baa1593 5c7dfdc8
5cc2fe5f 5d5206ae 5e7cd56e 5e8fc4c4 5f17ab58 6368b40d 65aaad8a 668497dd
66a90f1c 6755730e 6e64bcd8 6f00b04c 6f22ef89 76b0272c 7b6c0afc 7c6f065c
7d989650 7dac4c12 7df866c3 7e1bace5 7f50ff7b 8064ba0a 833acb98 87a7bd86
8a045cda 8a4fc36d 8c999a5e 8f567608 920d451f 920e0f39 936dc454 93b77cb6
94363d84 94f92e45 95a1c453 95b9227c 9768eae2 9af92e49 a07dee56 a229ee8f
a2a28299 a3626cb3 a758e9da a7799d24 ab2fc4b1 ab49434b acf1528f ad0061b6
af5d85df af5dd4ba b258bb1b b362cdc6 b3ec3440 b5c4e1d9 b7bd7dd2 b8740641
bc6df372 bc9f2c9f bd35ef37 bd879348 bdaa2adc be77c136 bec14e44 bfa23aec
c01a9e98 c0db6d62 c135e1a0 c2a61edb c2daeeb4 c3a9a00e c95d2f0d c99c9fcd
caa0b624 cb38162c ce5d64ab ce75498e cf4b5b49 d0095447 d0741506 d1af864e
d4ad849c d5cded44 d6076dc7 d88f5809 dad08721 dc565ada dcb8add2 dfba8a8d
e15e0067 e2e98994 e3664666 e3cd60bb e4a13077 e6791bf4 e68a9449 e7786500
e83539f1 eb2a18d5 ee8c5aaa efd79e35 efebba8e f07f3938 f84144cd f974448c
f9c97070 fabb4d59 faeb6574 fc81a0a9 fd09d0a7 fef6e0e3 fef90035
""".split())

class Heldout13(HandSet):
    check_bar = False           # as at 08ee677: the bar test was off

    def star_values(self, text):
        first = FIRST_RUN.get(star_key(fill_numbers(text)))
        if first:
            return first
        promote = int(sha("heldout13ctx\n" + plain(text)), 16) % 3 != 0
        return self.auto_ipp(plain(text)), promote

    def split(self, rs):
        keys = [text_key(r) for r in rs]
        for first in (DEV_KEYS, FROZEN_KEYS):
            if len(first & set(keys)) != len(first):
                raise ValueError("a first-run row's text changed: %d of %d keys "
                    "found" % (len(first & set(keys)), len(first)))
        def to_dev(r, k):
            if k in DEV_KEYS or k in FROZEN_KEYS:
                return k in DEV_KEYS
            return sha("heldout13\n" + r)[0] < "8"
        dev = [r for r, k in zip(rs, keys) if to_dev(r, k)]
        return dev, [r for r, k in zip(rs, keys) if not to_dev(r, k)]

HEADER_NOTE = """\
# Typed by hand by the helper heldout13 without reading the detectors or their rules (see the script's
# docstring for what was read); invented people, homes and numbers only. NIR keys, RPPS/FINESS Luhn digits,
# IBAN check digits and IPPs written `*` are computed by the script. Split by sha256("heldout13\\n" + row)
# at 08ee677, kept since by the script's DEV_KEYS.
"""

# ------------------------------------------------------------------ rows
# Typed by genre; within a genre, by register.

ROWS = []

# Nurse notes
ROWS.append(r"""
# Nurse notes: transmissions, night and day handovers, AS notes, IDEL logs.
- Transmissions nuit 21h-7h, secteur B : ch. 4 dort, ch. 5 ss O2 2L, ch. 7 agitée vers 3h, réorientée. Ch. 9 : BU faite, nitrites +, ECBU envoyé. RAS pour le reste.
BENSAID|Yamina|||||*|Pte Mme [[name:Bensaïd]] [[name:Yamina]], 78a, entrée pour chute à domicile ([[address:4 bis rue des Tanneurs]], [[postcode_city:59800 Lille]]). Tinetti 12/28, Glasgow 15. Se plaint hanche G. Sa fille [[other_name:Nadia]] passera ce soir vers 19h.
* CIBLE DOULEUR / D: EVA 8 au niveau du moignon chez M. [[name:KERHOAS]] [[name:YANNIG]] / A: paracetamol 1g IV + oxynorm 5mg PO (PM Dr [[other_name:LE FLEM]]) / R: EVA 3 a 16h30
- trans jour : patients ch 12 a 18 RAS, bilan sanguin fait sauf ch 15 (veines +++ difficiles, on repasse a 14h). Pansement redon ch 16 propre. Chariot d'urgence vérifié.
DIAKITE|Aminata|||||*|Mme [[name:Diakité]] refuse la toilette ce matin, dit qu'elle veut attendre sa belle-sœur [[other_name:Fanta Keïta]] qui l'aide d'habitude. Respecté, toilette reportée à 11h. Pansement talon (Braden 13) refait.
- Cible : chute. D : patient de la 22 retrouvé au sol à 4h10, conscient, Glasgow 15, pas de PC. A : appel interne de garde, radio bassin demandée, fiche EI faite. R : pas de fracture à la radio.
* Mr [[name:Yılmaz]] [[name:Mehmet]] ne parle que turc, c'est son fils [[other_name:Emre]] qui traduit au tél ([[phone:06 41 27 83 90]]). Repas : ne mange pas le porc, signalé en cuisine.
- 23h : appel famille du patient ch 11, demande si visite possible demain matin -> oui après 13h. Ch 14 : hypoglycémie 0,52 resucrée, contrôle 1,10 à 23h30.
TRAN|Van Hung|||||*|D : M. [[name:Trần]] [[name:Văn Hùng]] (ch 3) confus la nuit, arrache sa VVP x2. A : contention refusée par la famille (épouse Mme [[other_name:Lê Thị Mai]]), présence renforcée, VVP reposée bras D. R : calme à partir de 2h.
- CIBLE ELIMINATION : D. pas de selles depuis 4 jours, abdo ballonné. A. lavement Normacol selon PM. R. selles ++ à 15h.
* transmissions AS : Mme [[name:Fernandes]] ([[name:Conceição]]) a bien mangé midi, 3/4 du plateau, s'est levée au fauteuil 1h, pas de rougeur au sacrum. Sa voisine de chambre se plaint du bruit.
- Nuit calme. Ch 2 : Doppler des MI prévu demain 9h, à jeun non nécessaire. Ch 6 : test de Lasègue positif à G noté par l'interne, antalgiques palier 2.
MVONDO|Chantal|||||*|Cible anxiété : D : Mme [[name:Mvondo]] pleure, inquiète pour ses enfants restés chez la voisine (Mme [[other_name:Ekambi]]). A : écoute, appel passé à la voisine avec la patiente. R : apaisée, a dîné.
* 14h : M. [[name:LE GALL]] revient du bloc (PTH D), Aldrete 9, redon x1 actif, pansement sec. Glace + surélévation. Epouse ([[other_name:Maryvonne]]) prévenue par tél au [[phone:02 98 44 17 62]].
- Cible : [[diag_mental:risque suicidaire]]. D : patient de la 8 a verbalisé des [[diag_mental:idées suicidaires]] à l'IDE de nuit. A : chambre fouillée, objets dangereux retirés, surveillance /30 min, interne psy prévenu. R : dort à 1h.
OUEDRAOGO|Issouf|||||*|pt calme, TA 12/8 FC 80 SpO2 95% AA. Le frère ([[other_name:Boukary Ouédraogo]]) a ramené les papiers de la PASS. Pas de couverture sociale, AS prévenue.
* CIBLE : [[diag_addict:sevrage]]. D : M. [[name:Chevalier]] [[name:Patrice]], J2 d'hospit, tremblements fins, sueurs, Cushman 8, dit avoir bu 2L de vin/jour avant l'entrée ([[diag_addict:OH chronique]]). A : Seresta 50 selon protocole, B1 B6. R : Cushman 4.
- Tr nuit : ch 19 scope retiré sur PM, ch 20 glycémies /4h normales, ch 21 a demandé un somnifère, Stilnox 1/2 cp donné. RAS.
KOWALCZYK|Halina|||||*|Mme [[name:Kowalczyk]] dit que sa fille [[other_name:Agnieszka]] vit en Pologne et qu'elle ne l'a pas prévenue. Numéro de la fille retrouvé dans son sac : [[phone:+48 601 234 578]]. Laissé message.
* NUIT : Mme [[name:ROSE]] [[name:Gisèle]] s'est relevée 3 fois pour aller aux toilettes, seule, sans déambulateur. Rappel des consignes. Barrières à la demande.
- Cible : plaie. Pansement ulcère jambe D refait, fibrine ++, détersion mécanique, Urgo Start. Photo dans le dossier. Prochain pansement J+2.
SAID OMAR|Zalihata|||||*|D: Mme [[name:Said Omar]] [[name:Zalihata]], 34 a, [[diag_preg:G4P3]], à 31 [[diag_preg:SA]], contractions régulières depuis 6h. A: monito, appel SF de garde, Adalate selon protocole [[diag_preg:MAP]]. R: contractions espacées à 10h. Mari ([[other_name:Anssoufoudine]]) présent.
* IDE de nuit : M. [[name:Jean-Baptiste]] [[name:Fritz]] s'est plaint de douleurs thoraciques à 2h30, ECG fait, pas de modif / ECG d'entrée, tropo envoyée. Interne de cardio (Dr [[other_name:Monrose]]) vu le patient.
- J1 post op ch 30 : pst sec, drain 50cc sérohématique, diurèse OK, lever au fauteuil fait avec kiné. Signe de Homans négatif.
DOS SANTOS|Armindo|||||*|M. [[name:Dos Santos]] parti sans prévenir du service vers 15h (sortie contre avis médical). Fils [[other_name:Rui]] joint au [[phone:06 62 18 40 77]], dit que son père est rentré chez lui [[address:Quinta do Vale]], [[address:lote 7]]... non, à son domicile de [[postcode_city:94500 Champigny-sur-Marne]]. Décharge à faire signer.
* pte ch 5 Mme [[name:Nguyen]] [[name:Thi Lan]] a reçu la visite de son petit fils [[other_name:Kevin]] et de la dame de compagnie (Mme [[other_name:Pham]]). Ont ramené des fruits. Glycémie post-prandiale 2,34 -> insuline rapide selon protocole.
- CIBLE NUTRITION : D : pesée 43,1 kg (-2 kg en 1 sem). A : CNO x2/j, enrichissement, fiche alimentaire 3 j. R : à réévaluer lundi par la diét.
KAYA|Hülya|||||*|Cible : comportement. D : Mme [[name:Kaya]] [[name:Hülya]] très agitée, crie en turc, jette son plateau. A : [[diag_mental:Tercian]] 25 mg PO selon PM si agitation, appel à son mari M. [[other_name:Kaya Osman]] pour qu'il vienne. R : calmée à l'arrivée du mari.
* Trans. 7h : M. [[name:Renard]], AEG, refuse ses médicaments depuis hier soir. Medecin prévenu. A noter : sa fille Mme [[other_name:Lapierre-Renard]] a la personne de confiance (papier signé dans le dossier).
- ch 8 : PICC line, pansement fait J7, pas de signe d'infection. ch 10 : oxygénothérapie stoppée, SpO2 94 % AA. ch 12 : retour de coro, point de ponction radial OK, pouls perçu.
ILUNGA|Béatrice|||||*|Cible : accompagnement fin de vie. D : Mme [[name:Ilunga]] [[name:Béatrice]] somnolente, respiration irrégulière. A : soins de bouche /2h, famille prévenue : fils [[other_name:Jonathan Ilunga Kabongo]] et sœur [[other_name:Marie-Claire]] arrivent de Bruxelles. R : famille présente à 17h.
* NUIT : M. [[name:L'HOSTIS]] ([[name:Erwan]]) a bien dormi, aérosols faits à 0h et 6h, SpO2 92 %. Son fils a appelé à 22h, rappelera demain.
- Cible : hygiène. Douche au fauteuil faite avec 2 AS. Ongles coupés. Podologue à prévoir.
EL IDRISSI|Fatima-Zahra|||||*|Mme [[name:El Idrissi]] née [[name:Benmoussa]], 67 ans, retour de scanner à 16h. Jeûne levé. Pendant le transport a dit avoir perdu ses lunettes aux urgences, appelé le SAU poste 4471 : retrouvées.
* Cible anxiété / D : Mlle [[name:Ionescu]] [[name:Andreea]], 19 ans, admise après [[diag_mental:IMV]] (paracétamol + [[diag_mental:sertraline]]), pleure, demande à voir son copain [[other_name:Vlad]]. A : visite non autorisée ce soir (consigne psy), écoute. R : s'endort vers minuit.
- TRANS 19H : 6 patients, 2 sorties demain (ch 3 et ch 7), ch 7 attend transport VSL 10h. Stock de pansements à recommander. Frigo pharma 5°C.
DEMIR|Ayse|||||*|D : Mme [[name:Demir]] [[name:Ayşe]] a une plaie au pied G (mal perforant), diabète type 2. A : pansement, décharge par chaussure Barouk. R : rdv podologue le [[date_partial:14/11]].
* Tr AS : M. [[name:Marchand]] [[name:Georges]] a fait une fausse route au repas du midi (eau plate), IDE prévenue, texture mixée + eau gélifiée.
- CIBLE RESPIRATOIRE : D: dyspnée, polypnée 28/min, crépitants bilat. A: O2 3L, furosémide IV 40 mg, appel med. R: SpO2 96 % à 17h, diurèse 800 ml.
TSHIBANGU|Joseph|||||*|NUIT DU [[date_partial:12]] AU [[date_partial:13 MARS]] : M. [[name:TSHIBANGU]] douloureux à l'abdomen, signe de Murphy +, à jeun à partir de minuit pour écho. Sa femme [[other_name:Odette]] demande à être rappelée : [[phone:07 53 61 28 09]].
* Mme [[name:Le Borgne]] [[name:Gwenaëlle]] retour de la salle de réveil 12h15 : [[diag_preg:césarienne]] programmée... non, erreur, il s'agit de la cholécystectomie. Pansements propres, EVA 3.
- Visite de l'équipe mobile soins palliatifs ce jour pour le patient de la 17. Reprise des antalgiques : Skenan LP 30 x2, Actiskenan si besoin.
PETROVA|Milena|||||*|Cible : douleur. Mme [[name:Petrova]] ne parle pas français, trad. par téléphone via le service d'interprétariat (langue bulgare). Dit avoir mal au dos depuis [[date_month:fin février]]. EVA 6, antalgiques donnés.
* patient ch 14 (Mr [[name:Benali]] [[name:Karim]]) ne veut pas que sa famille soit informée de son hospitalisation. Noté dans le dossier : pas d'info téléphonique.
- transmission ciblée : perfusion de 24h : G5 + 4g NaCl + 2g KCl. Bilan entrées/sorties : E 2100 / S 1850. Poids stable.
MOREAU|Guy|||||*|Mr [[name:MOREAU]] vu par le kiné (M. [[other_name:Tessier]]) à 10h : marche 20 m avec déambulateur, test de Berg 38. A la demande de sa compagne Mme [[other_name:Jolivet]], prévoir le rendez-vous avec l'assistante sociale.
* IDEL - passage du lundi [[date_partial:7/10]] : Mme [[name:Cozic]] [[name:Maëlenn]], [[address:lieu-dit Kerguélen]], [[postcode_city:29270 Carhaix-Plouguer]]. Injection Lovenox faite, pansement ulcère, pilulier de la semaine préparé. Fille [[other_name:Nolwenn]] présente.
- CIBLE : escarre sacrum stade 2. Matelas à air commandé. Changement de position toutes les 3h. Echelle de Norton : 11.
KONE|Mariam|||||*|Transmission : Mme [[name:Koné]] [[name:Mariam]], [[diag_hiv:VIH]] connu, sous [[diag_hiv:Biktarvy]]. Son traitement personnel est dans l'armoire, prise à 20h faite. Ne souhaite pas que son mari soit informé du diagnostic.
* pt retrouvé dans la salle de bain avec une ceinture autour du cou à 3h20, détaché par l'IDE, conscient. [[diag_mental:Tentative de suicide]] -> appel psychiatre de garde, transfert en UHCD. M. [[name:Munteanu]] [[name:Cristian]], 41 ans.
""")

# Phone-call notes
ROWS.append(r"""
# Phone-call notes: switchboard, families (abroad too), GPs, pharmacies, labs, voicemail, SMS.
- Appel standard 10h40 : une dame demande la chambre de son père, nom non donné, renvoyée vers les admissions.
* Appel de la fille de Mme [[name:Carvalho]], [[other_name:Graça]], depuis le Portugal ([[phone:+351 912 448 305]]) : veut savoir si sa mère peut sortir avant le [[date_partial:15 août]]. Lui ai dit que le Dr [[other_name:Azevedo-Martin]] la rappellera.
SANGARE|Oumou|||||*|Tél du Dr [[other_name:Girardot]] (MT) pour Mme [[name:Sangaré]] [[name:Oumou]] : souhaite le CR d'hospit par mail sécurisé ([[email:cabinet.girardot@medecin.mssante.fr]]). Transmis à la secrétaire.
- Appel pharmacie de ville (Pharmacie du Marché, Quimperlé) : ordonnance illisible pour un patient sorti hier, posologie du Kardégic ? -> 75 mg 1/j, confirmé par l'interne.
* APPEL FAMILLE : M. [[other_name:Zitouni Rachid]], neveu de M. [[name:ZITOUNI]] [[name:Ahmed]], appelle d'Oran ([[phone:+213 550 47 12 86]]). Il dit être la seule famille. Pas d'info médicale donnée (pas personne de confiance).
BOUDJEMAA|Leila|{nir:2 79 03 59 350 042}|0671330459|||*|Mme [[name:Boudjemaa]] appelle à 21h (sortie hier) : saigne un peu au niveau de la cicatrice. Conseils donnés, si persiste -> urgences. Son tel : [[phone:06.71.33.04.59]].
- Messagerie : « bonjour c'est le labo Biomnis, on a un résultat critique pour un patient de chez vous, rappelez au [[phone:04 72 80 23 85]] poste 2 » -> rappelé, kaliémie 6,8, transmis au médecin de garde.
* Appel de Mme [[other_name:Kerjean]], aide à domicile de M. [[name:Le Guen]] [[name:Yves]] : ne l'a pas trouvé chez lui ce matin, [[address:12 ter chemin de Kerhuel]], [[postcode_city:56270 Plœmeur]]. Confirmé qu'il est hospitalisé chez nous depuis dimanche [[date_partial:3/11]].
- Appel d'une infirmière de l'EHPAD [[address:Les Glycines]] pour une résidente transférée cette nuit : le dossier de liaison a été oublié, l'envoient par fax.
NIANG|Aissatou|||||*|TEL : le mari de Mme [[name:NIANG]], M. [[other_name:Moustapha Niang]], joignable au [[phone:+221 77 645 21 08]] (Dakar) et en France au [[phone:07 68 12 95 40]]. Demande qu'on l'appelle en priorité.
* Appel pharmacie hospitalière : rupture de [[diag_hiv:Triumeq]] pour Mr [[name:Bissila]], remplacé par [[diag_hiv:Tivicay]] + [[diag_hiv:Kivexa]] après avis du Dr [[other_name:Ndong]] (infectio). Patient informé.
- Appel du SAMU 15 : transfert d'un patient de 82 ans depuis Pont-l'Abbé, arrivée prévue 16h, lit 12 préparé.
* appel du fils ([[other_name:Tomasz]]) de Mme [[name:Wiśniewska]] [[name:Krystyna]] : il arrive de Cracovie jeudi [[date_partial:21]]... pardon vendredi [[date_partial:22 novembre]], veut rencontrer le médecin. RDV noté 14h.
HOANG|Minh Tuan|||||*|Appel M. [[name:Hoàng]] (patient sorti le [[date_partial:2/09]]) : n'a pas reçu son ordonnance de [[diag_mental:lithium]], pharmacie refuse de délivrer. Ordonnance refaxée à la pharmacie au [[phone:01 43 57 22 18]].
- Standard : appel anonyme signalant un patient qui fume dans l'escalier du bâtiment C. Sécurité prévenue.
* Appel du CCAS de [[postcode_city:93200 Saint-Denis]] pour M. [[name:Kabongo]] [[name:Guy-Roger]] : il serait domicilié chez eux (domiciliation CCAS, [[address:BP 87]]). Courrier à adresser là-bas.
MENDES|Joaquim|||||*|Tél 16h15 : Mme [[other_name:Mendes]] ([[other_name:Fátima]]), épouse de [[name:Joaquim]], dit qu'il a rechuté sur l'[[diag_addict:alcool]] depuis sa sortie. Conseillé de contacter le CSAPA ou le Dr [[other_name:Leblond]] de l'ELSA.
- Appel du Laboratoire Cerballiance de Lorient : tube hémolysé pour un patient de l'HDJ, reconvocation demain 8h.
* APPEL DE MME [[other_name:HADJ-ALI]] (SOEUR DU PATIENT [[name:HADJ-ALI]] [[name:SOFIANE]]) : A APPRIS QU'IL AVAIT FAIT UNE [[diag_mental:TS]] PAR LE VOISIN. VEUT VENIR. ORIENTEE VERS L'EQUIPE DE PSY.
- Appel de la maternité de Vannes pour demande de place en néonat, refusée faute de lit. Orientée vers Lorient.
DUMITRESCU|Elena||06 20 81 74 11||12 rue de Metz 54000 Nancy|*|Appel Mme [[name:Dumitrescu]] : demande report de son RDV du [[date:04/12/2025]] car travaille. Proposé le [[date_partial:11/12]] 9h30, accepté. Nouveau n° : [[phone:07 45 90 18 36]] (l'ancien [[phone:06 20 81 74 11]] ne marche plus).
* Appel du Dr [[other_name:Agbodjan]], cardiologue de ville, pour Mme [[name:Kouassi]] [[name:Adjoua]] : demande l'échographie du [[date_partial:12 juin]]. Envoyée par messagerie sécurisée [[email:dr.agbodjan@cardio-rennes.mssante.fr]].
- Appel de l'école (infirmière scolaire) : enfant scolarisé en CE2 avec PAI, demande protocole asthme. Transmis à la pédiatre.
* Sa fille (Mme [[other_name:Louisy-Zamor]]) appelle de Martinique ([[phone:0696 42 18 77]]) pour sa mère Mme [[name:Louisy]] [[name:Rosemonde]] : veut savoir si le rapatriement sanitaire est possible. À voir avec l'AS.
ABDOU|Nassuf|||||*|Appel de M. [[name:Ahmed Abdou]] [[name:Nassuf]] : ses résultats d'analyses ([[diag_sti:syphilis]]) ? Réponse : le médecin veut le revoir en consultation, RDV le [[date_partial:28 octobre]] au CeGIDD.
- Appel de la régulation : un patient sous [[diag_addict:méthadone]] se présente sans ordonnance, quelle conduite ? -> dispensation du jour après accord du CSAPA.
* APPEL A 3H DU MATIN : M. [[other_name:Perennou]] appelle pour sa femme ([[name:Perennou]] [[name:Annaïg]]) hospitalisée en ch. 209, dit qu'elle l'a appelé en pleurant. IDE est allée la voir : va bien, dormait.
BIANCHI|Lucia|||||*|Appel [[name:Lucia]] [[name:Bianchi]] pour sa fille : pas d'info donnée au tél., la patiente est majeure. Erreur : la patiente est Mme [[name:Bianchi]] [[name:Lucia]] elle-même qui appelle pour des nouvelles de son RDV. RDV ORL confirmé le mardi [[date_partial:9 déc.]].
- Appel de la mutuelle (MGEN) pour un devis de chambre particulière : transmis au bureau des admissions, pas de réponse au tel.
* Tel. voisin (M. [[other_name:Gros]]) de Mme [[name:Lefèvre]] [[name:Madeleine]] : il a les clés de l'appartement ([[address:Résidence Les Mouettes]], [[address:bât. 2]], [[address:3e étage]]). Il peut nourrir le chat jusqu'à son retour.
- Appel HAD : reprise de la patiente prévue le 14 si le lit médicalisé est livré. À rappeler IDE coordinatrice.
YAVUZ|Emre|||||*|Appel du frère [[other_name:Yavuz Serdar]] en turc, traduction par l'agent Mme [[other_name:Öztürk]] du service courrier. Demande si M. [[name:Yavuz]] peut recevoir de la nourriture de l'extérieur. Oui, sauf régime.
* Messagerie vocale du [[date_partial:06/01]] à 8h12 : « oui bonjour, c'est Mme [[name:Pinto Ribeiro]] [[name:Albertina]], je voulais savoir pour mon rendez-vous de mammographie, mon numéro c'est le [[phone:zéro six, trente-deux, quatorze, cinquante-huit, soixante-dix, zéro neuf]] ».
- Appel pharmacien de l'officine (Pharmacie Centrale, Morlaix) : interaction clarithromycine / simvastatine détectée, prescription modifiée par le Dr de garde.
* appel de la soeur du patient [[other_name:Marie-Josée]] qui dit que son frère Mr [[name:Théodose]] [[name:Félix]] est [[diag_mental:bipolaire]] et ne prend plus son [[diag_mental:Téralithe]] depuis [[date_month:début septembre]]. Transmis au psychiatre.
TCHOUMI|Blaise|||||*|appel secretariat du Dr [[other_name:Ngo Bassa]] (pneumo), CR d'EFR de M. [[name:Tchoumi]] envoyé par fax au [[phone:02 97 21 44 60]].
- Rappel du patient de la PASS (sans téléphone) par le biais de l'association : RDV maintenu.
* SMS reçu sur le portable du service (pte Mme [[name:Ba]] [[name:Coumba]]) : "bjr c moi coumba jpeux pa venir demain jsuis malade ma fille a de la fievre" -> RDV annulé, à recontacter au [[phone:0758331904]].
- Appel du commissariat (OPJ) demandant si un homme a été admis cette nuit : aucune info communiquée sans réquisition écrite.
* APPEL DE LA CPAM : dossier de Mme [[name:Rodrigues Sá]] incomplet, il manque le NIR : [[nir:{nir:2 61 05 99 139 087}]] (née au Portugal). Transmis.
KEITA|Sekou|||||*|Appel de M. [[name:Keïta]] : a perdu son ordonnance de [[diag_hiv:PrEP]] ([[diag_hiv:Truvada]] générique... [[diag_hiv:emtricitabine/ténofovir]]), doit partir au Mali le [[date_partial:3 janvier]]. Duplicata fait.
* Le beau-fils de Mme [[name:Bellance]], M. [[other_name:Cyrille]] [[other_name:Landry]], appelle de Guadeloupe : [[phone:0590 81 42 63]]. Souhaite être rappelé après 18h heure de Paris.
""")

# Secretary notes
ROWS.append(r"""
# Secretary notes: appointments, returned mail, convocations, transport, admissions, pasted e-mails and letters.
- RDV annulés cause grève des transports, à reprogrammer : liste transmise au Dr par mail. Salle 3 indisponible jusqu'à nouvel ordre.
* Courrier retour NPAI pour M. [[name:Mekki]] [[name:Abdelkader]] : ancienne adresse [[address:27, rue Paul Bert]], [[address:Appt 14]], [[postcode_city:69003 Lyon]]. Nouvelle adresse donnée par le patient : Foyer [[address:Adoma]], [[address:8 rue du Dauphiné]], [[address:chambre 112]], [[postcode_city:69003 Lyon]].
FIGUEIREDO|Manuel||||3 ter allée des Bouvreuils, 37100 Tours|*|Convocation envoyée à M. [[name:Figueiredo]] [[name:Manuel]] pour coloscopie le [[date:17/02/2026]] à 8h, préparation Moviprep expliquée par tél. Adresse vérifiée : [[address:3 ter allée des Bouvreuils]] [[postcode_city:37100 Tours]].
- Mise à jour de l'agenda du Pr pour la semaine 48 : pas de consultation le mercredi (congrès), RDV décalés sur jeudi.
* Bon de transport assis (VSL) pour Mme [[name:N'Guessan]] [[name:Akissi]] : domicile [[address:Cité des Bosquets]], [[address:bât. C4]], [[address:esc. 2]], [[address:Appt 231]], [[postcode_city:93370 Montfermeil]] -> CH, le lundi [[date_partial:19/01]], départ 7h15.
ANTUNES|Deolinda|||||*|Mail reçu de la patiente ([[email:deolinda.antunes62@sapo.pt]]) : "Bom dia, je suis [[name:Deolinda]] [[name:Antunes]], je ne peux pas venir le 22 car je suis au Portugal jusqu'au [[date_partial:30 avril]]". RDV reporté au [[date_partial:5 mai]].
- Secrétariat : demande de dossier médical d'un patient décédé par son ayant droit, courrier type envoyé, pièces justificatives demandées.
* RDV kiné pris pour M. [[name:LE ROUX]] [[name:Tanguy]] chez M. [[other_name:Quiniou]], cabinet au [[address:5 place du Marhallac'h]], [[postcode_city:29100 Douarnenez]], tél [[phone:02 98 92 11 46]].
BONHEUR|Lucienne|||||*|Admission : Mme [[name:Bonheur]] [[name:Lucienne]] née [[name:Pasquier]] le [[date:03/09/1938]], carte vitale non à jour, NIR [[nir:{nir:2 38 09 44 109 012}]]. Mutuelle Harmonie, n° adhérent [[id:HM4471902]].
- Courrier pour le service : invitation à la journée régionale de soins palliatifs, amphithéâtre Laennec, inscriptions avant le 15.
* Demande de copie de dossier par l'avocat de M. [[name:Dimitrov]] [[name:Stoyan]], Maître [[other_name:Grangier]], [[address:14 cours Franklin Roosevelt]], [[postcode_city:69006 Lyon]]. Transmis à la direction (délai 8 jours).
DRAME|Kadiatou|||||*|Pte Mme [[name:Dramé]] se présente sans RDV pour son enfant [[other_name:Moussa]] (né le [[date:11/07/2023]]). Orientée vers les urgences pédiatriques. Adresse : chez Mme [[other_name:Sylla]], [[address:6 rue Édouard Vaillant]], [[postcode_city:94200 Ivry-sur-Seine]].
- Le Dr demande que les CR de consultation soient envoyés aux MT avant vendredi. 34 courriers en attente de frappe.
* Dossier d'admission incomplet Mr [[name:ÖZTÜRK]] [[name:ALI]] : pas de justificatif de domicile, pas d'attestation AME. Tél fourni : [[phone:+33 7 81 26 04 93]]. Relance prévue.
- Note à l'équipe : les ordonnances de sortie doivent comporter le RPPS du prescripteur depuis le 1er du mois.
KOVALENKO|Oksana|||||*|RDV IRM pelvienne pour Mme [[name:Kovalenko]] le jeudi [[date_partial:8 janvier]] 14h20, interprète ukrainien réservé (Mme [[other_name:Bondarenko]]). Patiente hébergée hôtel [[address:Le Relais]], [[address:41 avenue Jean Jaurès]], [[address:chambre 27]], [[postcode_city:67100 Strasbourg]].
* Transport retour : ambulance pour M. [[name:Guivarc'h]] [[name:Loïc]], [[address:lieu-dit Penn ar Hoat]], [[postcode_city:29690 Berrien]] (accès difficile, chemin non goudronné, prévoir 4x4 si pluie).
- Liste des convocations de la semaine imprimée et remise au brancardage. Penser aux étiquettes pour le labo.
* Mail transféré par le patient : "De : [[email:j.da.silva.ferreira@hotmail.fr]] / Objet : rdv / Bonjour, je suis [[name:José]] [[name:Da Silva Ferreira]]... " -> le prénom est [[name:José]]. Souhaite être rappelé au [[phone:06 89 01 45 27]].
LEBLANC|Odile|||||*|Courrier pour Mme [[name:Leblanc]] retourné (destinataire inconnu à l'adresse [[address:Les Hauts de Sainte-Anne]], [[address:villa 9]], [[postcode_city:97227 Sainte-Anne]]). À vérifier auprès de la famille.
- Pas de secrétaire mardi PM, répondeur activé. Rappeler les patients de la liste d'attente ORL jeudi.
* Ordre de mission transport : M. [[name:Camara]] [[name:Lansana]], de CHRS [[address:Le Phare]], [[address:17 bd de Strasbourg]], [[postcode_city:76600 Le Havre]], à l'hôpital pour séance de dialyse, 3 fois/semaine (lun/mer/ven).
NGUYEN VAN|Duc||0615732984||11 impasse du Tonkin 13013 Marseille|*|Admission programmée : M. [[name:Nguyen Van]] [[name:Duc]], né le [[date:14.02.1951]] à Hanoï, demeurant [[address:11 impasse du Tonkin]], [[postcode_city:13013 Marseille]]. Personne à prévenir : fils [[other_name:Nguyen Van Long]], [[phone:06 15 73 29 84]].
- Formulaire de désignation de la personne de confiance non rempli pour 3 patients, liste remise au cadre.
* Convocation CS anesthésie de Mme [[name:de La Villemarqué]] [[name:Hortense]] le [[date_partial:2/03]], courrier envoyé au [[address:Manoir de Kerdréan]], [[postcode_city:29910 Trégunc]].
DJEBARI|Nourredine|||||*|Appel du secrétariat de l'hôpital de jour : M. [[name:Djebari]] est attendu le mercredi [[date_partial:4 février]] pour sa cure de Rémicade (Crohn). Confirmé par sa compagne [[other_name:Sabrina]].
- Mémo : les demandes de RDV par mail passent désormais par l'adresse générique du service, ne plus répondre depuis les boîtes nominatives.
* Courrier manuscrit du patient reçu ce jour : "Je soussigné [[name:Popescu]] [[name:Mircea]], demeurant [[address:2 rue de la Forge]], [[postcode_city:51100 Reims]], autorise ma femme [[other_name:Popescu Daniela]] à récupérer mes résultats." Scanné au dossier.
- Fax reçu illisible (page 2/3 manquante), demandé renvoi au centre de rééducation.
MAKOSSO|Prisca|||||*|RDV de suivi en consultation d'orthogénie... annulé, la patiente Mme [[name:Makosso]] ([[name:Prisca]]) a appelé : [[diag_repro:IVG]] médicamenteuse faite en ville le [[date_partial:9 novembre]]. Contrôle bHCG à prévoir.
* Demande de bon de transport par la fille de M. [[name:Lebrun]] ([[other_name:Corinne]]) pour le retour à domicile : résidence autonomie [[address:Les Capucines]], [[address:logement 18]], [[postcode_city:49100 Angers]].
- Rdv manqués ce mois : 27 (dont 9 en pédiatrie). Mise en place du rappel par SMS la veille à partir du mois prochain.
* RDV pris par la tutrice (UDAF, Mme [[other_name:Fleury]]) pour M. [[name:Mouton]] [[name:Gérard]], [[diag_mental:schizophrène]] stabilisé, suivi CMP. Consultation dentaire le [[date_partial:17/03]] à 10h.
AYDIN|Zeynep||0644197032|zeynep.aydin.25@gmail.com|43 bis avenue de la République 25000 BESANCON|*|Dossier de pré-admission maternité : Mme [[name:Aydın]] [[name:Zeynep]], [[diag_preg:terme prévu]] le [[date:21/06/2026]], [[address:43 bis avenue de la République]], [[address:Bât. B]], [[address:Appt 52]], [[postcode_city:25000 Besançon]]. Tél. [[phone:06 44 19 70 32]], mail [[email:zeynep.aydin.25@gmail.com]].
- Message pour le Dr : le labo de ville a renvoyé les résultats en double, ne pas ressaisir.
* Courrier à Mme [[name:Kerjean]] [[name:Solenn]], [[address:BP 42]], [[postcode_city:29242 Ouessant]], pour l'informer du report de son intervention au mois de [[date_month:mars]].
- Secrétariat PMA : les dossiers de [[diag_repro:FIV]] complets sont à transmettre au biologiste avant le comité du mois.
* Étiquettes demandées pour Mr [[name:MBAPPE MOUKOKO]] [[name:Serge]] IPP [[id:{ipp}]], né le [[date:30/11/1979]]. Attention homonyme dans le service (même nom, né en 1981).
""")

# Discharge remarks
ROWS.append(r"""
# Discharge remarks: sortie, liaison letters, social situation, follow-up.
- Sortie ce jour vers domicile. Ordonnances remises. Rdv de contrôle dans 6 semaines avec radio. Pas d'appui pendant 45 j.
* SORTIE : Mme [[name:Bouchard]] [[name:Ginette]] rentre à son domicile ([[address:8 rue du Moulin à Vent]], [[postcode_city:85000 La Roche-sur-Yon]]) avec passage IDE 2x/j (Cabinet infirmier de la Gare, Mme [[other_name:Hamon]]). Portage des repas mis en place.
GOMES|Adelaide|||||*|Sortie vers EHPAD [[address:Les Jardins d'Arcadie]], [[postcode_city:33400 Talence]], [[address:chambre 108]]. Fille (Mme [[other_name:Gomes-Teixeira]] [[other_name:Paula]]) informée. Traitement : Eliquis 2,5 x2, Lasilix 40, Inexium 20.
- Conclusion de sortie : pneumopathie franche lobaire inférieure droite à pneumocoque, évolution favorable sous amoxicilline. Radio de contrôle à 6 semaines.
* Mr [[name:Boukhari]] [[name:Youcef]] sort contre avis médical le [[date_partial:3/12]] à 17h malgré les explications du Dr [[other_name:Rossignol]]. Décharge signée. Traitement [[diag_addict:Subutex]] 8 mg remis pour 3 jours.
ATTOUMANI|Faouzia|||||*|Sortie de Mme [[name:Attoumani]] ([[name:Faouzia]]), 3 mois post-[[diag_preg:accouchement]], anémie corrigée. Retour au domicile de sa sœur [[other_name:Mariamou]] à [[address:Kawéni]], [[address:rue de la Mosquée]], [[postcode_city:97600 Mamoudzou]]. RDV PMI à programmer.
- Sortie vers SSR (Clinique du Val, Ploemeur), transfert en ambulance à 14h, dossier de liaison et ordonnance joints.
* Synthèse de séjour : M. [[name:Petrović]] [[name:Dragan]], 56 ans, hospitalisé du [[date_partial:2]] au [[date_partial:9 février]] pour décompensation cardiaque (NYHA III). Echo : FEVG 35 %. A revoir par le Dr [[other_name:Vasseur]] en consultation dans 1 mois.
NDIAYE|Awa|||||*|Mme [[name:N'Diaye]] [[name:Awa]] sort ce jour, [[diag_hiv:infection VIH]] stable, CV indétectable, CD4 620. Traitement inchangé : [[diag_hiv:Dovato]] 1 cp/j. Prochaine consultation SMIT le [[date:12/05/2026]] avec le Pr [[other_name:Fall]].
- Remarques IDE à la sortie : pansement à refaire tous les 2 j par IDEL, fils à retirer J15. Pas de bain pendant 3 semaines.
* Sortie à domicile : M. [[name:LE GOFF]] [[name:Jean-Claude]] vit seul au [[address:Hameau de Kerlaouen]], [[postcode_city:29880 Plouguerneau]]. Voisine (Mme [[other_name:Cadiou]]) passe tous les jours. Téléalarme à installer (demande faite).
SZABO|Ildiko|||||*|Remarque de sortie : patiente hongroise, Mme [[name:Szabó]] [[name:Ildikó]], repart chez sa fille à Budapest le [[date_partial:20 décembre]]. Carte européenne d'assurance maladie photocopiée (n° [[id:80348000010012345678]]).
- Sortie prévue demain si bilan biologique stable. Prévoir le transport et prévenir la famille.
* M. [[name:Lacroix]] [[name:Hubert]] sort vers sa résidence secondaire ([[address:La Grande Métairie]], [[postcode_city:16140 Aigre]]) où sa femme [[other_name:Monique]] s'occupera de lui. Attention : pas d'IDE trouvée sur ce secteur, la famille fera les injections.
MUKENDI|Espérance|||||*|Sortie : Mme [[name:Mukendi]] [[name:Espérance]], [[diag_mental:épisode dépressif majeur]] avec [[diag_mental:tentative d'autolyse]] par phlébotomie le [[date_partial:28/10]]. Traitement : [[diag_mental:escitalopram]] 10 mg, suivi au CMP de secteur avec le Dr [[other_name:Lemaire]]. Numéro VigilanS donné.
- Sortie avec oxygénothérapie à domicile 2 L/min, prestataire contacté, livraison ce soir.
* sortie de Mlle [[name:Vo]] [[name:Thi Thu]] 17 ans accompagnée de son père M. [[other_name:Vo Van Tam]]. Consignes : pas de sport 1 mois (appendicectomie), certificat de dispense pour le lycée fourni.
HAMON|Rozenn|||||*|Retour à domicile à [[address:Ty Nevez]], [[address:route de Pont-Croix]], [[postcode_city:29790 Confort-Meilars]]. [[diag_preg:Post-partum]] J5 après [[diag_preg:césarienne]]. Sage-femme libérale (Mme [[other_name:Derrien]]) prévenue pour la visite PRADO de demain.
- Patient sorti vers le domicile de son fils, adresse non communiquée, à compléter par les admissions.
* SORTIE VERS CENTRE DE POSTCURE ADDICTO (Château de Kerbernez) : M. [[name:BERNARD]] [[name:LUDOVIC]], [[diag_addict:SEVRAGE OH]] COMPLET SANS [[diag_addict:DT]], [[diag_addict:AOTAL]] DEMARRE, RDV CSAPA LE [[date_partial:16/12]].
EL AMRANI|Said|||||*|Sortie de M. [[name:El Amrani]] [[name:Saïd]] sous [[diag_mental:Abilify Maintena]] (injection faite ce jour, prochaine le [[date_partial:2 janvier]]). Hébergé par son oncle M. [[other_name:Tahar El Amrani]], [[address:29 avenue Salvador Allende]], [[address:esc. B]], [[postcode_city:59000 Lille]].
- Pas de rendez-vous de contrôle nécessaire, sauf si fièvre ou douleur. Info donnée oralement et par écrit.
* Courrier de sortie adressé au Dr [[other_name:Pérez-Lefort]], MT, Maison de santé, [[address:2 rue des Écoles]], [[postcode_city:22300 Lannion]], et au Dr [[other_name:Ravalec]], pneumologue.
BENCHEIKH|Houria|||||*|Mme [[name:Bencheikh]] sortie ce jour. A noter : vit avec son mari (M. [[other_name:Bencheikh]] [[other_name:Lakhdar]], maladie d'Alzheimer, suivi à l'accueil de jour). Aide aux aidants proposée.
- Conclusion : syndrome de Guillain-Barré, récupération partielle, transfert en MPR pour rééducation.
* Sortie de M. [[name:DIALLO]] [[name:THIERNO]], [[diag_sti:syphilis secondaire]] traitée par Extencilline 2,4 MUI. [[diag_sti:VDRL]] de contrôle à 3, 6, 12 mois. Partenaire à dépister, informé.
VIEIRA|Rosa|||||*|Sortie vers domicile, Mme [[name:Vieira]] [[name:Rosa]], [[address:Quinta da Fonte]], [[address:12 rue des Vignes]], [[postcode_city:78200 Mantes-la-Jolie]], aide-ménagère 3 h/semaine (ADMR). Neveu [[other_name:Paulo Vieira]] passe le soir.
- Remarque : certificat de décès rempli par l'interne de garde, famille prévenue, corps transféré en chambre mortuaire à 6h.
* M. [[name:Courage]] [[name:Joël]] retourne à domicile ([[address:2 impasse des Lilas]], [[postcode_city:62300 Lens]]) avec son épouse. Ne conduit pas pendant 6 mois après la crise d'épilepsie. Dr [[other_name:Sabatier]] (neuro) le reverra.
""")

# Lab comments
ROWS.append(r"""
# Lab comments: biochemistry, haematology, microbiology, serology, transfusion, toxicology.
- Prélèvement hémolysé, kaliémie non interprétable. Merci de reprélever.
* Résultat critique : K+ 6,9 mmol/L téléphoné à l'IDE ([[other_name:Sandrine]]) à 14h52, pour Mme [[name:Renaud]] [[name:Paulette]], prélèvement n° [[id:25K0041187]].
- Tube EDTA coagulé, NFS non réalisée. Prélèvement à renouveler.
* ECBU : > 10^5 UFC/mL Escherichia coli BLSE. Antibiogramme joint. Patient : M. [[name:ROUSSEL]] [[name:Bernard]], né le [[date:05/06/1944]]. Isolement contact à mettre en place.
CHERIF|Malika|||||*|Hémocultures 2/2 positives à Staphylococcus aureus sensible à la méticilline, appelé au Dr [[other_name:Hénaff]] (interne) le [[date_partial:27/11]] à 3h15. Patiente Mme [[name:Chérif]].
- Commentaire biologiste : discordance entre la créatinine et l'urée, erreur pré-analytique probable (prélèvement sur voie de perfusion ?). A contrôler.
* Identitovigilance : tube reçu étiqueté au nom de [[name:LE FUR]] [[name:Soizic]] mais bon de demande au nom de [[other_name:LE FUR]] [[other_name:Sylvie]]. Non analysé, reprélèvement demandé.
- Recherche de Plasmodium : frottis et goutte épaisse négatifs. Test de diagnostic rapide négatif. A répéter à H12 si fièvre persistante.
BAKAYOKO|Fanta|||||*|Sérologie [[diag_hiv:VIH]] 1/2 (Ag p24 + Ac) : positive. Western Blot en cours. Résultat transmis en main propre au Dr [[other_name:Traoré-Lemoine]], pas de communication téléphonique (Mme [[name:Bakayoko]] [[name:Fanta]], DDN [[date:22/01/1990]]).
* Groupe sanguin : O Rh+ (D+), phénotype RH-KEL : C- c+ E- e+ K-. RAI négative. Patiente : Mme [[name:Monteiro]] [[name:Graça]], [[diag_preg:enceinte]] de 28 [[diag_preg:SA]] : [[diag_preg:Rhophylac]] non indiqué.
- Dosage de la vancomycine : résiduelle 22 mg/L, au-dessus de la cible. Avis pharmacologique : espacer les injections.
* TEST DE COOMBS DIRECT POSITIF (IgG) CHEZ LE NOUVEAU-NE [[name:DOUMBIA]] (BB de Mme [[other_name:DOUMBIA]] [[other_name:MAIMOUNA]]), BILIRUBINE A SURVEILLER.
- Gaz du sang artériel : pH 7,31, PaCO2 58, PaO2 62, HCO3 29. Acidose respiratoire partiellement compensée.
* Toxicologie urinaire : [[diag_addict:cannabinoïdes]] positifs, [[diag_addict:opiacés]] négatifs, [[diag_addict:méthadone]] positive (traitement connu), benzodiazépines positives. Mr [[name:Fontaine]] [[name:Kévin]], demande du Dr [[other_name:Salaün]] (ELSA).
ROBIN|Claire|||||*|PCR [[diag_sti:Chlamydia trachomatis]] et [[diag_sti:Neisseria gonorrhoeae]] (auto-prélèvement vaginal) : négatives. Demandé dans le cadre du bilan pré-[[diag_repro:DIU]]. Mme [[name:Robin]].
- Hémoglobine glyquée 8,4 % (à contrôler dans 3 mois). Micro-albuminurie positive.
* Commentaire : la ponction lombaire de Mlle [[name:Kerboriou]] [[name:Enora]] arrivée à 23h40 sans bon, identité confirmée par tél avec l'interne de neuro (Dr [[other_name:Le Bihan]]). Liquide clair, 2 éléments/mm3.
- Bilan de Kleihauer : absence d'hématies fœtales détectables. Contrôle non nécessaire.
* bHCG plasmatique 14 520 UI/L, compatible avec une [[diag_preg:grossesse]] d'environ 6 [[diag_preg:SA]]. Patiente Mme [[name:Şahin]] [[name:Elif]], prescription du Dr [[other_name:Laurent]] (gynéco), résultat transmis par mail à [[email:secretariat.gyneco@ch-cornouaille.fr]].
ZERROUKI|Yacine|||||*|ALCOOLÉMIE 2,4 g/L à l'admission (prélèvement de 02h10). Demandé par les urgences pour M. [[name:Zerrouki]]. Réquisition OPJ n° [[id:2025/004871]] jointe.
- Réticulocytes élevés (180 G/L), haptoglobine effondrée, LDH augmentée : en faveur d'une hémolyse. Test de Coombs à faire.
* Contrôle ultime au lit du malade : discordance de groupe sur la carte de Mme [[name:Benmoussa]] [[name:Khadija]] (carte ancienne au nom de jeune fille [[name:Tazi]]). Transfusion suspendue, EFS prévenu.
- Bactériologie : liquide articulaire stérile à J5. Cristaux de pyrophosphate de calcium présents (chondrocalcinose).
* Sérologie [[diag_sti:TPHA]] positive / [[diag_sti:VDRL]] 1/16 chez M. [[name:Kaddour]] [[name:Hamid]] (né le [[date:1/4/1985]]). Résultat transmis au CeGIDD, Dr [[other_name:Morin-Diallo]].
WOJCIK|Piotr|||||*|[[diag_mental:Lithiémie]] 1,4 mmol/L (zone toxique) chez M. [[name:Wójcik]] traité par [[diag_mental:lithium]] ([[diag_mental:Téralithe]] LP 400). Appelé au service (IDE [[other_name:Gaëlle]]) à 11h05.
- Frottis sanguin : présence de schizocytes (2 %), à confronter à la clinique. Plaquettes 45 G/L.
* Recherche de toxines de Clostridioides difficile positive. Patient M. [[name:Blanc]] [[name:Antoine]] (ch. 14), précautions contact renforcées (lavage des mains au savon).
- Echantillon reçu sans identification, détruit après 48h conformément à la procédure.
* TSH 0,01, T4L 42 : hyperthyroïdie, maladie de Basedow probable. Anticorps anti-récepteurs de la TSH demandés. Patiente Mme [[name:Fleur]] [[name:Chantal]], résultats faxés au MT Dr [[other_name:Ménard]] au [[phone:02 40 63 17 85]].
TRAORE|Mamadou|||||*|Quantiféron positif chez M. [[name:Traoré]], né à Bamako le [[date:2 mars 1962]]. Recherche de BK dans les crachats (Ziehl-Neelsen) x3 en cours, isolement air.
- Numération : leucocytes 18 G/L à prédominance de polynucléaires neutrophiles. CRP 214 mg/L.
* Charge virale [[diag_hiv:VIH]] < 20 copies/mL, CD4 480/mm3 (28 %). Génotypage de résistance non réalisable. Mme [[name:Nkemdirim]] [[name:Chiamaka]], IPP [[id:{ipp}]].
- Glycémie capillaire contrôlée sur lecteur n° 3 : écart > 15 % avec le labo, lecteur retiré pour calibration.
* Prélèvement de Mme [[name:Lopes]] [[name:Ana Paula]] du [[date_partial:08/09]] : sérologie toxoplasmose IgG+ IgM-, immunité ancienne. Rubéole immune. Bilan du 1er trimestre de [[diag_preg:grossesse]] complet.
DUPUIS|Yvette|||||*|INR 5,2 sous Préviscan chez Mme [[name:Dupuis]], appelé à l'IDEL Mme [[other_name:Perrot]] ([[phone:06 08 52 47 19]]) qui préviendra le MT.
- Commentaire : lipémie ++ gênant le dosage, triglycérides 14 g/L. Résultats de l'ionogramme sous réserve.
* Test de [[diag_preg:grossesse]] urinaire avant scanner : négatif. Pte Mlle [[name:Jovanović]] [[name:Milica]], 16 a, au bloc demain.
""")

# Prescriptions
ROWS.append(r"""
# Prescriptions and renewals: ordonnances, nursing orders, pharmacy notes, substitutions.
- Paracétamol 1 g x4/j si douleur, max 4 g/j. Lovenox 4000 UI SC 1/j pendant 10 jours. Bas de contention classe 2.
* Ordonnance sécurisée : [[diag_addict:Méthadone]] sirop 60 mg/j, délivrance fractionnée tous les 7 jours, pharmacie désignée : Pharmacie des Halles, [[address:6 place de la Halle]], [[postcode_city:29200 Brest]]. Patient M. [[name:Le Bris]] [[name:Gwendal]]. Dr [[other_name:Abiven]], RPPS [[rpps:{rpps:1000334517}]].
OMAR|Ibrahim|||||*|Renouvellement [[diag_hiv:PrEP]] : [[diag_hiv:Truvada]] 1 cp/j en continu, 3 mois. Bilan rénal + [[diag_sti:IST]] + sérologie [[diag_hiv:VIH]] tous les 3 mois. M. [[name:Omar]] [[name:Ibrahim]], né le [[date:16/08/1997]].
- IDE à domicile : injection SC de Forsteo 1/j, pansement de plaie chronique tous les 2 jours, prise de sang mensuelle (NFS, iono, créat).
* Ordonnance de sortie : [[diag_mental:Olanzapine]] 10 mg le soir, [[diag_mental:Zoloft]] 50 mg le matin, Atarax 25 si anxiété. Mme [[name:Lenoir]] [[name:Sophie]], 29 ans. Dr [[other_name:Castel]] (psychiatre).
PHAM|Quoc Anh|||||*|ORDO : Metformine 1000 x2, Januvia 100 x1, Kardegic 75 x1, Tahor 40 x1. M. [[name:PHAM]] [[name:Quoc Anh]], [[address:19 rue de Tolbiac]], [[postcode_city:75013 Paris]]. A renouveler 3 mois.
- Kiné : rééducation du genou après ligamentoplastie LCA, 20 séances, à domicile si possible.
* [[diag_repro:Contraception]] : [[diag_repro:Leeloo]] 1 cp/j en continu, 1 an. Mlle [[name:Mabiala]] [[name:Grâce]], 18 ans. Prescrit par la SF Mme [[other_name:Le Dréau]]. Pose d'[[diag_repro:implant]] discutée, refusée.
- Substitution par la pharmacie : Inexium remplacé par ésoméprazole Biogaran, accord du patient. Noté dans le DP.
* ORDONNANCE BIZONE (ALD) : [[diag_hiv:ODEFSEY]] 1 CP/J AU REPAS. HORS ALD : DOLIPRANE. M. [[name:MUNYANEZA]] [[name:JEAN-BOSCO]], NIR [[nir:{nir:1 78 12 99 340 211}]].
SOARES|Fernanda|||||*|Prescription d'[[diag_preg:accouchement]]... non : bilan de fin de [[diag_preg:grossesse]] pour Mme [[name:Soares]] : NFS, plaquettes, RAI, groupe. Contrôle à 36 [[diag_preg:SA]]. Sage-femme [[other_name:Yolande]].
- Renouvellement du matériel : lit médicalisé, fauteuil roulant, chaise percée. Prescription pour 6 mois.
* Traitement de substitution : [[diag_addict:Buprénorphine]] 12 mg/j, 28 jours, chevauchement interdit. Ordonnance au nom de M. [[name:Duval]] [[name:Sébastien]], né le [[date:9/10/1988]], [[address:Appt 4]], [[address:12 rue Saint-Malo]], [[postcode_city:35000 Rennes]].
ALI MMADI|Soilihi|||||*|Ordonnance : Amlor 10 mg, Coversyl 5 mg. Pour M. [[name:Ali Mmadi]] [[name:Soilihi]]. Prescripteur : Dr [[other_name:Youssouf Halidi]], Centre médical de Moroni... non, médecin de [[postcode_city:97600 Mamoudzou]], tél [[phone:0269 61 15 28]].
- PM : Doliprane 1 g si T > 38,5 °C, maximum 3/j. Vogalène si nausées. Pas d'AINS (insuffisance rénale).
* Mme [[name:Gonçalves]] [[name:Maria do Céu]] : renouvellement [[diag_mental:Seroplex]] 15 mg + Lexomil 1/4 le soir, 3 mois. Ordonnance faxée à la pharmacie de [[address:58 avenue Gambetta]], [[postcode_city:92400 Courbevoie]].
DOGAN|Hasan|||||*|Prescription IDE : pansement de la plaie de sternotomie tous les 3 j + ablation des agrafes à J12 (le [[date_partial:19/12]]). Patient M. [[name:Doğan]], [[address:6 rés. du Parc]], [[address:bât. F]], [[postcode_city:38100 Grenoble]], IDEL M. [[other_name:Barbier]].
- Ordonnance type post-amygdalectomie enfant : paracétamol sirop dose-poids, pas d'ibuprofène, alimentation froide et mixée 10 jours.
* [[diag_mental:Xeplion]] 100 mg IM toutes les 4 semaines, prochaine injection le lundi [[date_partial:12 janvier]] au CMP. M. [[name:Kouyaté]] [[name:Bakary]]. Si refus : prévenir le Dr [[other_name:Hernandez]].
- Pilulier hebdomadaire à préparer par la pharmacie, livraison le lundi. Aide à la prise par l'aide à domicile.
* Prescription [[diag_repro:Norlevo]] faite aux urgences à Mlle [[name:Carré]] [[name:Inès]], 17 ans, rapport non protégé la veille. Orientation vers le centre de planification.
MARTINS|Rui|||||*|Renouvellement : [[diag_addict:Suboxone]] ... pardon, le patient est sous [[diag_addict:Suboxone]] 8/2 mg 1/j depuis [[date_partial:juin 2024]]. M. [[name:Martins]] [[name:Rui]], pharmacie habituelle : Pharmacie du Port, [[address:3 quai Gambetta]], [[postcode_city:56100 Lorient]], tél [[phone:02 97 64 38 10]].
- Traitement anticoagulant à poursuivre 3 mois (Xarelto 20 mg 1/j), réévaluation en consultation. Carte de porteur remise.
* Ordonnance de [[diag_hiv:Biktarvy]] pour M. [[name:Van der Meulen]] [[name:Pieter]] (touriste néerlandais) : dépannage 15 jours, relai par son médecin à Utrecht (Dr [[other_name:de Vries]], [[phone:+31 30 221 47 86]]).
- Ordonnance de sortie de néonatologie : vitamine D 1 goutte/j, vitamine K hebdomadaire si allaitement exclusif.
* Mme [[name:Petit]] [[name:Lucienne]] : renouvellement [[diag_mental:Effexor]] LP 75 + Stilnox 10 le soir. A revoir au CMP le [[date_partial:4/02]]. Patiente sous tutelle (ATMP, M. [[other_name:Guérin]]).
""")

# Registers
ROWS.append(r"""
# Registers: pasted e-mails and letters, SMS, English and mixed notes, all capitals, typos.
* De : [[email:helene.marchal@wanadoo.fr]] / Envoyé : mardi [[date_partial:14 octobre]] 22:17 / Objet : ma mère / Bonjour, ma mère Mme [[name:Marchal]] [[name:Jeanne]] est chez vous depuis samedi, elle n'a pas ses appareils auditifs, je les dépose demain. [[other_name:Hélène]] [[other_name:Marchal]] ([[phone:06 31 72 05 88]])
- Mail de la pharmacie : "Merci de nous renvoyer l'ordonnance signée, la précédente n'avait pas de date." Transmis au prescripteur.
* Patient speaks English only. Mr [[name:O'Connell]] [[name:Liam]], Irish tourist, admitted for chest pain, troponin negative x2. Wife [[other_name:Siobhan]] staying at Hôtel des Voyageurs, [[address:3 rue Thiers]], [[postcode_city:35400 Saint-Malo]]. Insurance: Allianz travel, policy [[id:IE-778-41902]].
OKONKWO|Chinedu|||||*|pt nigérian, parle anglais + un peu français. M. [[name:Okonkwo]] [[name:Chinedu]], says he is [[diag_hiv:HIV positive]] on [[diag_hiv:Dolutegravir]] + [[diag_hiv:Tenofovir/Lamivudine]] from Lagos, ran out 10 days ago. Cousin in Paris: [[other_name:Emeka Eze]], [[phone:07 66 02 93 51]].
- SMS de l'IDEL : "pansemnt fait, plaie propre, pt dit qu'il a mal au dos, je repasse demain 8h". Transmis.
* sms recu de la fille de Mme [[name:Moulin]] : "slt c [[other_name:Karine]] la fille de mme [[name:moulin]], elle a bien dormi ? jpeux passer a 18h ?" Répondu oui par la cadre.
HOARAU|Marie-Thérèse|||||*|lettre manuscrite de Mme [[name:Hoarau]] (pte de la 12) à son fils [[other_name:Jean-Marc]] trouvée dans sa table de nuit, qui évoque des [[diag_mental:idées noires]]. Remise au psychiatre, patiente reçue en entretien.
- TRANSMISSION : PATIENT CALME. PAS DE DOULEUR. MANGE BIEN. SELLES 0. DIURESE OK. RAS.
* MME [[name:MAHAMOUD]] [[name:SITTI]] NE VEUT PLUS DE VISITE DE SON EX CONJOINT M. [[other_name:ABDALLAH]] [[other_name:SAID]] : CONSIGNE DONNEE A L'ACCUEIL. SI PRESENT, APPELER LA SECURITE POSTE 2222.
LEROY|Nathalie|||||*|Courrier reçu : "Madame, Monsieur, je vous écris au sujet de ma sœur [[name:Nathalie]] [[name:Leroy]] hospitalisée en psychiatrie sous [[diag_mental:SDT]]... Veuillez agréer... [[other_name:Brigitte Leroy-Vasseur]], [[address:7 chemin des Écoliers]], [[address:lieu-dit La Folie]], [[postcode_city:27400 Louviers]]."
- note IDE: pt dit qu'il a "mal partout", echelle algoplus 3/5, appel med, palier 2 introduit. Famille pas jointe.
* Mme [[name:Vu]] [[name:Thi Hong Nhung]] (orthographe sur le passeport : [[name:VU]] [[name:THI HONG NHUNG]]), 58 ans, arrivée de Hô Chi Minh-Ville le [[date_partial:10/10]]. Sa fille [[other_name:Trinh]] traduit. Tél Vietnam : [[phone:+84 903 815 274]].
- Patient refuses blood test, says "no more needles". Explained, accepted finally at 10am. Note en franglais pour l'équipe de nuit : ok pour bilan demain.
* tr. ide : pt [[name:GUEYE]] ([[name:MAME DIARRA]]) vomit x2, zophren IV, a jeun pr fibro demain 8h, prevenu son mari M [[other_name:Gueye]] [[other_name:Alioune]] au [[phone:06 58 23 71 04]]
MUNTEANU|Ioana|||ioana.munteanu88@yahoo.ro||*|Mail de la patiente ([[email:ioana.munteanu88@yahoo.ro]]) en roumain, traduit par Mme [[other_name:Constantin]] (ASH) : demande un certificat d'hospitalisation pour son employeur, du [[date_partial:3]] au [[date_partial:7 novembre]].
- CR OPERATOIRE dicté, en attente de frappe : cholécystectomie coelioscopique, installation en décubitus dorsal, pas de difficulté, drain de Redon.
* PATIENT AGITE TOUTE LA NUIT, A ESSAYE DE PARTIR, DIT QU'ON VEUT LE TUER. [[diag_mental:HALDOL]]... NON [[diag_mental:LOXAPAC]] 50 MG IM FAIT A 2H SUR PRESCRIPTION DU DR [[other_name:RIOU]]. M. [[name:SARR]] [[name:OUSMANE]].
ARSLAN|Fatma|||||*|Madame [[name:Arslan]] nous a remis la lettre de son médecin en Turquie (Dr [[other_name:Mehmet Çelik]], Ankara, [[phone:+90 312 447 21 30]]), traitement : insuline Lantus 20 UI, metformine. Traduite par son neveu [[other_name:Burak]].
- En English pour l'interne Erasmus : "pt in room 4 has sickle cell disease, give oxygen + hydration + morphine as per protocol, call senior if Hb < 6".
* mr [[name:lebreton]] [[name:michel]] sorti ce jour, son fils [[other_name:pascal]] l'a récupéré à 15h. pas de transport. dossier complet.
- Erreur de saisie : le patient de la ch 8 n'est pas diabétique, retirer la surveillance glycémique de la pancarte.
* appel + mail de Mme [[other_name:Rakotomalala]] [[other_name:Voahangy]] ([[email:voahangy.rakoto@gmail.com]]), tutrice de son frère M. [[name:Rakotomalala]] [[name:Hery]], pour organiser son retour au foyer [[address:Les Alizés]], [[address:140 route de Vienne]], [[postcode_city:69008 Lyon]].
CHEVALIER|Brigitte|||||*|NOTE IDE : Mme [[name:CHEVALIER]] sort de sa chambre nue à 4h, désorientée. Réorientée. Se rendort après tisane. Sa fille Mme [[other_name:CHEVALIER-BOUVIER]] sera prévenue ce matin.
- URGENT !!! frigo du service en panne depuis 6h, vaccins et insulines transférés en pharmacie. Technicien appelé.
* Letter to the GP in the UK: "Dear Dr [[other_name:Patel]], your patient Mrs [[name:Hughes]] [[name:Margaret]], DOB [[date:12/07/1949]], was admitted on [[date_partial:November 2nd]] with a hip fracture..." Sent to [[address:14 Church Lane]], [[postcode_city:Exeter EX4 6PX]].
- Panne informatique de 10h à 12h30 : prescriptions papier à ressaisir dans le logiciel.
""")

# Mixed genres
ROWS.append(r"""
# Mixed genres again: homes in every shape, partial dates, names that are words, particles, eponyms that stay.
* Adresse à mettre à jour pour M. [[name:Boulanger]] [[name:René]] : [[address:15 B rue du Général de Gaulle]], [[address:Résidence Le Clos Fleuri]], [[address:Bât. A]], [[address:porte 6]], [[postcode_city:57000 Metz]]. [[address:Code porte 4812B]].
- Rappel : les bilans du lundi sont à prélever avant 7h pour la tournée du coursier.
* Pte Mme [[name:Sainte-Rose]] [[name:Joëlle]], née en Guadeloupe, vit à [[address:Section Boisvin]], [[postcode_city:97160 Le Moule]]... actuellement chez sa nièce [[other_name:Gladys Nicolas]] en métropole, [[address:22, allée des Cèdres]], [[postcode_city:91000 Évry-Courcouronnes]].
DELAFONTAINE|Philippe|||||*|CS anesth : M. [[name:de La Fontaine]] [[name:Philippe]], Mallampati 2, ASA 2, pas d'allergie. Score de Lee 1. Intubation sans difficulté prévisible. Arrêt Kardégic non nécessaire.
- Cible : mobilisation. Lever au fauteuil avec verticalisateur, 2 soignants. Test de Romberg non réalisable.
* M. [[name:Loup]] [[name:Hervé]] a reçu la visite de son frère M. [[other_name:Loup]] [[other_name:Daniel]] qui a apporté son rasoir. Pas d'autre visite.
OUAHABI|Rachida||||8 RUE JEAN MOULIN 13003 MARSEILLE|*|Mme [[name:Ouahabi]] habite [[address:Appt 3]], [[address:2ème étage gauche]], [[address:8, rue Jean Moulin]], [[postcode_city:13003 Marseille]]. Ascenseur en panne depuis [[date_month:mi-octobre]] : retour à domicile impossible pour l'instant.
- Eponymes pour le dossier : signe de Babinski bilatéral, réflexe de Hoffmann +, signe de Lhermitte. IRM médullaire demandée.
* RDV pédiatrie pour [[name:Salomé]], fille de Mme [[other_name:Printemps]] [[other_name:Aurélie]] : le [[date_partial:24 février]] à 10h15. Vaccin ROR à faire. Carnet de santé à apporter.
KERMARREC|Soizic|||||*|Sortie prévue fin de semaine... (date non arrêtée) pour Mme [[name:Kermarrec]], [[address:Kerveguen Vihan]], [[postcode_city:29450 Sizun]]. Aide à domicile de l'ADMR (Mme [[other_name:Le Fur]]).
- Test de Schirmer : 3 mm à droite, 4 mm à gauche, en faveur d'un syndrome sec (Gougerot-Sjögren ?). Sérologies en cours.
* Adresse de facturation (patient étranger) : Mr [[name:Horváth]] [[name:László]], [[address:Kossuth Lajos utca 17]], [[postcode_city:H-1053 Budapest]], Hongrie. Email [[email:laszlo.horvath@freemail.hu]].
BEAU|Marcel|||||*|M. [[name:Beau]] [[name:Marcel]] appelle... non, c'est son fils [[other_name:Marcel]] junior qui appelle pour son père. Homonymie père/fils, vérifier la date de naissance : père né le [[date:03/03/1940]].
- Note : le vaccin antigrippal est disponible pour le personnel, s'adresser à la médecine du travail.
* Mme [[name:Kaboré]] [[name:Rasmata]], [[diag_preg:primigeste]], DDR au [[date_partial:2 juin]], échographie de datation faite. Domicile : Foyer de jeunes travailleuses, [[address:5 rue Lamartine]], [[address:studio 14]], [[postcode_city:87000 Limoges]].
- Consigne : en cas de AES, protocole à suivre affiché dans la salle de soins, appeler les urgences pour [[diag_hiv:TPE]] si besoin.
* M. [[name:Ben Youssef]] [[name:Anis]], ancien [[diag_addict:héroïnomane]], sous [[diag_addict:méthadone]] 40 mg. Vit en caravane au terrain familial, [[address:3 chemin de la Plaine]], [[postcode_city:30000 Nîmes]].
LANDRY|Fritz||0590821436|||*|Transfert vers le CHU de Pointe-à-Pitre prévu le [[date_partial:15/01]]. M. [[name:Landry]] [[name:Fritz]], domicile [[address:Résidence Les Flamboyants]], [[address:Bât. D]], [[postcode_city:97139 Les Abymes]]. Tél domicile [[phone:05 90 82 14 36]].
- Remarque labo : le prélèvement pour la maladie de Lyme (Borrelia) a été envoyé au CNR.
* Mlle [[name:Fofana]] [[name:Hawa]], 16 ans, consulte seule pour [[diag_repro:contraception]], souhaite que ses parents ne soient pas informés. Secret respecté. [[diag_repro:Pilule]] [[diag_repro:Optimizette]].
- AS du matin : toilettes faites ch 1 à 10, 3 patients au fauteuil, ch 6 refuse le lever. Réfection des lits OK.
* [[name:GUILLOU]] [[name:ANNE-MARIE]] EP. [[name:KERNEIS]], NEE LE [[date:28/02/1947]] A PLOUDALMEZEAU. ADRESSE : [[address:KERVENNY]], [[postcode_city:29830 PLOUDALMEZEAU]]. MT : DR [[other_name:POSTEC]].
MOREL|Victor|||||*|M. [[name:Morel]] est entré pour [[diag_mental:TS]] médicamenteuse (Seresta + [[diag_addict:alcool]]... non, [[diag_mental:intoxication médicamenteuse volontaire]] au Seresta seul, alcoolémie nulle). Avis psy demandé. Mère ([[other_name:Evelyne Morel]]) présente.
- Ordonnance des examens : échographie abdominale, radio thorax de face, ECG. Consultation de Dr en suivant.
* Dernière visite de l'IDE coordinatrice le [[date_partial:18 sept.]] au domicile de Mme [[name:Nédélec]] ([[address:1 rue du Stade]], [[postcode_city:29410 Pleyber-Christ]]), prochaine réévaluation [[date_partial:décembre 2025]].
- Syndrome de Wolff-Parkinson-White connu, ablation prévue. Holter ECG de 24h posé ce matin.
* Mme [[name:Pierre]] [[name:Louise]] (nom d'usage [[name:Pierre-Louis]]), 91 ans, maladie de Parkinson évoluée. Son aidant principal est son petit-fils [[other_name:Anthony]], [[phone:06 27 48 90 13]].
""")

# Last batch
ROWS.append(r"""
# Last batch: numbers in odd shapes, sensitive terms in other spellings, more origins.
* Dossier social : M. [[name:Bondarenko]] [[name:Oleksandr]], réfugié ukrainien, APS n° [[id:7503241187]], NIR provisoire [[nir:{nir:1 83 04 99 155 034}]], hébergé chez Mme [[other_name:Dubreuil]] ([[address:ferme de la Boissière]], [[postcode_city:72300 Sablé-sur-Sarthe]]).
KHELIL|Mourad|||||*|IDE : M. [[name:Khelil]] demande sa "[[diag_hiv:prep]]" avant de sortir, vu avec le Dr : ordonnance de [[diag_hiv:PREP]] à la demande (schéma 2-1-1) remise. CeGIDD le [[date_partial:7/01]].
- RAPPEL HYGIENE : port du masque obligatoire dans les chambres des patients en isolement gouttelettes (grippe).
* Appel de Mme [[name:Ahmed]] [[name:Zaïnaba]] (n° [[phone:06.39.12.40.87]]... corrigé [[phone:0639 12 40 87]], Mayotte) : [[diag_repro:interruption volontaire de grossesse]] souhaitée, 8 [[diag_preg:SA]], orientée vers le CPEF de Mamoudzou.
DANG|Thi Ngoc|{nir:2 61 09 99 243 077}||||*|Mme [[name:Đặng]] [[name:Thị Ngọc]] (saisie sans accents : [[name:DANG]] [[name:THI NGOC]] dans le logiciel), IPP[[id:{ipp}]], née le [[date:1961-09-23]]. Vit chez son fils [[other_name:Đặng Minh]] au [[address:47 rue Baudricourt]], [[postcode_city:75013 Paris]].
- Pharmacie : les [[diag_mental:antipsychotiques]] injectables retard sont à commander 48 h à l'avance.
* Suivi IDEL : M. [[name:Yıldız]] [[name:Kemal]], diabétique, vit [[address:12 avenue des Tilleuls]] ([[address:Bâtiment Iris]], [[address:3e étage]], [[address:porte droite]]), [[postcode_city:68200 Mulhouse]]. Glycémies stables. Sa femme [[other_name:Sevgi]] fait les courses.
MSAIDIE|Anrifa|||||*|Patiente comorienne, Mme [[name:Msaïdie]] [[name:Anrifa]], [[diag_hiv:séropositive]] au [[diag_hiv:VIH]] découverte au mois d'[[date_month:août]], ne veut pas que le résultat soit donné à sa tante Mme [[other_name:Hamada]]. Noté en rouge dans le dossier.
- Pas d'IDE de nuit sur le secteur B ce soir : renfort par l'équipe de la pool. Transmissions orales à 21h.
* n° sécu de la patiente relevé sur l'attestation : [[nir:{nir:2.72.11.2A.004.118}]] (Mme [[name:Santucci]] [[name:Marie-Paule]], née à Ajaccio). Rectifier dans le logiciel : le 2A était saisi 20.
- L'équipe de liaison en addictologie passera demain pour le patient de la 14. Ne pas donner de sortie avant.
* Entretien infirmier psy : Mlle [[name:Gašparović]] [[name:Ivana]] décrit des [[diag_mental:scarifications]] depuis [[date_partial:mars 2023]], [[diag_mental:conduites anorexiques]], suivie au CMP enfants-ados. Mère Mme [[other_name:Gašparović]] [[other_name:Mirjana]] présente.
N'GUESSAN|Koffi|||||*|M. [[name:N'Guessan]] [[name:Koffi]] a présenté un malaise au self à 12h30. Glycémie 0,48. Resucré, repris conscience. Collègue de travail (M. [[other_name:Yao]]) l'a accompagné.
- RAS à signaler sur le poste de nuit. Bonnes transmissions.
* Note admin : dossier Mme [[name:Tavares]] [[name:Lurdes]], n° de séjour [[id:225034881]], NDA [[id:7841002]]. Adresse rectifiée : [[address:Lugar de Cima]], [[address:Rua da Igreja 4]], [[postcode_city:4900-281 Viana do Castelo]] (Portugal).
RIVIERE|Gaston|||||*|tel de l'EHPAD [[address:Ker Heol]] : M. [[name:Rivière]] chuté cette nuit, pas de plaie, radio de hanche ? On leur dit de l'adresser aux urgences. Contact IDE EHPAD [[other_name:Goulven]] au [[phone:02 98 56 71 30]].
- Protocole Kleihauer et [[diag_preg:Rhophylac]] à revoir avec la maternité avant fin d'année.
* M. [[name:Szymański]] [[name:Jerzy]] ne comprend pas le français, sa fille [[other_name:Anna Szymańska-Dubois]] traduit par téléphone ([[phone:+33 (0)6 84 20 17 53]]). Consentement à la coronarographie obtenu.
CISSE|Ramatoulaye|||||*|Transmissions : Mme [[name:Cissé]] refuse la transfusion (raison religieuse ?) — en fait peur des aiguilles. Explications par l'interne (Dr [[other_name:Amara]]), finit par accepter. 2 CGR passés.
- Commande de poches de nutrition parentérale : livraison le lundi et le jeudi. Stock mini 4 poches.
* Mme [[name:Costa]] [[name:Amélia]] (épouse [[name:Machado]]), joignable chez sa voisine Mme [[other_name:Lima]] : [[phone:01.48.70.22.96]]. Son propre portable est coupé depuis [[date_month:fin juillet]].
BENNANI|Omar|||||*|Sorti ce matin. Lettre de liaison remise à M. [[name:Bennani]] pour son psychiatre (Dr [[other_name:Lévy-Soussan]]), suivi de sa [[diag_mental:psychose]] : [[diag_mental:clozapine]] 300 mg/j, NFS hebdomadaire.
- Atelier d'éducation thérapeutique diabète le 2e jeudi du mois, salle Charcot, 14h-16h.
* [[name:Hamidou]] [[name:Anlimati]], 22 ans, venue pour [[diag_repro:I.V.G.]] médicamenteuse : [[diag_repro:Mifégyne]] pris à 10h sur place, misoprostol... (non, misoprostol à domicile dans 48h). Contact : [[phone:06 93 41 28 75]].
- Salle de pause : merci de ne pas laisser de nourriture dans le frigo du service après le week-end.
* M. [[name:Le Moigne]] [[name:Corentin]], [[diag_mental:état de stress post-traumatique]] après un accident de chalutier, suivi par le Dr [[other_name:Kervarec]] (psychiatre). Vit sur son bateau au port de plaisance, [[address:ponton C]], [[address:place 18]], [[postcode_city:56170 Quiberon]].
""")

# Added after the first run
ROWS.append(r"""
# ADDED after the first run (44e0e6d): shapes the nine batches lacked (CEDEX, quater, a postcode read apart from its
# city, a P.O. box abroad), typed before any look at how the detectors treat them; split by hash (see split()).
* Courrier de la CPAM du Morbihan, [[address:2 rue Jules Legrand]], [[postcode_city:56018 Vannes Cedex]], reçu pour Mme [[name:Le Tallec]] [[name:Armelle]] : accord de prise en charge du transport.
- Adresse du service pour les retours de courrier : Centre hospitalier, service de médecine interne, [[address:BP 11]] - [[postcode_city:29107 Quimper Cedex]]. À mettre sur les enveloppes T.
* Mr [[name:Belkhir]] [[name:Mounir]] travaille à la Poste, il demande que ses résultats soient envoyés à son lieu de travail ? Refusé. Adresse perso : [[address:5 quater rue des Glycines]], [[postcode_city:94120 Fontenay-sous-Bois]].
* Courrier de l'avocat de la famille de Mme [[name:Ferreira]] [[name:Idalina]] : Cabinet [[other_name:Loureiro]] & associés, [[address:BP 3047]], [[postcode_city:75362 PARIS CEDEX 08]]. Transmis à la direction des usagers.
* Mme [[name:Sissoko]] [[name:Djénéba]] a déménagé : nouvelle adresse [[address:Résidence Les Coteaux]], [[address:Bât. 7]], [[address:RDC]], [[address:Appt 3]], [[postcode_city:76800 Saint-Étienne-du-Rouvray]]. Code postal confirmé au téléphone : [[postcode_city:76800]].
* Le fils de M. [[name:Constantinescu]] [[name:Viorel]] ([[other_name:Andrei]]) envoie ses coordonnées en Roumanie : [[address:Strada Mihai Viteazu nr. 14]], [[address:bl. A2]], [[address:ap. 9]], [[postcode_city:400152 Cluj-Napoca]]. Tel [[phone:+40 744 318 902]].
- Retour NPAI : courrier destiné à la Mutuelle Générale, [[address:CS 70123]], [[postcode_city:75601 Paris Cedex 12]] (adresse de l'organisme, pas du patient). Jeté.
* Convocation pour Mme [[name:Adjovi]] [[name:Edwige]], née [[name:Houngbo]], [[address:12 bis, allée du Grand Chêne]], [[address:3e étage]], [[postcode_city:31100 Toulouse]]. RDV le vendredi [[date_partial:6 mars]]... erreur, le [[date_partial:6 mars]] est un jeudi : RDV jeudi [[date_partial:6 mars]] à 9h.
* Sortie de M. [[name:Le Cam]] [[name:Yannick]] vers son domicile : [[address:Pen ar Valy]], [[address:route de Lanvéoc]], [[postcode_city:29160 Crozon]]. Courrier de sortie adressé aussi au Dr [[other_name:Bizien]], Pôle de santé, [[address:BP 23]], [[postcode_city:29160 Crozon]].
* Appel de Mme [[other_name:Mbemba]] pour son mari M. [[name:Mbemba]] [[name:Ferdinand]] : il est hébergé chez M. et Mme [[other_name:Loemba]], [[address:7 rue Danton]], [[postcode_city:92300 Levallois-Perret]], depuis [[date_partial:janvier 2026]].
""")


SET = Heldout13("heldout13", "thirteenth", ROWS, HEADER_NOTE, "13")

if __name__ == "__main__":
    SET.main(__doc__)
