"""Cases from the Japanese university hospital (東都大学医学部附属病院)."""
from fhirkit import (Case, cc, ccm, cct, qty, LOINC, SCT, ATC, JP_ICD10, JP_MEDIS_DX, JP_KCODE,
                     ADMIT_SRC, OBS_CAT)

LAB = "https://fhir.toto-univ-hosp.example.jp/CodeSystem/lab-item"
DRUG = "https://fhir.toto-univ-hosp.example.jp/CodeSystem/drug-master"
DEPT = "https://fhir.toto-univ-hosp.example.jp/CodeSystem/department"
SCALE = "https://fhir.toto-univ-hosp.example.jp/CodeSystem/clinical-scale"


def dx(icd, ja, medis, en=None):
    """ICD-10 (2013, MHLW) with the standard disease-name master exchange code beside it."""
    return ccm((JP_ICD10, icd, ja), (JP_MEDIS_DX, medis, ja), text=ja if not en else f"{ja} ({en})")


def kcode(k, ja):
    return ccm((JP_KCODE, k, ja), text=ja)


def drug(local, ja, atc=None, atc_name=None):
    cods = [(DRUG, local, ja)]
    if atc:
        cods.append((ATC, atc, atc_name))
    return ccm(*cods, text=ja)


def dept(code, ja):
    return cc(DEPT, code, ja)


# (loinc, loinc display, local code, Japanese name, unit, ucum, low, high)
L = {
    "wbc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "0101", "白血球数", "10^3/μL", "10*3/uL", 3.3, 8.6),
    "hb_f": ("718-7", "Hemoglobin [Mass/volume] in Blood", "0103", "ヘモグロビン", "g/dL", "g/dL", 11.6, 14.8),
    "hb_m": ("718-7", "Hemoglobin [Mass/volume] in Blood", "0103", "ヘモグロビン", "g/dL", "g/dL", 13.7, 16.8),
    "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count", "0105", "血小板数", "10^3/μL", "10*3/uL", 158, 348),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "0301", "CRP", "mg/dL", "mg/dL", None, 0.14),
    "esr": ("4537-7", "Erythrocyte sedimentation rate by Westergren method", "0120", "赤血球沈降速度(1時間値)", "mm/h", "mm/h", None, 15),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "0501", "TSH", "μIU/mL", "u[IU]/mL", 0.5, 5.0),
    "cre_f": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "0210", "クレアチニン", "mg/dL", "mg/dL", 0.46, 0.79),
    "cre_m": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "0210", "クレアチニン", "mg/dL", "mg/dL", 0.65, 1.07),
    "egfr": ("33914-3", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum or Plasma by Creatinine-based formula (MDRD)", "0211", "eGFR(日本人推算式)", "mL/min/1.73m2", "mL/min/{1.73_m2}", 60, None),
    "ast": ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "0221", "AST", "U/L", "U/L", 13, 30),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "0222", "ALT", "U/L", "U/L", 7, 23),
    "ldh": ("2532-0", "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma", "0223", "LDH", "U/L", "U/L", 124, 222),
    "ck": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "0225", "CK", "U/L", "U/L", 41, 153),
    "a1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "0410", "HbA1c(NGSP)", "%", "%", 4.9, 6.0),
    "glu": ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "0401", "血糖", "mg/dL", "mg/dL", 73, 109),
    "ldl": ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "0431", "LDLコレステロール", "mg/dL", "mg/dL", 65, 139),
    "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "0241", "Na", "mmol/L", "mmol/L", 138, 145),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "0242", "K", "mmol/L", "mmol/L", 3.6, 4.8),
    "psa": ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "0612", "PSA", "ng/mL", "ng/mL", None, 4.0),
    "ca199": ("24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma", "0605", "CA19-9", "U/mL", "U/mL", None, 37),
    "cea": ("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", "0601", "CEA", "ng/mL", "ng/mL", None, 5.0),
    "afp": ("1834-1", "Alpha-1-Fetoprotein [Mass/volume] in Serum or Plasma", "0603", "AFP", "ng/mL", "ng/mL", None, 10.0),
    "ferritin": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "0330", "フェリチン", "ng/mL", "ng/mL", 12, 160),
    "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "0202", "アルブミン", "g/dL", "g/dL", 4.1, 5.1),
    "bnp": ("30934-4", "Natriuretic peptide B [Mass/volume] in Serum or Plasma", "0520", "BNP", "pg/mL", "pg/mL", None, 18.4),
    "ua": ("3084-1", "Urate [Mass/volume] in Serum or Plasma", "0215", "尿酸", "mg/dL", "mg/dL", 3.7, 7.0),
}


def jl(c, key, date, value, flag=None, **kw):
    loinc, disp, local, ja, unit, ucum, low, high = L[key]
    return c.lab(loinc, disp, date, value, unit, low, high, ucum=ucum, local=(LAB, local, ja), text=ja,
                 flag=flag, **kw)


def local_lab(c, code, ja, date, value, unit, ucum, low=None, high=None, flag=None, **kw):
    return c.lab(None, None, date, value, unit, low, high, ucum=ucum, local=(LAB, code, ja), text=ja,
                 flag=flag, **kw)


def symptom(c, date, sct, en, ja, enc=None, note=None):
    return c.obs(ccm((LOINC, "75325-1", "Symptom"), text="症状"), date, category="survey",
                 cc_value=ccm((SCT, sct, en), text=ja), encounter=enc, note=note)


