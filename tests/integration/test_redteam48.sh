#!/bin/sh
# redteam48: membership of a suppressed group (HIV, psychiatry, addiction,
# pregnancy, sexual health) written in the columns conf/example.policy
# keeps or transforms, the ways the red team found them left on main:
# diagnosis codes typed oddly ("F 32.1", "F32,1", "B24.", "004.9"), self-harm
# codes (X60-X84), ATC codes set apart ("J05 AR03") or moved by the WHO
# (J05AX12), prescription abbreviations (AZT, 3TC, BHD, PrEP), a drug's
# level as an analysis ("Dosage plasmatique darunavir"), analysis names and
# LOINC codes (21198-7, 5221-7, HPV), wards (psychiatric sector numbers
# "75G12", CIVG, CUMP, Infectiologie, Vénéréologie), in the export and
# through the mount (docs/threat-model.md "redteam48"); in a scrubbed
# comment, "F 32.1" and ATC codes ("J05AR03").  Synthetic rows.
# The raw values hold digits or signs or are whole words no fake, token or
# pseudonym can spell, and the dropped rows are found by a marker of their
# own kept column (posologie), so no random key can satisfy a check.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"

"$bin" keygen key > /dev/null
mkdir -p src/labo
# sejours: the view is IPP 0, N° séjour 1, entrée 2, sortie 3, Service 4,
# DP 5, Libellé DP 6, Commentaire 7
cat > src/sejours_rt.csv <<'C'
IPP;N° séjour;Date d'entrée;Date de sortie;Service;DP;Libellé DP;Commentaire
40990001;190000001;15/01/2019;16/01/2019;Médecine interne;F 32.1;Episode dépressif moyen;RAS
40990002;190000002;15/01/2019;16/01/2019;Dermatologie;a 54.9;Infection gonococcique;RAS
40990003;190000003;15/01/2019;16/01/2019;Médecine interne;B24.;Immunodéficience humaine virale;RAS
40990004;190000004;15/01/2019;16/01/2019;Urgences;004.9;Avortement médical;RAS
40990005;190000005;15/01/2019;16/01/2019;Réanimation;X60;Auto-intoxication par analgésiques;RAS
40990006;190000006;15/01/2019;16/01/2019;Médecine interne;F32,1;Episode dépressif moyen;RAS
40990007;190000007;15/01/2019;16/01/2019;Médecine interne;Z 21;Infection VIH asymptomatique;RAS
40990008;190000008;15/01/2019;16/01/2019;Secteur 75G12;I10;Hypertension;RAS
40990009;190000009;15/01/2019;16/01/2019;CIVG;I10;Hypertension;RAS
40990010;190000010;15/01/2019;16/01/2019;CUMP;I10;Hypertension;RAS
40990011;190000011;15/01/2019;16/01/2019;Infectiologie;I10;Hypertension;RAS
40990012;190000012;15/01/2019;16/01/2019;Dermato-vénéréologie;I10;Hypertension;RAS
40990013;190000013;15/01/2019;16/01/2019;Cardiologie;I 10;Hypertension;RAS
40990014;190000014;15/01/2019;16/01/2019;Centre hospitalier spécialisé;I10;Hypertension;RAS
40990015;190000015;15/01/2019;16/01/2019;Cardiologie;I10;Hypertension;DP F 32.1 ce jour
40990016;190000016;15/01/2019;16/01/2019;Cardiologie;I10;Hypertension;relais J05AR03 puis N07BC02
40990017;190000017;15/01/2019;16/01/2019;Cardiologie;I10;Hypertension;vu A 50.5 km, J05AB01 aciclovir
C
cat > src/labo/res_rt.tsv <<'C'
IPP	Date prélèvement	Analyse	Valeur	Unité
40990001	2019-01-06	Dosage plasmatique darunavir	3117	ng/mL
40990002	2019-01-06	Lymphocytes T4	3118	/mm3
40990003	2019-01-06	21198-7	3119	UI/L
40990004	2019-01-06	5221-7	3120	
40990005	2019-01-06	HPV haut risque	3121	
40990006	2019-01-06	Marqueurs sériques T21	3122	
40990007	2019-01-06	Transferrine désialylée	3123	%
40990008	2019-01-06	Créatinine	3124	µmol/L
40990009	2019-01-06	T4 libre	3125	pmol/L
C
cat > src/prescriptions_rt.csv <<'C'
IPP;Date prescription;Service;Médicament;Posologie;Prescripteur
40990001;02/01/2019;Cardiologie;J05 AR03;mk101x;Dr Jean MARTIN
40990002;02/01/2019;Cardiologie;J05AX12;mk102x;Dr Jean MARTIN
40990003;02/01/2019;Cardiologie;AZT 300 mg;mk103x;Dr Jean MARTIN
40990004;02/01/2019;Cardiologie;3TC 150 mg;mk104x;Dr Jean MARTIN
40990005;02/01/2019;Cardiologie;BHD 8 mg;mk105x;Dr Jean MARTIN
40990006;02/01/2019;Cardiologie;PrEP;mk106x;Dr Jean MARTIN
40990007;02/01/2019;Cardiologie;METHERGIN 0,2 mg;mk107x;Dr Jean MARTIN
40990008;02/01/2019;Cardiologie;N07B C02;mk108x;Dr Jean MARTIN
40990009;02/01/2019;Cardiologie;METFORMINE 850 mg;mk109x;Dr Jean MARTIN
40990010;02/01/2019;Cardiologie;A10 BA02;mk110x;Dr Jean MARTIN
C

check "export under the example policy" "$bin" export -j 1 \
    -p "$top/conf/example.policy" -k key src out 2>export.err