# ---------------------------------------------------------------------------
def jp_headache(cid):
    c = Case(cid, "JP", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive",
             ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
             "Daily headache recorded at five visits from May to November 2026 (>8 weeks); blood panels, brain MRI/MRA and fundus examination all normal and no diagnosis made; she was told nothing is wrong.",
             "39-year-old woman, daily headache for 6 months, normal blood work, MRI/MRA and fundi, no diagnosis")
    c.setup("佐藤", "美咲", "female", "1987-03-14", "J0048211", {
        "gm": ("山本", "由紀", "医師", "総合診療科 医師"),
        "neuro": ("高橋", "健一", "医師", "脳神経内科 講師"),
    }, "06139981-4471", name_text="佐藤 美咲",
        extra_names=[{"use": "usual", "text": "サトウ ミサキ", "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation", "valueCode": "SYL"}]}])
    c.condition(dx("J30.2", "季節性アレルギー性鼻炎", "K7R2"), "2015-03-01", recorded="2021-04-12")
    dates = ["2026-05-12", "2026-06-23", "2026-08-04", "2026-09-29", "2026-11-10"]
    encs = []
    for i, d in enumerate(dates):
        who = "gm" if i in (0, 1, 4) else "neuro"
        encs.append(c.encounter(d, "AMB", type_text=dept("GM" if who == "gm" else "NEU",
                                                           "総合診療科" if who == "gm" else "脳神経内科"),
                                reason=[ccm((SCT, "25064002", "Headache"), text="頭痛")], pract=who))
    notes_sym = ["両側後頭部〜頭頂部の締め付けられる頭痛、ほぼ毎日。朝から夕方まで持続。",
                 "頭痛持続。NRS 5程度。市販鎮痛薬で一時的に軽快。",
                 "頭痛の性状変化なし。神経学的所見に異常なし。",
                 "頭痛は毎日続く。仕事を休む日あり。",
                 "頭痛は半年持続。悪化はないが改善もなし。"]
    for d, e, n in zip(dates, encs, notes_sym):
        symptom(c, d, "25064002", "Headache", "頭痛", enc=e, note=n)
    c.bp("2026-05-12", 112, 70, encounter=encs[0])
    c.bp("2026-11-10", 116, 72, encounter=encs[4])
    for k, v in [("wbc", 5.6), ("hb_f", 13.1), ("plt", 242), ("crp", 0.04), ("esr", 9), ("tsh", 1.82),
                 ("na", 140), ("cre_f", 0.62), ("alt", 14)]:
        jl(c, k, "2026-05-12", v, encounter=encs[0])
    for k, v in [("crp", 0.03), ("esr", 7), ("hb_f", 13.4)]:
        jl(c, k, "2026-09-29", v, encounter=encs[3])
    c.report(ccm((LOINC, "24590-2", "MR Brain WO and W contrast IV"), text="頭部MRI・MRA"), "2026-06-02",
             conclusion="頭部MRI(造影含む)・MRA: 脳実質、脳室、硬膜に異常信号なし。静脈洞血栓なし。動脈瘤・狭窄なし。異常所見なし。",
             category=cc("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology"), performer="neuro")
    c.obs(ccm((SCT, "53524009", "Ophthalmoscopy"), text="眼底検査(眼科依頼)"), "2026-08-18", category="exam",
          text_value="両眼底正常。乳頭浮腫なし。", flag="N")
    c.med_request(drug("1141007F1", "アセトアミノフェン錠200mg", "N02BE01", "paracetamol"), "2026-05-12",
                  "1回400mg 頭痛時 1日3回まで", requester="gm",
                  reason=[ccm((SCT, "25064002", "Headache"), text="頭痛")])
    c.note("2026-08-04", "脳神経内科 初診記録",
           "【主訴】頭痛(2026年5月〜)\n【現病歴】両側性、締め付け感、ほぼ毎日。悪心・光過敏なし。発熱なし。\n"
           "【神経学的所見】意識清明、脳神経・運動・感覚・協調運動に異常なし。髄膜刺激徴候なし。\n"
           "【検査】血液検査(炎症反応・甲状腺機能含む)正常、頭部MRI/MRA正常。\n"
           "【評価】器質的疾患を示唆する所見なし。診断確定には至らず。経過観察。",
           author="neuro", encounter=encs[2])
    c.note("2026-11-10", "外来経過記録(総合診療科)",
           "頭痛は5月から半年間、ほぼ毎日持続している。これまでの血液検査、頭部MRI/MRA、眼底検査はいずれも異常なし。"
           "本人には「検査では異常がない」と説明済みだが、症状は改善していない。鎮痛薬の使用は週2回程度で薬剤の使用過多には当たらない。"
           "診断名はついていない。次回3か月後。\n\n"
           "English summary: Daily headache since May 2026, recorded at every visit. Blood work, MRI/MRA and fundi normal. "
           "No diagnosis; patient told that nothing is wrong, symptoms unchanged.",
           author="gm", encounter=encs[4])
    return c


def jp_fit_followed(cid):
    c = Case(cid, "JP", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", [],
             "Positive faecal immunochemical result at a health check was followed by colonoscopy within four weeks (small adenoma removed); the red flag was worked up promptly, there is no persistent symptom and the rest is routine.",
             "62-year-old man, positive FIT at health check, colonoscopy and polypectomy 4 weeks later")
    c.setup("中村", "浩二", "male", "1964-07-02", "J0102377", {
        "gi": ("伊藤", "誠", "医師", "消化器内科 助教"),
        "im": ("小林", "恵", "医師", "内科 医師"),
    }, "06139981-8830", name_text="中村 浩二")
    htn = c.condition(dx("I10", "本態性高血圧症", "8833"), "2016-05-10", recorded="2016-05-10")
    dl = c.condition(dx("E78.5", "脂質異常症", "2729"), "2018-09-01")
    e0 = c.encounter("2026-08-20", "AMB", type_text=cct("人間ドック・健診"), pract="im")
    fit = c.obs(ccm((LOINC, "29771-3", "Hemoglobin.gastrointestinal [Presence] in Stool by Immunoassay"),
                    (LAB, "0901", "便潜血(免疫法) 2日法"), text="便潜血(免疫法)"), "2026-08-20",
                cc_value=ccm((SCT, "10828004", "Positive"), text="陽性(2日法のうち1回陽性)"), flag="POS",
                encounter=e0)
    for k, v in [("hb_m", 14.6), ("ferritin", 88), ("cea", 2.1), ("wbc", 6.1), ("plt", 221), ("ldl", 112), ("a1c", 5.8)]:
        jl(c, k, "2026-08-20", v, encounter=e0)
    c.bp("2026-08-20", 132, 82, encounter=e0)
    e1 = c.encounter("2026-09-03", "AMB", type_text=dept("GI", "消化器内科"), pract="gi",
                     reason=[cct("健診 便潜血陽性")])
    sr = c.service_request(ccm((SCT, "73761001", "Colonoscopy"), text="下部消化管内視鏡検査"), "2026-09-03",
                           status="completed", occurrence=c.ts("2026-09-17", "13:00:00"), requester="gi",
                           reason_ref=[fit], encounter=e1)
    e2 = c.encounter("2026-09-17", "AMB", type_text=cct("内視鏡センター"), pract="gi", time="13:00:00",
                     end_time="15:00:00")
    c.procedure(kcode("K721", "内視鏡的大腸ポリープ・粘膜切除術(長径2cm未満)"), performed=c.ts("2026-09-17", "13:40:00"),
                reason_ref=[fit], performer="gi", based_on=[sr], encounter=e2,
                note="S状結腸 8mm 0-Is ポリープをEMRで一括切除。他に病変なし。盲腸まで観察、前処置良好。")
    path = c.report(ccm((LOINC, "60567-5", "Comprehensive pathology report panel"), text="病理組織診断"),
                    "2026-09-24", conclusion="S状結腸ポリープ: 管状腺腫(低異型度)。断端陰性。悪性所見なし。",
                    category=cc("http://terminology.hl7.org/CodeSystem/v2-0074", "SP", "Surgical Pathology"))
    c.condition(dx("D12.5", "S状結腸腺腫", "3E5K"), "2026-09-17", clinical="resolved", abatement="2026-09-17",
                note="EMRにて切除済み")
    c.encounter("2026-10-08", "AMB", type_text=dept("GI", "消化器内科"), pract="gi")
    c.med_request(drug("2171022F1", "アムロジピン錠5mg", "C08CA01", "amlodipine"), "2024-04-01", "1日1回 朝食後",
                  reason_ref=[htn], requester="im")
    c.med_request(drug("2189017F1", "ロスバスタチン錠2.5mg", "C10AA07", "rosuvastatin"), "2024-04-01", "1日1回 夕食後",
                  reason_ref=[dl], requester="im")
    c.note("2026-10-08", "消化器内科 外来記録(病理結果説明)",
           "健診で便潜血陽性(8/20)。9/17に大腸内視鏡を施行し、S状結腸の8mm腺腫をEMRで切除。病理は低異型度管状腺腫、断端陰性。"
           "貧血なし、フェリチン正常。腹部症状なし。次回の大腸内視鏡は3年後を推奨。消化器内科は終診、健診は継続。",
           author="gi")
    return c


def jp_somatoform_ck(cid):
    c = Case(cid, "JP", "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
             "A somatoform-disorder label (F45.9) has stood since March 2026 while proximal weakness, myalgia and a new periorbital rash continue, and CK, LDH, AST and aldolase are raised; the label cannot account for the abnormal results.",
             "47-year-old woman labelled somatoform disorder for 9 months; progressive proximal weakness, rash and CK 1,240 U/L")
    c.setup("渡辺", "直子", "female", "1979-01-22", "J0087744", {
        "gm": ("加藤", "隆", "医師", "総合診療科 医師"),
        "psy": ("吉田", "智子", "医師", "精神神経科 医師"),
    }, "06139981-2215", name_text="渡辺 直子")
    e0 = c.encounter("2026-02-16", "AMB", type_text=dept("GM", "総合診療科"), pract="gm",
                     reason=[cct("全身の筋肉痛、倦怠感")])
    symptom(c, "2026-02-16", "68962001", "Muscle pain", "全身の筋肉痛", enc=e0, note="両上腕・大腿の痛み、だるさ。3か月前から。")
    jl(c, "ck", "2026-02-16", 180, encounter=e0)
    for k, v in [("wbc", 6.0), ("hb_f", 12.9), ("crp", 0.12), ("tsh", 2.4), ("ast", 29)]:
        jl(c, k, "2026-02-16", v, encounter=e0)
    e1 = c.encounter("2026-03-09", "AMB", type_text=dept("PSY", "精神神経科"), pract="psy")
    f45 = c.condition(dx("F45.9", "身体表現性障害", "H2J8"), "2026-03-09", encounter=e1, asserter="psy",
                      category="encounter-diagnosis",
                      note="器質的疾患は否定的とされ紹介。身体症状へのとらわれが強い。")
    c.med_request(drug("1179046F1", "セルトラリン錠25mg", "N06AB06", "sertraline"), "2026-03-09",
                  "1日1回 夕食後 50mgまで漸増", reason_ref=[f45], requester="psy")
    e2 = c.encounter("2026-05-18", "AMB", type_text=dept("PSY", "精神神経科"), pract="psy")
    symptom(c, "2026-05-18", "26544005", "Muscle weakness", "筋力低下(階段昇降困難)", enc=e2)
    e3 = c.encounter("2026-07-27", "AMB", type_text=dept("PSY", "精神神経科"), pract="psy")
    symptom(c, "2026-07-27", "26544005", "Muscle weakness", "筋力低下(腕が上がらない、髪を洗えない)", enc=e3)
    e4 = c.encounter("2026-09-28", "AMB", type_text=dept("PSY", "精神神経科"), pract="psy")
    symptom(c, "2026-09-28", "68962001", "Muscle pain", "筋肉痛・筋力低下持続", enc=e4)
    e5 = c.encounter("2026-11-16", "AMB", type_text=dept("GM", "総合診療科"), pract="gm",
                     reason=[cct("筋力低下の悪化")])
    symptom(c, "2026-11-16", "26544005", "Muscle weakness", "近位筋優位の筋力低下、しゃがみ立ち困難", enc=e5)
    symptom(c, "2026-11-16", "271807003", "Eruption of skin", "両上眼瞼の紫紅色の皮疹、手指関節背側の紅斑", enc=e5)
    jl(c, "ck", "2026-11-16", 1240, encounter=e5)
    jl(c, "ast", "2026-11-16", 68, encounter=e5)
    jl(c, "alt", "2026-11-16", 52, encounter=e5)
    jl(c, "ldh", "2026-11-16", 388, encounter=e5)
    local_lab(c, "0226", "アルドラーゼ", "2026-11-16", 14.2, "U/L", "U/L", 2.1, 6.1, encounter=e5)
    jl(c, "crp", "2026-11-16", 0.41, encounter=e5)
    c.bp("2026-11-16", 118, 76, encounter=e5)
    c.note("2026-09-28", "精神神経科 再診記録",
           "身体表現性障害として加療中。セルトラリン50mg。筋力低下の訴えが続く。「体が動かないのに誰も信じてくれない」。"
           "気分は軽度抑うつ。症状へのとらわれは持続。現行治療継続。", author="psy", encounter=e4)
    c.note("2026-11-16", "総合診療科 再診記録",
           "【S】半年以上続く筋力低下が悪化。しゃがみ立ち困難、腕を上げて洗髪できない。\n"
           "【O】MMT 腸腰筋 4-/4-、三角筋 4/4。両上眼瞼にヘリオトロープ様の紫紅色斑、手指MCP背側に紅斑。CK 1240、アルドラーゼ 14.2、LDH 388。\n"
           "【A】病名は身体表現性障害のまま(2026/3〜)。現在の所見は同病名では説明できない。\n"
           "【P】次回再検。\n\n"
           "English summary: Somatoform disorder label since March 2026; progressive proximal weakness, "
           "heliotrope-like rash and markedly raised CK/aldolase are not explained by it.",
           author="gm", encounter=e5)
    return c