check "the export's messages hold no value" sh -c \
    "! grep -qaE 'F 32|75G12|darunavir|J05|AZT|mk1' export.err"

no() {		# no DESC FILE RAW: the raw bytes nowhere in the file
	if grep -qF -- "$3" "$2"; then bad "$1: '$3' left"; else ok; fi
}
word() {	# word DESC FILE RAW: RAW nowhere in the file as a whole word
	if grep -qE -- "(^|[^[:alnum:]])$3([^[:alnum:]]|\$)" "$2"
	then bad "$1: '$3' left"; else ok; fi
}
has_cell() {	# has_cell DESC FILE ROW COL TEXT: the cell is TEXT
	t=$(python3 -c 'import csv, sys
d = "\t" if sys.argv[1].endswith(".tsv") else ";"
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8"), delimiter=d))
r = int(sys.argv[2])
print(rows[r][int(sys.argv[3])] if r < len(rows) else "(no row)")' "$2" "$3" "$4")
	[ "$t" = "$5" ] && ok || bad "$1 (row $3: $t)"
}
rt() {		# the checks in directory $1
	s=$1/sejours_rt.csv; l=$1/labo/res_rt.tsv; p=$1/prescriptions_rt.csv
	m=$2
	no "${m}a code with a space after its letter" "$s" 'F 32.1'
	has_cell "${m}its row's code is the placeholder" "$s" 1 5 '[SUPPRIME]'
	has_cell "${m}its row's ward goes with it" "$s" 1 4 '[SUPPRIME]'
	no "${m}a code in lower case with a space" "$s" 'a 54.9'
	has_cell "${m}the STI code's ward (Dermatologie) goes with it" \
	    "$s" 2 4 '[SUPPRIME]'
	no "${m}a code with a trailing dot" "$s" 'B24.'
	no "${m}a zero for the letter O" "$s" '004.9'
	has_cell "${m}the abortion code is the placeholder" "$s" 4 5 '[SUPPRIME]'
	has_cell "${m}a self-harm code is the placeholder" "$s" 5 5 '[SUPPRIME]'
	has_cell "${m}a self-harm code's ward goes with it" "$s" 5 4 '[SUPPRIME]'
	no "${m}a comma for the dot" "$s" 'F32,1'
	no "${m}Z21 with a space" "$s" 'Z 21'
	no "${m}a psychiatric sector's number" "$s" '75G12'
	word "${m}the abortion centre's acronym" "$s" CIVG
	word "${m}the disaster psychiatry unit" "$s" CUMP
	word "${m}the infectious diseases ward's other name" "$s" Infectiologie
	no "${m}venereology" "$s" 'vénéréologie'
	no "${m}the psychiatric hospital" "$s" 'hospitalier spécialisé'
	has_cell "${m}an ordinary code with a space: its chapter" "$s" 13 5 \
	    'I00-I99'
	has_cell "${m}an ordinary ward stays" "$s" 13 4 'Cardiologie'
	no "${m}free text: a dotted code with a space" "$s" 'F 32.1'
	has_cell "${m}free text: the code is the placeholder" "$s" 15 7 \
	    'DP [SUPPRIME] ce jour'
	no "${m}free text: an antiretroviral's ATC code" "$s" 'J05AR03'
	no "${m}free text: methadone's ATC code" "$s" 'N07BC02'
	has_cell "${m}free text: a road's kilometre and aciclovir's code stay" \
	    "$s" 17 7 'vu A 50.5 km, J05AB01 aciclovir'
	no "${m}an antiretroviral's level" "$l" 'darunavir'
	no "${m}its result goes with it" "$l" '3117'
	no "${m}the T4 lymphocytes" "$l" 'Lymphocytes T4'
	no "${m}their count goes with them" "$l" '3118'
	no "${m}the LOINC code of beta-hCG" "$l" '21198-7'
	no "${m}its result goes with it" "$l" '3119'
	no "${m}the LOINC code of the HIV Western blot" "$l" '5221-7'
	word "${m}an HPV analysis" "$l" 'HPV'
	no "${m}its result goes with it" "$l" '3121'
	no "${m}the trisomy screening markers" "$l" 'T21'
	no "${m}the alcohol marker" "$l" 'désialylée'
	no "${m}its result goes with it" "$l" '3123'
	has_cell "${m}creatinine stays" "$l" 8 2 'Créatinine'
	has_cell "${m}its result stays" "$l" 8 3 '3124'
	has_cell "${m}free T4 stays" "$l" 9 2 'T4 libre'
	for k in 101 102 103 104 105 106 107 108; do
		no "${m}a prescription of a suppressed group's drug (mk$k) dropped" \
		    "$p" "mk${k}x"
	done
	no "${m}an ATC code set apart" "$p" 'J05 AR03'
	no "${m}an old ATC code of dolutegravir" "$p" 'J05AX12'
	word "${m}zidovudine's abbreviation" "$p" AZT
	word "${m}buprenorphine's abbreviation" "$p" BHD
	has "$p" mk109x && ok || bad "${m}metformin's row stays"
	has "$p" mk110x && ok || bad "${m}an ordinary ATC code set apart stays"
}
rt out "export: "

check "pseudonymfs mounts" mount_view src mnt fs.log \
    -o "policy=$top/conf/example.policy,key=$work/key"
check "the mount equals the export" diff -r out mnt
rt mnt "mount: "
check "unmounts cleanly" unmount_view mnt fs.log
check "the daemon's log holds no value" sh -c \
    "! grep -qaE 'F 32|75G12|darunavir|J05|AZT|mk1' fs.log"
check_nothing_left
finish