def jp_cabg(cid):
    c = Case(cid, "JP", "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
             "Off-pump coronary artery bypass grafting (K552-2) is ordered for 16 December 2026 after the heart team review of three-vessel disease; the operation has not yet been performed.",
             "71-year-old man with three-vessel coronary disease, CABG booked for 2026-12-16")
    c.setup("田中", "正雄", "male", "1955-04-09", "J0011290", {
        "cardio": ("松本", "大輔", "医師", "循環器内科 准教授"),
        "cvs": ("井上", "剛", "医師", "心臓血管外科 教授"),
    }, "06139981-0932", name_text="田中 正雄")
    ap = c.condition(dx("I20.8", "労作性狭心症", "4139"), "2026-08-25", asserter="cardio")
    cad = c.condition(dx("I25.1", "冠動脈硬化症(3枝病変)", "4148"), "2026-10-22", asserter="cardio")
    dm = c.condition(dx("E11.9", "2型糖尿病", "2500"), "2014-06-01")
    htn = c.condition(dx("I10", "本態性高血圧症", "8833"), "2012-03-01")
    e0 = c.encounter("2026-08-25", "AMB", type_text=dept("CAR", "循環器内科"), pract="cardio",
                     reason=[cct("労作時胸部圧迫感")])
    c.bp("2026-08-25", 142, 84, encounter=e0)
    for k, v in [("a1c", 7.1), ("ldl", 96), ("cre_m", 0.98), ("egfr", 58), ("hb_m", 14.1), ("k", 4.3), ("bnp", 32.5)]:
        jl(c, k, "2026-08-25", v, encounter=e0)
    c.report(ccm((LOINC, "34534-8", "12 lead EKG panel"), text="トレッドミル運動負荷心電図"),
             "2026-09-08", conclusion="Bruce 2段階でV4-6に1.5mmの水平型ST低下と胸部圧迫感。陽性。",
             category=cc("http://terminology.hl7.org/CodeSystem/v2-0074", "EC", "Electrocardiac (e.g. EKG, EEC, Holter)"))
    e1 = c.encounter("2026-10-21", "IMP", type_text=dept("CAR", "循環器内科"), pract="cardio", end="2026-10-23",
                     admit=cc(ADMIT_SRC, "outp", "From outpatient department"))
    cag = c.procedure(kcode("D206", "心臓カテーテル法による諸検査(左心カテーテル)"), performed=c.ts("2026-10-22", "10:00:00"),
                      performer="cardio", encounter=e1,
                      note="冠動脈造影: LAD #6 90%, LCX #13 90%, RCA #2 75%(3枝病変)。SYNTAX score 33。LVEF 55%。")
    c.impression("2026-11-05", "ハートチーム・カンファレンス: 3枝病変、糖尿病合併、SYNTAX score 33 より PCI より CABG が推奨される。"
                 "心拍動下冠動脈バイパス術(LITA-LAD, SVG-LCX, SVG-RCA)を予定。", assessor="cvs",
                 problems=[cad, ap], description="Heart team review")
    sr = c.service_request(kcode("K552-2", "冠動脈、大動脈バイパス移植術(人工心肺を使用しないもの)(2吻合以上)"),
                           "2026-11-05", status="active", intent="order", occurrence=c.ts("2026-12-16", "08:30:00"),
                           reason_ref=[cad], requester="cvs", performer=[c.pract["cvs"]],
                           note="術前入院 2026/12/14。術前検査(頸動脈エコー、呼吸機能)済み。")
    c.appointment("2026-12-14", "心臓血管外科 入院(CABG術前)", pract="cvs", based_on=[sr],
                  start_time="10:00:00", end_time="11:00:00", minutes=60)
    for d, code, n, a, dose in [
        ("2012-03-01", "3399007H1", "アスピリン腸溶錠100mg", ("B01AC06", "acetylsalicylic acid"), "1日1回 朝食後"),
        ("2026-08-25", "2123016F1", "ビソプロロール錠2.5mg", ("C07AB07", "bisoprolol"), "1日1回 朝食後"),
        ("2020-01-10", "2189015F1", "アトルバスタチン錠10mg", ("C10AA05", "atorvastatin"), "1日1回 夕食後"),
        ("2014-06-01", "3962002F1", "メトホルミン錠500mg", ("A10BA02", "metformin"), "1日2回 朝夕食後"),
        ("2026-08-25", "2171010G1", "ニトログリセリン舌下錠0.3mg", ("C01DA02", "glyceryl trinitrate"), "胸痛時 舌下"),
    ]:
        c.med_request(drug(code, n, *a), d, dose, requester="cardio")
    c.note("2026-11-05", "心臓血管外科 外来記録",
           "3枝病変に対しハートチームで協議し、CABG(OPCAB)の方針。本人・家族に手術の目的、合併症、代替治療(PCI)を説明し同意取得。"
           "手術予定日 2026年12月16日、12月14日入院。\n\nEnglish summary: OPCAB x3 booked for 16 Dec 2026.",
           author="cvs")
    return c


def jp_pancreas_bsc(cid):
    c = Case(cid, "JP", "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
             "Stage IV pancreatic cancer with liver metastases; the oncology note states there are no treatment options (chemotherapy not indicated, best supportive care) and a palliative care plan and referral are active, with no second opinion on record.",
             "78-year-old woman, stage IV pancreatic cancer, told no treatment options, BSC and palliative care referral")
    c.setup("鈴木", "静子", "female", "1948-02-11", "J0150983", {
        "onc": ("清水", "拓也", "医師", "腫瘍内科 講師"),
        "pal": ("森", "久美子", "医師", "緩和ケア科 医師"),
    }, "06139981-3390", name_text="鈴木 静子")
    htn = c.condition(dx("I10", "本態性高血圧症", "8833"), "2005-01-01")
    c.condition(dx("M81.0", "閉経後骨粗鬆症", "7330"), "2016-09-01")
    e0 = c.encounter("2026-10-14", "AMB", type_text=dept("ONC", "腫瘍内科"), pract="onc",
                     reason=[cct("体重減少、心窩部痛、CTで膵腫瘤")])
    ca = c.condition(dx("C25.1", "膵体部癌", "1579", "carcinoma of body of pancreas"), "2026-10-20", asserter="onc",
                     stage=[{"summary": cct("cT4N1M1 Stage IV (UICC 第8版)")}],
                     evidence=[{"code": [cct("EUS-FNA 腺癌")]}])
    c.condition(ccm((JP_ICD10, "C78.7", "転移性肝腫瘍"), (SCT, "94381002", "Secondary malignant neoplasm of liver"),
                    text="転移性肝腫瘍(多発)"), "2026-10-20", asserter="onc")
    ct = c.report(ccm(("https://fhir.toto-univ-hosp.example.jp/CodeSystem/exam-order", "CT-ABD-C", "腹部造影CT"),
                      text="腹部造影CT"), "2026-10-14",
                  conclusion="膵体部に 4.2cm の乏血性腫瘤。腹腔動脈・上腸間膜動脈周囲に浸潤。肝両葉に多発転移(最大 2.8cm)。少量腹水。",
                  category=cc("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology"), encounter=e0)
    c.procedure(cct("超音波内視鏡下穿刺吸引生検(EUS-FNA)"),
                performed=c.ts("2026-10-20", "14:00:00"), performer="onc", reason_ref=[ct],
                note="膵体部腫瘤より採取。病理: 腺癌。")
    for k, v in [("ca199", 2840), ("cea", 18.4), ("alb", 2.9), ("hb_f", 10.9), ("crp", 2.3), ("cre_f", 0.71), ("alt", 41)]:
        jl(c, k, "2026-10-14", v, encounter=e0)
    c.obs(ccm((LOINC, "89247-1", "ECOG Performance Status score"), text="ECOG PS"), "2026-11-12", int_value=3,
          category="survey", note="日中の50%以上を臥床。")
    e1 = c.encounter("2026-11-12", "AMB", type_text=dept("ONC", "腫瘍内科"), pract="onc")
    c.impression("2026-11-12", "膵体部癌 Stage IV(肝転移)。PS 3、低アルブミン。化学療法の適応なし。治療選択肢はなく、BSC(best supportive care)の方針。",
                 assessor="onc", problems=[ca], encounter=e1,
                 prognosis=cct("予後 数か月と推定"))
    c.careplan("緩和ケア計画", "2026-11-12", category=[ccm((SCT, "103735009", "Palliative care"), text="緩和ケア")],
               description="疼痛緩和(オキシコドン)、栄養・症状マネジメント、在宅緩和ケアへの移行準備。抗がん治療は行わない。",
               addresses=[ca], author="pal", period_start="2026-11-12",
               activities=[{"code": ccm((SCT, "103735009", "Palliative care"), text="緩和ケア外来"), "status": "in-progress"},
                           {"description": "訪問診療・訪問看護の導入(地域連携室)", "status": "scheduled"}])
    c.service_request(ccm((SCT, "306237005", "Referral to palliative care service"), text="緩和ケア科紹介"),
                      "2026-11-12", status="active", intent="order", requester="onc", performer=[c.pract["pal"]],
                      reason_ref=[ca], encounter=e1)
    c.med_request(drug("8119002F1", "オキシコドン徐放錠5mg", "N02AA05", "oxycodone"), "2026-11-12", "1回5mg 1日2回 12時間毎",
                  requester="onc", reason_ref=[ca])
    c.med_request(drug("2344009F1", "酸化マグネシウム錠330mg", "A02AA02", "magnesium oxide"), "2026-11-12", "1回330mg 1日3回",
                  requester="onc")
    c.med_request(drug("2149044F1", "オルメサルタン錠10mg", "C09CA08", "olmesartan medoxomil"), "2015-04-01", "1日1回 朝食後",
                  reason_ref=[htn], requester="onc")
    c.note("2026-11-12", "腫瘍内科 外来記録(病状説明)",
           "本人・長女に説明。膵体部癌、多発肝転移あり Stage IV。全身状態(PS 3)と栄養状態から、化学療法は適応がなく、"
           "がんに対する積極的な治療の選択肢はないとお伝えした。今後は苦痛の緩和を中心とした BSC の方針とし、緩和ケア科に紹介。"
           "セカンドオピニオンの案内はまだ行っていない。\n\n"
           "English summary: Stage IV pancreatic cancer; no treatment options, best supportive care, palliative referral.",
           author="onc", encounter=e1)
    return c


def jp_hemangioma(cid):
    c = Case(cid, "JP", "UNTREATABLE_PROGNOSIS", "near-miss", [],
             "A typical 3 cm hepatic haemangioma was found; 'no treatment needed' refers to a benign lesion under ultrasound surveillance, not to an untreatable disease.",
             "52-year-old man, hepatic haemangioma on CT, no treatment needed, ultrasound follow-up")
    c.setup("山口", "健太", "male", "1974-10-30", "J0177310", {
        "hep": ("石井", "聡", "医師", "肝臓内科 医師"),
        "rad": ("木村", "由美", "医師", "放射線診断科 医師"),
    }, "06139981-5102", name_text="山口 健太")
    fl = c.condition(dx("K76.0", "脂肪肝", "5718"), "2019-05-20")
    hu = c.condition(dx("E79.0", "高尿酸血症", "7909"), "2020-06-15")
    e0 = c.encounter("2026-09-10", "AMB", type_text=cct("人間ドック・健診"))
    c.report(ccm(("https://fhir.toto-univ-hosp.example.jp/CodeSystem/exam-order", "US-ABD", "腹部超音波"), text="腹部超音波"),
             "2026-09-10", conclusion="肝S6に 30mm の高エコー腫瘤。脂肪肝。精査を推奨。",
             category=cc("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology"), encounter=e0)
    e1 = c.encounter("2026-10-02", "AMB", type_text=dept("HEP", "肝臓内科"), pract="hep", reason=[cct("健診 肝腫瘤")])
    for k, v in [("ast", 28), ("alt", 39), ("afp", 3.1), ("cea", 2.4), ("plt", 231), ("alb", 4.4), ("ua", 6.4), ("hb_m", 15.2)]:
        jl(c, k, "2026-10-02", v, encounter=e1)
    local_lab(c, "0604", "PIVKA-II", "2026-10-02", 22, "mAU/mL", "m[arb'U]/mL", None, 40, encounter=e1)
    local_lab(c, "0711", "HBs抗原", "2026-10-02", 0.01, "IU/mL", "[IU]/mL", None, 0.05, encounter=e1)
    ct = c.report(ccm(("https://fhir.toto-univ-hosp.example.jp/CodeSystem/exam-order", "CT-LIV-DYN", "肝ダイナミックCT"),
                      text="肝ダイナミックCT"), "2026-10-16",
                  conclusion="S6 32mm 腫瘤: 動脈相で辺縁結節状濃染、門脈相〜平衡相で中心へ充填(fill-in)。典型的な肝血管腫。他に病変なし。",
                  category=cc("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology"), performer="rad")
    hem = c.condition(dx("D18.0", "肝血管腫", "2280", "hepatic haemangioma"), "2026-10-16", asserter="hep",
                      evidence=[{"detail": [{"reference": ct}]}])
    e2 = c.encounter("2026-10-30", "AMB", type_text=dept("HEP", "肝臓内科"), pract="hep")
    c.impression("2026-10-30", "典型的肝血管腫(32mm)。無症状。治療は不要。6か月後に腹部超音波で大きさを確認。",
                 assessor="hep", problems=[hem], encounter=e2)
    c.bp("2026-10-30", 128, 80, encounter=e2)
    c.vital("bmi", "2026-10-30", 26.8, encounter=e2)
    c.med_request(drug("3949003F1", "フェブキソスタット錠20mg", "M04AA03", "febuxostat"), "2020-07-01", "1日1回 朝食後",
                  reason_ref=[hu], requester="hep")
    c.service_request(ccm(("https://fhir.toto-univ-hosp.example.jp/CodeSystem/exam-order", "US-ABD", "腹部超音波"),
                          text="腹部超音波(経過観察)"), "2026-10-30", status="active", intent="order",
                      occurrence=c.ts("2027-04-20", "09:00:00"), requester="hep", reason_ref=[hem])
    c.note("2026-10-30", "肝臓内科 外来記録",
           "ダイナミックCTで典型的な肝血管腫と診断。腫瘍マーカー正常、肝炎ウイルス陰性。良性腫瘍であり、治療の必要はありませんと説明。"
           "本人納得。半年後に超音波で経過をみる。脂肪肝に対し減量・飲酒制限を指導。\n\n"
           "English summary: typical hepatic haemangioma, benign, no treatment required, ultrasound in 6 months.",
           author="hep", encounter=e2)
    return c


def jp_adt_qol(cid):
    c = Case(cid, "JP", "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
             "Androgen-deprivation therapy started June 2026 for high-risk prostate cancer; FACT-P total fell from 118 before treatment to 92 in November (MCID about 6-10 points) with hot flushes, fatigue and low mood.",
             "69-year-old man on androgen deprivation for prostate cancer, FACT-P quality-of-life score fell 26 points")
    c.setup("伊藤", "和夫", "male", "1957-05-18", "J0090412", {
        "uro": ("斎藤", "修", "医師", "泌尿器科 准教授"),
        "im": ("小林", "恵", "医師", "内科 医師"),
    }, "06139981-7114", name_text="伊藤 和夫")
    c.condition(dx("I10", "本態性高血圧症", "8833"), "2011-01-01")
    e0 = c.encounter("2026-03-16", "AMB", type_text=dept("URO", "泌尿器科"), pract="uro", reason=[cct("PSA高値(健診)")])
    jl(c, "psa", "2026-03-16", 18.6, encounter=e0)
    e1 = c.encounter("2026-04-15", "IMP", type_text=dept("URO", "泌尿器科"), pract="uro", end="2026-04-16",
                     admit=cc(ADMIT_SRC, "outp", "From outpatient department"))
    bx = c.procedure(kcode("D413", "前立腺針生検法"), performed=c.ts("2026-04-15", "13:00:00"), performer="uro",
                     encounter=e1, note="経直腸的 12か所。8/12 陽性、Gleason 4+4。")
    ca = c.condition(dx("C61", "前立腺癌", "1859", "prostate cancer"), "2026-04-22", asserter="uro",
                     stage=[{"summary": cct("cT3aN0M0, Gleason 4+4=8, PSA 18.6 高リスク")}])
    c.report(ccm(("https://fhir.toto-univ-hosp.example.jp/CodeSystem/exam-order", "BS", "骨シンチグラフィ"),
                 text="骨シンチグラフィ・胸腹部CT"), "2026-05-08",
             conclusion="骨転移なし。リンパ節転移なし。", category=cc("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology"))

    def factp(date, total, enc=None):
        return c.obs(ccm((SCALE, "FACT-P-TOTAL", "FACT-P 合計スコア"), text="FACT-P total score (0-156)"), date,
                     category="survey", int_value=total, encounter=enc,
                     note="患者自記式 QOL 質問票 FACT-P(日本語版)")
    e2 = c.encounter("2026-05-26", "AMB", type_text=dept("URO", "泌尿器科"), pract="uro")
    factp("2026-05-26", 118, e2)
    mr = c.med_request(drug("2499416G1", "デガレリクス皮下注", "L02BX02", "degarelix"), "2026-05-26",
                       "初回 240mg 皮下注、以後 80mg 4週毎", requester="uro", reason_ref=[ca],
                       start="2026-06-02")
    c.med_admin(drug("2499416G1", "デガレリクス皮下注", "L02BX02", "degarelix"), "2026-06-02", "240mg 皮下注(初回)",
                request=mr, performer="uro")
    for d in ["2026-06-30", "2026-07-28", "2026-08-25", "2026-09-22", "2026-10-20", "2026-11-17"]:
        c.med_admin(drug("2499416G1", "デガレリクス皮下注", "L02BX02", "degarelix"), d, "80mg 皮下注", request=mr,
                    performer="uro")
    jl(c, "psa", "2026-09-22", 1.2)
    jl(c, "psa", "2026-11-17", 0.42)
    e3 = c.encounter("2026-11-17", "AMB", type_text=dept("URO", "泌尿器科"), pract="uro")
    factp("2026-11-17", 92, e3)
    c.vital("wt", "2026-05-26", 64.0, encounter=e2)
    c.vital("wt", "2026-11-17", 68.5, encounter=e3)
    c.note("2026-11-17", "泌尿器科 外来記録",
           "ADT 開始後 5か月。PSA 0.42 と良好に低下。一方、ホットフラッシュ(1日10回以上)、強い倦怠感、意欲低下、体重増加 4.5kg。"
           "FACT-P 合計 118 → 92 と大きく低下。「治療で生活ができなくなった」。治療継続の是非と副作用対策を次回相談。\n\n"
           "English summary: on ADT since June 2026; good PSA response but FACT-P total fell from 118 to 92 with hot flushes, fatigue and low mood.",
           author="uro", encounter=e3)
    return c


def jp_uc_question(cid):
    c = Case(cid, "JP", "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
             "In the pre-visit questionnaire of 20 November 2026 the patient answered 'Yes' to wanting a second opinion on the proposed biologic therapy for ulcerative colitis and wrote why.",
             "34-year-old woman with ulcerative colitis; pre-visit questionnaire answer asks for a second opinion")
    c.setup("小川", "彩", "female", "1992-08-07", "J0201154", {
        "gi": ("伊藤", "誠", "医師", "消化器内科 助教"),
    }, "06139981-6021", name_text="小川 彩")
    uc = c.condition(dx("K51.0", "潰瘍性大腸炎(全大腸炎型)", "5561", "ulcerative pancolitis"), "2023-05-10", asserter="gi")
    c.med_request(drug("2399009F1", "メサラジン腸溶錠400mg", "A07EC02", "mesalazine"), "2023-05-10", "1回1200mg 1日2回",
                  reason_ref=[uc], requester="gi")
    c.med_request(drug("2456001F1", "プレドニゾロン錠5mg", "H02AB06", "prednisolone"), "2026-09-01",
                  "30mg/日から漸減中(現在 15mg/日)", reason_ref=[uc], requester="gi")
    e0 = c.encounter("2026-09-01", "AMB", type_text=dept("GI", "消化器内科"), pract="gi", reason=[cct("血便・下痢の増悪")])
    for k, v in [("hb_f", 12.1), ("crp", 0.62), ("alb", 3.9), ("wbc", 8.1), ("plt", 312)]:
        jl(c, k, "2026-09-01", v, encounter=e0)
    local_lab(c, "0912", "便中カルプロテクチン", "2026-09-01", 820, "μg/g", "ug/g", None, 50, encounter=e0)
    c.report(ccm((SCT, "73761001", "Colonoscopy"), text="下部消化管内視鏡"), "2026-09-10",
             conclusion="直腸からS状結腸に Mayo 内視鏡サブスコア 2 の炎症。横行結腸以深は軽度。",
             category=cc("http://terminology.hl7.org/CodeSystem/v2-0074", "GE", "Gastroenterology"))
    e1 = c.encounter("2026-10-27", "AMB", type_text=dept("GI", "消化器内科"), pract="gi")
    c.obs(ccm((SCALE, "PMAYO", "partial Mayo score"), text="partial Mayo スコア"), "2026-10-27", int_value=5,
          category="survey", encounter=e1)
    c.med_request(drug("2399405A1", "ベドリズマブ点滴静注300mg", "L04AA33", "vedolizumab"), "2026-10-27",
                  "300mg 点滴静注 0, 2, 6週、以後8週毎(提案中)", status="draft", intent="proposal",
                  reason_ref=[uc], requester="gi")
    c.note("2026-10-27", "消化器内科 外来記録",
           "ステロイド依存性の経過。プレドニゾロン減量で再燃傾向。生物学的製剤(ベドリズマブ)導入を提案。本人は検討したいとのこと。",
           author="gi", encounter=e1)
    e2 = c.encounter("2026-11-20", "AMB", type_text=dept("GI", "消化器内科"), pract="gi")
    c.qr("https://fhir.toto-univ-hosp.example.jp/Questionnaire/previsit-gi|2.1", "2026-11-20", [
        {"linkId": "1", "text": "現在の症状(排便回数/日)", "answer": [{"valueInteger": 5}]},
        {"linkId": "2", "text": "血便の有無", "answer": [{"valueCoding": {"system": LOINC, "code": "LA33-6", "display": "Yes"}}]},
        {"linkId": "3", "text": "今回の治療方針について、他の医療機関の医師の意見(セカンドオピニオン)を聞きたいですか",
         "answer": [{"valueCoding": {"system": LOINC, "code": "LA33-6", "display": "Yes"}}]},
        {"linkId": "3.1", "text": "その理由",
         "answer": [{"valueString": "生物学的製剤を勧められましたが、若いうちから長く使う薬なので、IBD専門施設の先生の意見も聞いてから決めたいです。"}]},
    ], encounter=e2)
    c.bp("2026-11-20", 104, 66, encounter=e2)
    return c


def jp_knee_pain_flat(cid):
    c = Case(cid, "JP", "WORSENING_DESPITE_TREATMENT", "near-miss", [],
             "Knee osteoarthritis pain on celecoxib went from NRS 5 to 6 over eight months (four values): a one-point change, below the 2-point minimal clinically important difference for pain.",
             "73-year-old woman with bilateral knee osteoarthritis, pain NRS 5 -> 6 over 8 months on celecoxib")
    c.setup("長谷川", "トミ子", "female", "1953-01-05", "J0066021", {
        "ortho": ("前田", "俊介", "医師", "整形外科 医師"),
        "im": ("小林", "恵", "医師", "内科 医師"),
    }, "06139981-1298", name_text="長谷川 トミ子")
    oa = c.condition(dx("M17.0", "両側性原発性膝関節症", "7150", "bilateral primary knee osteoarthritis"), "2021-06-01",
                     asserter="ortho", note="KL分類 grade 3(両側)")
    htn = c.condition(dx("I10", "本態性高血圧症", "8833"), "2008-01-01")
    op = c.condition(dx("M81.0", "閉経後骨粗鬆症", "7330"), "2019-03-01")
    c.med_request(drug("1149037F1", "セレコキシブ錠100mg", "M01AH01", "celecoxib"), "2026-02-24", "1回100mg 1日2回 朝夕食後",
                  reason_ref=[oa], requester="ortho")
    c.med_request(drug("3999018F1", "アレンドロン酸錠35mg", "M05BA04", "alendronic acid"), "2019-03-01", "週1回 起床時",
                  reason_ref=[op], requester="ortho")
    c.med_request(drug("2149039F1", "アジルサルタン錠20mg", "C09CA09", "azilsartan medoxomil"), "2016-01-01", "1日1回 朝食後",
                  reason_ref=[htn], requester="im")
    c.service_request(ccm((SCT, "91251008", "Physical therapy procedure"), text="運動器リハビリテーション(大腿四頭筋訓練)"),
                      "2026-02-24", status="active", requester="ortho", reason_ref=[oa],
                      occurrence_period={"start": "2026-03-01", "end": "2027-02-28"})
    for d, v in [("2026-03-10", 5), ("2026-06-09", 6), ("2026-09-08", 6), ("2026-11-24", 6)]:
        e = c.encounter(d, "AMB", type_text=dept("ORT", "整形外科"), pract="ortho")
        c.obs(ccm((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="疼痛 NRS(膝)"),
              d, int_value=v, category="survey", encounter=e)
        if d == "2026-11-24":
            last = e
    for k, v in [("cre_f", 0.74), ("egfr", 56), ("hb_f", 12.4), ("k", 4.4)]:
        jl(c, k, "2026-09-08", v)
    c.bp("2026-09-08", 134, 78)
    c.report(ccm(("https://fhir.toto-univ-hosp.example.jp/CodeSystem/exam-order", "XR-KNEE", "両膝単純X線(立位)"),
                 text="両膝単純X線(立位)"), "2026-09-08",
             conclusion="両側内側関節裂隙狭小化、骨棘形成。前回(2025/9)と比べ著変なし。KL grade 3。",
             category=cc("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology"))
    c.note("2026-11-24", "整形外科 外来記録",
           "膝痛は NRS 5〜6 で横ばい。歩行は杖なしで屋内自立、屋外は 30分程度可。X線も著変なし。"
           "現時点で手術適応はなく、セレコキシブとリハビリを継続。腎機能を定期的に確認。",
           author="ortho", encounter=last)
    return c


def jp_multimorbidity(cid):
    c = Case(cid, "JP", "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
             "Six active chronic conditions followed by six departments (type 2 diabetes, heart failure, COPD, CKD G3b, rheumatoid arthritis, depression) with polypharmacy: complexity criterion met.",
             "76-year-old man with diabetes, heart failure, COPD, CKD G3b, rheumatoid arthritis and depression followed by six departments")
    c.setup("森田", "茂", "male", "1950-10-03", "J0032280", {
        "endo": ("藤田", "真理", "医師", "糖尿病・内分泌内科 医師"),
        "cardio": ("松本", "大輔", "医師", "循環器内科 准教授"),
        "resp": ("岡田", "亮", "医師", "呼吸器内科 医師"),
        "neph": ("村上", "美穂", "医師", "腎臓内科 医師"),
        "rheum": ("後藤", "雅之", "医師", "膠原病・リウマチ内科 医師"),
        "psy": ("吉田", "智子", "医師", "精神神経科 医師"),
    }, "06139981-0448", name_text="森田 茂")
    dm = c.condition(dx("E11.2", "2型糖尿病(糖尿病性腎症を伴う)", "2502"), "2006-04-01", asserter="endo")
    hf = c.condition(dx("I50.0", "うっ血性心不全(HFrEF)", "4280"), "2022-11-15", asserter="cardio",
                     note="虚血性心筋症、LVEF 35%")
    copd = c.condition(dx("J44.9", "慢性閉塞性肺疾患", "4968"), "2018-02-01", asserter="resp", note="GOLD 2, 元喫煙者 50 pack-years")
    ckd = c.condition(dx("N18.3", "慢性腎臓病 ステージG3b", "5853"), "2021-07-01", asserter="neph")
    ra = c.condition(dx("M06.9", "関節リウマチ", "7140"), "2012-09-01", asserter="rheum")
    dep = c.condition(dx("F32.1", "うつ病(中等症)", "3119"), "2024-05-01", asserter="psy")
    visits = [("2026-09-02", "endo", "END", "糖尿病・内分泌内科"), ("2026-09-16", "cardio", "CAR", "循環器内科"),
              ("2026-10-07", "resp", "RES", "呼吸器内科"), ("2026-10-21", "neph", "NEP", "腎臓内科"),
              ("2026-11-04", "rheum", "RHE", "膠原病・リウマチ内科"), ("2026-11-18", "psy", "PSY", "精神神経科")]
    encs = {}
    for d, p, code, ja in visits:
        encs[p] = c.encounter(d, "AMB", type_text=dept(code, ja), pract=p)
    jl(c, "a1c", "2026-09-02", 7.4, encounter=encs["endo"])
    jl(c, "bnp", "2026-09-16", 224, encounter=encs["cardio"])
    jl(c, "cre_m", "2026-10-21", 1.52, encounter=encs["neph"])
    jl(c, "egfr", "2026-10-21", 35, encounter=encs["neph"])
    jl(c, "k", "2026-10-21", 4.9, encounter=encs["neph"])
    jl(c, "hb_m", "2026-10-21", 12.2, encounter=encs["neph"])
    jl(c, "crp", "2026-11-04", 0.38, encounter=encs["rheum"])
    c.obs(ccm((SCALE, "DAS28-CRP", "DAS28-CRP"), text="DAS28-CRP"), "2026-11-04", value=2.9, unit="{score}",
          category="survey", encounter=encs["rheum"], note="低疾患活動性")
    c.obs(ccm((LOINC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), text="PHQ-9"),
          "2026-11-18", int_value=11, category="survey", encounter=encs["psy"])
    c.obs(ccm((LOINC, "19926-5", "FEV1/FVC"), text="1秒率"), "2026-10-07", value=58, unit="%", category="exam",
          encounter=encs["resp"])
    c.bp("2026-09-16", 118, 64, encounter=encs["cardio"])
    meds = [("endo", "3969023F1", "リナグリプチン錠5mg", "A10BH05", "linagliptin", "1日1回", dm),
            ("endo", "3969019F1", "エンパグリフロジン錠10mg", "A10BK03", "empagliflozin", "1日1回", dm),
            ("cardio", "2190034F1", "サクビトリルバルサルタン錠100mg", "C09DX04", "valsartan and sacubitril", "1日2回", hf),
            ("cardio", "2123016F1", "ビソプロロール錠2.5mg", "C07AB07", "bisoprolol", "1日1回", hf),
            ("cardio", "2139005F1", "フロセミド錠20mg", "C03CA01", "furosemide", "1日1回 朝", hf),
            ("resp", "2259711G1", "チオトロピウム/オロダテロール吸入", "R03AL06", "olodaterol and tiotropium bromide", "1日1回 2吸入", copd),
            ("rheum", "6219001F1", "サラゾスルファピリジン腸溶錠500mg", "A07EC01", "sulfasalazine", "1日2回", ra),
            ("psy", "1179046F1", "セルトラリン錠25mg", "N06AB06", "sertraline", "1日1回 50mg", dep)]
    for p, code, name, atc, an, dose, cond in meds:
        c.med_request(drug(code, name, atc, an), "2026-09-02", dose, requester=p, reason_ref=[cond])
    c.note("2026-11-18", "多科併診サマリー(病棟薬剤部・総合外来)",
           "6診療科(糖尿病内科、循環器内科、呼吸器内科、腎臓内科、リウマチ内科、精神科)に通院。内服・吸入 計 8 剤。"
           "心不全と CKD の体液管理、SGLT2 阻害薬とリウマチ治療薬の相互調整、うつ病による服薬アドヒアランス低下が課題。"
           "各科の方針を一元化する必要がある。\n\nEnglish summary: six chronic conditions across six specialties, polypharmacy, coordination needed.",
           author="endo")
    return c


CASES = [jp_headache, jp_fit_followed, jp_somatoform_ck, jp_cabg, jp_pancreas_bsc, jp_hemangioma,
         jp_adt_qol, jp_uc_question, jp_knee_pain_flat, jp_multimorbidity]
