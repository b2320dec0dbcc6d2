"""Cases from the Korean general hospital (한빛종합병원)."""
from fhirkit import (Case, cc, ccm, cct, qty, LOINC, SCT, ATC, KCD7, KR_EDI_PROC, ADMIT_SRC)

LAB = "https://emr.hanbit-gh.example.kr/CodeSystem/lab"
DRUG = "https://emr.hanbit-gh.example.kr/CodeSystem/drug"
DEPT = "https://emr.hanbit-gh.example.kr/CodeSystem/department"
IMG = "https://emr.hanbit-gh.example.kr/CodeSystem/imaging"
MSG = "https://emr.hanbit-gh.example.kr/CodeSystem/message-type"
RAD = cc("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology")
DISCH_HOME = cc("http://terminology.hl7.org/CodeSystem/discharge-disposition", "home", "Home")


def kcd(code, ko, en=None):
    return ccm((KCD7, code, ko), text=f"{ko}" + (f" ({en})" if en else ""))


def edi(code, ko):
    return ccm((KR_EDI_PROC, code, ko), text=ko)


def drug(local, ko, atc=None, atc_name=None):
    cods = [(DRUG, local, ko)]
    if atc:
        cods.append((ATC, atc, atc_name))
    return ccm(*cods, text=ko)


def dept(code, ko):
    return cc(DEPT, code, ko)


L = {
    "wbc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "L1001", "WBC", "10^3/uL", "10*3/uL", 4.0, 10.0),
    "hb_f": ("718-7", "Hemoglobin [Mass/volume] in Blood", "L1002", "Hemoglobin", "g/dL", "g/dL", 12.0, 16.0),
    "hb_m": ("718-7", "Hemoglobin [Mass/volume] in Blood", "L1002", "Hemoglobin", "g/dL", "g/dL", 13.0, 17.0),
    "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count", "L1003", "Platelet", "10^3/uL", "10*3/uL", 150, 400),
    "anc": ("751-8", "Neutrophils [#/volume] in Blood by Automated count", "L1004", "ANC", "10^3/uL", "10*3/uL", 1.8, 7.5),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "L2101", "CRP", "mg/dL", "mg/dL", None, 0.5),
    "esr": ("4537-7", "Erythrocyte sedimentation rate by Westergren method", "L1010", "ESR", "mm/h", "mm/h", None, 20),
    "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "L2003", "Albumin", "g/dL", "g/dL", 3.5, 5.2),
    "ast": ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "L2011", "AST", "IU/L", "U/L", None, 40),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "L2012", "ALT", "IU/L", "U/L", None, 40),
    "cre": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "L2020", "Creatinine", "mg/dL", "mg/dL", 0.5, 1.2),
    "egfr": ("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)", "L2021", "eGFR (CKD-EPI)", "mL/min/1.73m2", "mL/min/{1.73_m2}", 90, None),
    "a1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "L2040", "HbA1c", "%", "%", 4.0, 6.0),
    "fbs": ("1558-6", "Fasting glucose [Mass/volume] in Serum or Plasma", "L2041", "Glucose (fasting)", "mg/dL", "mg/dL", 70, 99),
    "ldl": ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "L2052", "LDL-cholesterol", "mg/dL", "mg/dL", None, 130),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "L3001", "TSH", "uIU/mL", "u[IU]/mL", 0.4, 4.5),
    "ft4": ("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "L3002", "Free T4", "ng/dL", "ng/dL", 0.8, 1.8),
    "trop": ("10839-9", "Troponin I.cardiac [Mass/volume] in Serum or Plasma", "L2201", "Troponin I", "ng/mL", "ng/mL", None, 0.04),
    "ddimer": ("48065-7", "Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma", "L1201", "D-dimer", "ug/mL FEU", "ug/mL{FEU}", None, 0.5),
    "bnp": ("30934-4", "Natriuretic peptide B [Mass/volume] in Serum or Plasma", "L2202", "BNP", "pg/mL", "pg/mL", None, 100),
    "ferritin": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "L2301", "Ferritin", "ng/mL", "ng/mL", 30, 400),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "L2031", "Potassium", "mmol/L", "mmol/L", 3.5, 5.1),
}


def kl(c, key, date, value, flag=None, **kw):
    loinc, disp, local, name, unit, ucum, low, high = L[key]
    return c.lab(loinc, disp, date, value, unit, low, high, ucum=ucum, local=(LAB, local, name), text=name,
                 flag=flag, **kw)


def local_lab(c, code, name, date, value, unit, ucum, low=None, high=None, flag=None, **kw):
    return c.lab(None, None, date, value, unit, low, high, ucum=ucum, local=(LAB, code, name), text=name,
                 flag=flag, **kw)


def symptom(c, date, sct, en, ko, enc=None, note=None):
    return c.obs(ccm((LOINC, "75325-1", "Symptom"), text="증상"), date, category="survey",
                 cc_value=ccm((SCT, sct, en), text=ko), encounter=enc, note=note)


# ---------------------------------------------------------------------------
def kr_chest_ed_returns(cid):
    c = Case(cid, "KR", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
             "After a family-medicine visit on 3 November 2026 for chest tightness and breathlessness she made two unscheduled emergency visits (8 and 14 November) with normal ECG, troponin, D-dimer and chest X-ray and was sent home each time: the return-visit e-trigger (>=2 unscheduled visits within 14 days of a primary-care visit) fires.",
             "52-year-old woman, chest tightness: clinic visit then two ED visits within 11 days, all results normal, discharged each time")
    c.setup("김", "미영", "female", "1974-06-21", "H20418837", {
        "fm": ("박", "지훈", None, "가정의학과 전문의"),
        "em": ("이", "서준", None, "응급의학과 전문의"),
    }, "NHIS-5102-88371", name_text="김미영")
    dl = c.condition(kcd("E78.0", "순수고콜레스테롤혈증", "pure hypercholesterolaemia"), "2021-03-01")
    e0 = c.encounter("2026-11-03", "AMB", type_text=dept("FM", "가정의학과"), pract="fm",
                     reason=[ccm((SCT, "23924001", "Tight chest"), text="가슴 답답함")])
    symptom(c, "2026-11-03", "23924001", "Tight chest", "가슴 답답함, 계단 오를 때 숨참", enc=e0)
    ecg0 = c.obs(ccm((LOINC, "34534-8", "12 lead EKG panel"), (KR_EDI_PROC, "E6541", "심전도검사(표준12유도)"), text="12유도 심전도"),
                 "2026-11-03", text_value="Normal sinus rhythm, 74 bpm, no ST-T change", flag="N", category="procedure",
                 encounter=e0)
    c.bp("2026-11-03", 126, 78, encounter=e0)
    c.med_request(drug("D4410", "아세클로페낙정 100mg", "M01AB16", "aceclofenac"), "2026-11-03", "1정 1일 2회 식후 5일",
                  requester="fm", reason=[cct("근골격계 흉통 의심")])
    e1 = c.encounter("2026-11-08", "EMER", type_text=dept("EM", "응급의학과"), pract="em", time="22:40:00",
                     end="2026-11-09", end_time="03:10:00", discharge=DISCH_HOME,
                     reason=[ccm((SCT, "23924001", "Tight chest"), text="흉부 압박감, 호흡곤란")])
    symptom(c, "2026-11-08", "267036007", "Dyspnea", "호흡곤란, 흉부 압박감", enc=e1)
    for k, v in [("trop", 0.01), ("ddimer", 0.28), ("hb_f", 13.2), ("wbc", 6.4), ("crp", 0.1), ("k", 4.1), ("cre", 0.7)]:
        kl(c, k, "2026-11-08", v, encounter=e1, time="23:10:00")
    c.report(ccm((IMG, "RC001", "Chest PA"), text="흉부 X선 (Chest PA)"), "2026-11-08",
             conclusion="No active lung lesion. Normal cardiac silhouette.", category=RAD, encounter=e1)
    c.condition(kcd("R07.4", "상세불명의 흉통", "chest pain, unspecified"), "2026-11-08", category="encounter-diagnosis",
                encounter=e1, asserter="em")
    e2 = c.encounter("2026-11-14", "EMER", type_text=dept("EM", "응급의학과"), pract="em", time="19:05:00",
                     end="2026-11-14", end_time="23:45:00", discharge=DISCH_HOME,
                     reason=[ccm((SCT, "267036007", "Dyspnea"), text="호흡곤란, 두근거림")])
    symptom(c, "2026-11-14", "80313002", "Palpitations", "두근거림, 숨참 지속", enc=e2)
    for k, v in [("trop", 0.01), ("bnp", 38), ("tsh", 1.9), ("hb_f", 13.0)]:
        kl(c, k, "2026-11-14", v, encounter=e2, time="19:40:00")
    c.obs(ccm((LOINC, "34534-8", "12 lead EKG panel"), (KR_EDI_PROC, "E6541", "심전도검사(표준12유도)"), text="12유도 심전도"),
          "2026-11-14", text_value="Normal sinus rhythm, 88 bpm", flag="N", category="procedure", encounter=e2)
    c.vital("spo2", "2026-11-14", 98, encounter=e2)
    c.note("2026-11-14", "응급실 퇴실 기록 (ED discharge note)",
           "[CC] 호흡곤란, 두근거림 — 6일 전에도 같은 증상으로 내원.\n"
           "[Work-up] ECG NSR, troponin I 음성 x2, BNP 38, TSH 정상, CXR 정상.\n"
           "[Impression] 비특이적 흉부 불편감. 특이 소견 없음.\n[Plan] 귀가, 가정의학과 외래 추적.\n\n"
           "English: second ED visit within a week for dyspnoea/chest tightness; work-up negative again; discharged home.",
           author="em", encounter=e2)
    e3 = c.encounter("2026-11-24", "AMB", type_text=dept("FM", "가정의학과"), pract="fm")
    symptom(c, "2026-11-24", "23924001", "Tight chest", "가슴 답답함 지속, 야간에 깸", enc=e3)
    c.note("2026-11-24", "가정의학과 외래 경과기록",
           "11/3 외래 이후 응급실 2회 방문(11/8, 11/14). 검사는 모두 정상이라고 들었으나 증상은 계속됨. 환자 불안 호소. "
           "근골격계 통증으로 보기엔 양상이 맞지 않음. 원인 미상.", author="fm", encounter=e3)
    return c


def kr_ibs_inflamed(cid):
    c = Case(cid, "KR", "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
             "Irritable bowel syndrome (K58.0) has been the working diagnosis for a year while diarrhoea continues and nocturnal stools, 6 kg weight loss, raised CRP/ESR and faecal calprotectin 480 have appeared, findings the label cannot account for.",
             "41-year-old man labelled IBS for 12 months; nocturnal diarrhoea, weight loss, CRP and calprotectin raised")
    c.setup("최", "동현", "male", "1985-02-14", "H20377120", {
        "gi": ("정", "수민", None, "소화기내과 전문의"),
    }, "NHIS-3310-21045", name_text="최동현")
    ibs = c.condition(kcd("K58.0", "설사를 동반한 과민대장증후군", "irritable bowel syndrome with diarrhoea"), "2025-11-20",
                      asserter="gi", recorded="2025-11-20")
    visits = ["2025-11-20", "2026-02-10", "2026-05-12", "2026-08-18", "2026-11-10"]
    sx = ["복통, 하루 4-5회 묽은 변", "설사 지속, 스트레스 시 악화", "설사 지속", "야간 설사 시작 (밤 2회 깸)",
          "야간 설사, 체중 6kg 감소, 가끔 점액변"]
    encs = []
    for d, s in zip(visits, sx):
        e = c.encounter(d, "AMB", type_text=dept("GI", "소화기내과"), pract="gi",
                        reason=[ccm((SCT, "62315008", "Diarrhea"), text="설사")])
        encs.append(e)
        symptom(c, d, "62315008", "Diarrhea", s, enc=e)
    kl(c, "crp", "2025-11-20", 0.3, encounter=encs[0])
    kl(c, "hb_m", "2025-11-20", 14.8, encounter=encs[0])
    c.vital("wt", "2025-11-20", 72.4, encounter=encs[0])
    c.vital("wt", "2026-11-10", 66.3, encounter=encs[4])
    for k, v in [("crp", 2.1), ("esr", 38), ("alb", 3.3), ("hb_m", 13.4), ("ferritin", 96), ("wbc", 9.8), ("plt", 428)]:
        kl(c, k, "2026-11-10", v, encounter=encs[4])
    local_lab(c, "L5120", "Calprotectin (stool)", "2026-11-10", 480, "ug/g", "ug/g", None, 50, encounter=encs[4])
    c.med_request(drug("D2201", "라모세트론 5mcg", "A03AE02", "ramosetron"), "2025-11-20", "1일 1회 아침", reason_ref=[ibs],
                  requester="gi")
    c.med_request(drug("D2207", "트리메부틴정 200mg", "A03AA05", "trimebutine"), "2025-11-20", "1정 1일 3회", reason_ref=[ibs],
                  requester="gi")
    c.med_request(drug("D2215", "로페라미드 2mg", "A07DA03", "loperamide"), "2026-08-18", "설사 시 1캡슐, 1일 최대 4회",
                  reason_ref=[ibs], requester="gi")
    c.note("2026-11-10", "소화기내과 외래 경과기록",
           "[S] 과민대장증후군(2025.11 진단)으로 추적 중. 설사 지속, 8월부터 야간 설사, 체중 72 → 66kg.\n"
           "[O] CRP 2.1, ESR 38, albumin 3.3, fecal calprotectin 480.\n"
           "[A] IBS-D — 진단 유지 중이나 현재의 야간 증상, 체중감소, 염증지표 상승은 IBS로 설명되지 않음.\n"
           "[P] 약물 유지, 다음 방문 시 재평가.\n\n"
           "English: IBS label kept for 12 months while alarm features and raised inflammatory markers appeared.",
           author="gi", encounter=encs[4])
    return c


def kr_viral_short(cid):
    c = Case(cid, "KR", "DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", [],
             "An unspecified viral infection (B34.9) was recorded on 25 October 2026 and the fever and myalgia settled within two weeks; the label lasted well under 90 days and nothing remains unexplained.",
             "28-year-old woman, 'viral infection, unspecified' for a febrile illness that resolved in 11 days")
    c.setup("윤", "하은", "female", "1998-09-03", "H20455301", {
        "im": ("한", "예린", None, "내과 전문의"),
    }, "NHIS-8820-11736", name_text="윤하은")
    c.condition(kcd("J30.2", "기타 계절성 알레르기비염", "other seasonal allergic rhinitis"), "2015-04-01")
    e0 = c.encounter("2026-10-25", "AMB", type_text=dept("IM", "내과"), pract="im",
                     reason=[ccm((SCT, "386661006", "Fever"), text="발열, 근육통, 인후통")])
    vir = c.condition(kcd("B34.9", "상세불명의 바이러스감염", "viral infection, unspecified"), "2026-10-25",
                      clinical="resolved", abatement="2026-11-05", category="encounter-diagnosis", encounter=e0,
                      asserter="im")
    c.vital("temp", "2026-10-25", 38.6, encounter=e0)
    c.vital("hr", "2026-10-25", 102, encounter=e0)
    local_lab(c, "L6101", "Influenza A/B Ag (rapid)", "2026-10-25", None, None, None, flag="NEG",
              cc_value=ccm((SCT, "260385009", "Negative"), text="음성"), encounter=e0)
    c.obs(ccm((LOINC, "94558-4", "SARS-CoV-2 (COVID-19) Ag [Presence] in Respiratory specimen by Rapid immunoassay"),
              text="SARS-CoV-2 Ag (rapid)"), "2026-10-25", cc_value=ccm((SCT, "260385009", "Negative"), text="음성"),
          flag="NEG", encounter=e0)
    for k, v in [("wbc", 5.1), ("crp", 0.9), ("ast", 31), ("alt", 28), ("plt", 198)]:
        kl(c, k, "2026-10-25", v, encounter=e0)
    c.med_request(drug("D0110", "아세트아미노펜 500mg", "N02BE01", "paracetamol"), "2026-10-25", "1정 필요 시, 1일 최대 4회",
                  requester="im", reason_ref=[vir], status="completed")
    e1 = c.encounter("2026-10-29", "AMB", type_text=dept("IM", "내과"), pract="im")
    c.vital("temp", "2026-10-29", 37.4, encounter=e1)
    e2 = c.encounter("2026-11-05", "AMB", type_text=dept("IM", "내과"), pract="im")
    c.vital("temp", "2026-11-05", 36.6, encounter=e2)
    kl(c, "crp", "2026-11-05", 0.1, encounter=e2)
    c.note("2026-11-05", "내과 외래 경과기록",
           "발열 및 근육통 호전, 11/1 이후 무열. 인후통 소실. 식사 정상. 바이러스 감염 후 회복으로 판단, 종결. "
           "증상 재발 시 재방문.\n\nEnglish: febrile viral illness resolved after 11 days; discharged from follow-up.",
           author="im", encounter=e2)
    return c


def kr_spinal_fusion(cid):
    c = Case(cid, "KR", "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
             "Posterior lumbar interbody fusion at L4-5 is planned (ServiceRequest on-hold pending cardiology clearance for anticoagulation) for degenerative spondylolisthesis with stenosis; not yet performed.",
             "64-year-old woman with L4-5 spondylolisthesis and stenosis, lumbar fusion planned pending cardiac clearance")
    c.setup("강", "순자", "female", "1962-04-28", "H20098812", {
        "ns": ("오", "정훈", None, "신경외과 전문의"),
        "cardio": ("서", "민재", None, "순환기내과 전문의"),
    }, "NHIS-1170-33910", name_text="강순자")
    spl = c.condition(kcd("M43.16", "척추전방전위증, 요추부", "spondylolisthesis, lumbar region"), "2025-12-02", asserter="ns")
    sten = c.condition(kcd("M48.06", "척추협착, 요추부", "spinal stenosis, lumbar region"), "2025-12-02", asserter="ns")
    af = c.condition(kcd("I48.9", "상세불명의 심방세동", "atrial fibrillation"), "2022-06-10", asserter="cardio")
    htn = c.condition(kcd("I10", "본태성(원발성) 고혈압", "essential hypertension"), "2015-01-01")
    c.report(ccm((IMG, "MR-LS", "L-spine MRI"), text="요추 MRI"), "2025-12-02",
             conclusion="L4-5 grade I degenerative spondylolisthesis with severe central and bilateral foraminal stenosis.",
             category=RAD, performer="ns")
    for d in ["2026-02-17", "2026-05-19"]:
        c.procedure(edi("LA321", "경막외 신경차단술(요추)"), performed=c.ts(d, "14:00:00"), performer="ns",
                    reason_ref=[sten], note="일시적 호전 (2-3주)")
    e0 = c.encounter("2026-03-10", "AMB", type_text=dept("NS", "신경외과"), pract="ns")
    c.obs(ccm((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="통증 NRS (요통·하지방사통)"),
          "2026-03-10", int_value=7, category="survey", encounter=e0)
    e1 = c.encounter("2026-11-03", "AMB", type_text=dept("NS", "신경외과"), pract="ns")
    c.obs(ccm((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="통증 NRS (요통·하지방사통)"),
          "2026-11-03", int_value=8, category="survey", encounter=e1, note="보행 100m 후 파행")
    c.obs(ccm(("https://emr.hanbit-gh.example.kr/CodeSystem/scale", "ODI", "Oswestry Disability Index"), text="ODI (%)"),
          "2026-11-03", value=52, unit="%", category="survey", encounter=e1)
    sr = c.service_request(edi("N0469", "척추고정술-후방(요추, 1분절) / PLIF L4-5"), "2026-11-03", status="on-hold",
                           intent="plan", occurrence=c.ts("2027-01-12", "08:00:00"), requester="ns", performer=[c.pract["ns"]],
                           reason_ref=[spl, sten],
                           note="순환기내과 수술 전 평가 및 항응고제 중단 계획 확인 후 수술일 확정 (잠정 2027-01-12).")
    c.service_request(ccm((SCT, "183519002", "Referral to cardiology service"), text="순환기내과 협진 (수술 전 평가)"),
                      "2026-11-03", status="active", requester="ns", performer=[c.pract["cardio"]], reason_ref=[af],
                      based_on=[sr])
    c.med_request(drug("D7711", "아픽사반 5mg", "B01AF02", "apixaban"), "2022-06-10", "1정 1일 2회", reason_ref=[af],
                  requester="cardio")
    c.med_request(drug("D3102", "프레가발린 75mg", "N03AX16", "pregabalin"), "2026-01-05", "1캡슐 1일 2회", reason_ref=[sten],
                  requester="ns")
    c.med_request(drug("D3050", "셀레콕시브 200mg", "M01AH01", "celecoxib"), "2026-01-05", "1캡슐 1일 1회", reason_ref=[sten],
                  requester="ns")
    c.med_request(drug("D6120", "암로디핀/발사르탄 5/80mg", "C09DB01", "valsartan and amlodipine"), "2015-01-01", "1정 1일 1회",
                  reason_ref=[htn], requester="cardio")
    kl(c, "hb_f", "2026-11-03", 12.8, encounter=e1)
    kl(c, "cre", "2026-11-03", 0.8, encounter=e1)
    c.bp("2026-11-03", 132, 80, encounter=e1)
    c.note("2026-11-03", "신경외과 외래 기록 (Neurosurgery OPD)",
           "보존적 치료 11개월(약물, 경막외 차단술 2회)에도 신경인성 파행 지속, NRS 8, ODI 52%. "
           "L4-5 PLIF 권유, 환자 동의. 심방세동으로 아픽사반 복용 중 → 순환기내과 수술 전 평가 후 일정 확정.\n\n"
           "English: failed 11 months of conservative care; L4-5 posterior lumbar interbody fusion planned, on hold for cardiology clearance.",
           author="ns", encounter=e1)
    return c


def kr_lung_hospice_so(cid):
    c = Case(cid, "KR", "UNTREATABLE_PROGNOSIS", "near-miss", [],
             "Recurrent lung adenocarcinoma with bone and brain metastases, PS 3, referred to hospice; a second opinion from another university hospital on 15 September 2026 reviewed the same problem and agreed, so the flag is suppressed.",
             "74-year-old man, recurrent metastatic lung cancer referred to hospice after an external second opinion agreed")
    c.setup("이", "상철", "male", "1952-11-09", "H20011457", {
        "onc": ("문", "경호", None, "혈액종양내과 전문의"),
        "hos": ("배", "은정", None, "호스피스·완화의료 전문의"),
    }, "NHIS-0021-55842", name_text="이상철")
    ext = c.add("Organization", {"active": True, "name": "서울미래대학교병원", "alias": ["Seoul Mirae University Hospital"],
                                 "type": [cc("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider")]},
                key="org-ext")
    c.condition(kcd("J44.9", "상세불명의 만성 폐쇄성 폐질환", "COPD"), "2019-01-01")
    ca = c.condition(kcd("C34.1", "상엽, 기관지 또는 폐의 악성 신생물", "malignant neoplasm of upper lobe, lung"), "2023-03-14",
                     asserter="onc", stage=[{"summary": cct("재발 (2026.07), 다발성 골전이 및 뇌전이, EGFR/ALK/ROS1 음성, PD-L1 <1%")}])
    c.condition(kcd("C79.5", "뼈 및 골수의 이차성 악성 신생물", "secondary malignant neoplasm of bone"), "2026-07-20", asserter="onc")
    c.condition(kcd("C79.3", "뇌 및 뇌막의 이차성 악성 신생물", "secondary malignant neoplasm of brain"), "2026-07-20", asserter="onc")
    c.procedure(ccm((SCT, "173171007", "Lobectomy of lung"), (KR_EDI_PROC, "O1421", "폐엽절제술"), text="우상엽 절제술 (VATS)"),
                performed="2023-04-03", performer="onc", reason_ref=[ca])
    c.report(ccm((IMG, "PET", "PET-CT"), text="PET-CT"), "2026-07-20",
             conclusion="Multiple hypermetabolic bone lesions (spine, pelvis, ribs) and two brain nodules on MRI correlation: recurrent metastatic disease.",
             category=RAD)
    e0 = c.encounter("2026-08-11", "AMB", type_text=dept("ONC", "혈액종양내과"), pract="onc")
    c.obs(ccm((LOINC, "89247-1", "ECOG Performance Status score"), text="ECOG PS"), "2026-08-11", int_value=3, category="survey",
          encounter=e0)
    for k, v in [("alb", 2.8), ("hb_m", 10.6), ("crp", 3.4)]:
        kl(c, k, "2026-08-11", v, encounter=e0)
    so = c.encounter("2026-09-15", "AMB", type_text=ccm((SCT, "11429006", "Consultation"), text="2차 소견 진료 (second opinion consultation)"),
                     reason=[cct("재발성 폐선암 치료 방침에 대한 2차 소견")])
    c.resources[-1]["serviceProvider"] = {"reference": ext}
    c.note("2026-09-15", "외부 병원 2차 소견서 (Second opinion letter, 서울미래대학교병원 종양내과)",
           "재발성 폐선암, 다발성 골·뇌전이, driver mutation 음성, PD-L1 <1%, ECOG 3, 저알부민혈증. "
           "현 전신상태에서 항암치료 및 면역치료의 이득보다 위험이 크다고 판단. 귀원의 호스피스 완화의료 방침에 동의함.\n\n"
           "Second opinion: agrees that no anticancer treatment is appropriate; supports hospice care.",
           encounter=so, type_cc=ccm((LOINC, "11488-4", "Consult note"), text="2차 소견서"))
    e1 = c.encounter("2026-10-05", "AMB", type_text=dept("ONC", "혈액종양내과"), pract="onc")
    c.service_request(ccm((SCT, "306205009", "Referral to hospice"), text="호스피스 전문기관 의뢰"), "2026-10-05",
                      status="active", requester="onc", performer=[c.pract["hos"]], reason_ref=[ca], encounter=e1)
    c.careplan("호스피스·완화의료 계획", "2026-10-05", category=[ccm((SCT, "385763009", "Hospice care"), text="호스피스")],
               description="항암치료 없이 통증 및 증상 조절. 가정형 호스피스 연계. 연명의료계획서 작성 완료.",
               addresses=[ca], author="hos", period_start="2026-10-05",
               activities=[{"description": "통증 조절 (펜타닐 패치, 속효성 모르핀)", "status": "in-progress"},
                           {"description": "가정형 호스피스 방문", "status": "scheduled"}])
    c.med_request(drug("D9102", "펜타닐 패치 25mcg/h", "N02AB03", "fentanyl"), "2026-10-05", "72시간마다 교체",
                  requester="hos", reason_ref=[ca])
    c.med_request(drug("D9110", "모르핀 속효정 10mg", "N02AA01", "morphine"), "2026-10-05", "돌발통 시 1정", requester="hos",
                  reason_ref=[ca])
    c.med_request(drug("D9150", "덱사메타손 4mg", "H02AB02", "dexamethasone"), "2026-07-25", "1정 1일 1회", requester="onc",
                  reason_ref=[ca])
    c.note("2026-10-05", "혈액종양내과 외래 기록",
           "외부 2차 소견(9/15)도 동일 의견. 환자 및 가족과 상의 후 호스피스 완화의료로 전환. 항암치료는 시행하지 않음. "
           "환자와 가족은 결정에 동의함.\n\nEnglish: after an external second opinion agreed, transition to hospice care.",
           author="onc", encounter=e1)
    return c


def kr_breast_chemo(cid):
    c = Case(cid, "KR", "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT", "MAJOR_PROCEDURE_PLANNED"],
             "Neoadjuvant AC chemotherapy for triple-negative breast cancer started 15 October 2026 (three cycles given, weekly paclitaxel to follow) and a total mastectomy with axillary dissection is planned after chemotherapy; both are high-impact treatments and the mastectomy is also a planned major operation.",
             "46-year-old woman with triple-negative breast cancer on neoadjuvant chemotherapy, mastectomy planned for 2027")
    c.setup("조", "은희", "female", "1980-03-30", "H20390046", {
        "onc": ("문", "경호", None, "혈액종양내과 전문의"),
        "bs": ("신", "유진", None, "유방외과 전문의"),
    }, "NHIS-6631-20087", name_text="조은희")
    ca = c.condition(kcd("C50.4", "유방의 상외사분역의 악성 신생물", "malignant neoplasm of upper-outer quadrant of breast"),
                     "2026-09-22", asserter="bs",
                     stage=[{"summary": cct("Lt. breast IDC, cT2N1M0 (stage IIB), ER-/PR-/HER2 1+ (triple negative), Ki-67 70%")}])
    c.report(ccm((IMG, "MMG-US", "Mammography + breast US"), text="유방촬영술 및 유방초음파"), "2026-09-10",
             conclusion="Lt. UOQ 3.4 cm irregular spiculated mass with suspicious axillary node. BI-RADS 5.", category=RAD)
    c.procedure(cct("유방 중심부 바늘생검 (초음파 유도 core needle biopsy)"),
                performed=c.ts("2026-09-15", "11:00:00"), performer="bs", note="IDC, grade 3")
    c.procedure(ccm((KR_EDI_PROC, "O0221", "피하 매립형 정맥포트 삽입술"), text="케모포트 삽입"), performed=c.ts("2026-10-13", "15:00:00"),
                performer="bs", reason_ref=[ca])
    mr_dox = c.med_request(drug("D8301", "독소루비신 주", "L01DB01", "doxorubicin"), "2026-10-13",
                           "60 mg/m2 IV day 1, q3w x4 cycles (AC)", requester="onc", reason_ref=[ca],
                           course=cc("http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy", "acute", "Short course (acute) therapy"))
    mr_cyc = c.med_request(drug("D8302", "사이클로포스파미드 주", "L01AA01", "cyclophosphamide"), "2026-10-13",
                           "600 mg/m2 IV day 1, q3w x4 cycles (AC)", requester="onc", reason_ref=[ca])
    c.med_request(drug("D8310", "파클리탁셀 주", "L01CD01", "paclitaxel"), "2026-10-13",
                  "80 mg/m2 IV weekly x12 (AC 4회 종료 후 시작 예정)", requester="onc", reason_ref=[ca], status="active",
                  intent="plan", start="2027-01-07")
    for d in ["2026-10-15", "2026-11-05", "2026-11-26"]:
        c.med_admin(drug("D8301", "독소루비신 주", "L01DB01", "doxorubicin"), d, "96 mg IV", request=mr_dox, performer="onc")
        c.med_admin(drug("D8302", "사이클로포스파미드 주", "L01AA01", "cyclophosphamide"), d, "960 mg IV", request=mr_cyc,
                    performer="onc", time="11:00:00")
    for d, anc in [("2026-11-05", 2.1), ("2026-11-26", 1.9)]:
        kl(c, "anc", d, anc)
    kl(c, "hb_f", "2026-11-26", 10.8)
    kl(c, "plt", "2026-11-26", 182)
    c.obs(ccm((LOINC, "10230-1", "Left ventricular Ejection fraction"), text="LVEF (echocardiography)"), "2026-10-08",
          value=64, unit="%", category="imaging", flag="N")
    c.service_request(ccm((SCT, "172043006", "Simple mastectomy"), (KR_EDI_PROC, "N7133", "유방절제술-전절제"),
                          text="좌측 유방 전절제술 + 액와림프절 곽청술 (선행항암 종료 후)"), "2026-11-26", status="draft",
                      intent="plan", occurrence_period={"start": "2027-03-15", "end": "2027-04-15"}, requester="bs",
                      performer=[c.pract["bs"]], reason_ref=[ca])
    c.note("2026-11-26", "혈액종양내과 외래 기록",
           "선행항암 AC 3차 투여. 탈모, 오심(grade 2), 피로 심함, 직장 휴직 중. 호중구 감소 경미. "
           "AC 4차 후 weekly paclitaxel 12회, 이후 유방외과에서 좌측 유방 전절제술 및 액와림프절 곽청술 예정.\n\n"
           "English: neoadjuvant AC cycle 3 given; paclitaxel to follow; mastectomy with axillary dissection planned spring 2027.",
           author="onc")
    return c


def kr_thyroid_message(cid):
    c = Case(cid, "KR", "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
             "Through the patient portal on 22 November 2026 the patient wrote that she wants a second opinion at another university hospital about the active-surveillance recommendation for her thyroid microcarcinoma and asked for a referral letter and slides.",
             "39-year-old woman with papillary thyroid microcarcinoma on active surveillance; portal message asks for a second opinion")
    c.setup("임", "수진", "female", "1987-10-12", "H20468890", {
        "endo": ("권", "혜원", None, "내분비외과 전문의"),
    }, "NHIS-7745-90012", name_text="임수진")
    ptmc = c.condition(kcd("C73", "갑상선의 악성 신생물", "malignant neoplasm of thyroid gland"), "2026-10-06",
                       asserter="endo", stage=[{"summary": cct("Papillary microcarcinoma 7 mm, Rt. lobe, no extrathyroidal extension, cN0 (저위험)")}])
    c.report(ccm((IMG, "US-THY", "Thyroid US"), text="갑상선 초음파"), "2026-09-22",
             conclusion="Rt. mid-pole 7 x 6 mm hypoechoic nodule with microcalcification, K-TIRADS 5. No suspicious lymph node.",
             category=RAD)
    c.report(ccm((LOINC, "33717-0", "Cytology report of Thyroid Cytology"), text="갑상선 세침흡인 세포검사"), "2026-10-06",
             conclusion="Bethesda VI: papillary thyroid carcinoma.",
             category=cc("http://terminology.hl7.org/CodeSystem/v2-0074", "CP", "Cytopathology"))
    e0 = c.encounter("2026-10-20", "AMB", type_text=dept("ES", "내분비외과"), pract="endo")
    for k, v in [("tsh", 2.1), ("ft4", 1.2)]:
        kl(c, k, "2026-10-20", v, encounter=e0)
    c.careplan("갑상선 미세유두암 적극적 감시", "2026-10-20", description="6개월 간격 초음파 추적, 크기 3mm 이상 증가 또는 림프절 전이 시 수술 재논의.",
               addresses=[ptmc], author="endo", period_start="2026-10-20",
               activities=[{"description": "갑상선 초음파 (2027-04)", "status": "scheduled"}])
    c.note("2026-10-20", "내분비외과 외래 기록",
           "7mm 저위험 미세유두암. 수술과 적극적 감시의 장단점 설명, 적극적 감시를 권유. 환자는 불안해하며 결정을 보류.",
           author="endo", encounter=e0)
    c.communication("2026-11-22",
                    "권혜원 선생님께. 적극적 감시를 권유받았는데, 암을 그대로 두는 것이 너무 불안해서 잠을 못 자고 있습니다. "
                    "다른 대학병원에서 2차 소견(세컨드 오피니언)을 받아보고 싶습니다. 진료의뢰서와 초음파 영상 CD, 세포검사 슬라이드를 준비해 주실 수 있을까요? "
                    "— 임수진 드림",
                    recipient=["endo"], category=[cc(MSG, "portal", "환자 포털 메시지")],
                    medium=[cc("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "WRITTEN", "written")],
                    about=[ptmc])
    c.communication("2026-11-23", "메시지 확인했습니다. 다음 외래(12/8)에 의뢰서와 자료를 준비해 두겠습니다.",
                    from_patient=False, recipient=["endo"], category=[cc(MSG, "portal", "환자 포털 메시지")],
                    time="10:05:00")
    c.appointment("2026-12-08", "내분비외과 외래 (의뢰서 발급)", pract="endo")
    c.bp("2026-10-20", 112, 70, encounter=e0)
    c.vital("wt", "2026-10-20", 55.2, encounter=e0)
    c.vital("ht", "2026-10-20", 162.0, encounter=e0)
    return c


def kr_hbv_second_done(cid):
    c = Case(cid, "KR", "PATIENT_REPORTED_CONCERN", "near-miss", [],
             "The patient's March 2026 request for a second opinion on whether to start antiviral therapy for hepatitis B was acted on: the external hepatologist saw him on 28 April 2026 (within 12 months) and agreed with monitoring, so the concern is already answered.",
             "55-year-old man with chronic hepatitis B; requested a second opinion in March 2026, obtained it in April")
    c.setup("장", "민석", "male", "1971-08-16", "H20210775", {
        "hep": ("정", "수민", None, "소화기내과 전문의"),
    }, "NHIS-4412-66301", name_text="장민석")
    ext = c.add("Organization", {"active": True, "name": "서울미래대학교병원", "alias": ["Seoul Mirae University Hospital"],
                                 "type": [cc("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider")]},
                key="org-ext")
    hbv = c.condition(kcd("B18.1", "델타-인자가 없는 만성 B형 바이러스간염", "chronic viral hepatitis B without delta-agent"),
                      "2009-05-01", asserter="hep")
    c.condition(kcd("E78.5", "상세불명의 고지질혈증", "hyperlipidaemia"), "2020-02-01")
    e0 = c.encounter("2026-03-10", "AMB", type_text=dept("GI", "소화기내과"), pract="hep")
    for k, v in [("alt", 32), ("ast", 28), ("plt", 214), ("alb", 4.5)]:
        kl(c, k, "2026-03-10", v, encounter=e0)
    local_lab(c, "L7201", "HBV DNA (real-time PCR)", "2026-03-10", 1800, "IU/mL", "[IU]/mL", None, 20, encounter=e0)
    local_lab(c, "L7202", "HBeAg", "2026-03-10", None, None, None, flag="NEG", cc_value=ccm((SCT, "260385009", "Negative"), text="음성"),
              encounter=e0)
    c.obs(ccm(("https://emr.hanbit-gh.example.kr/CodeSystem/scale", "LSM", "Liver stiffness (transient elastography)"),
              text="간섬유화 스캔 (Fibroscan)"), "2026-03-10", value=6.1, unit="kPa", ucum="kPa", category="imaging",
          encounter=e0)
    c.note("2026-03-10", "소화기내과 외래 기록",
           "HBeAg 음성 만성 B형간염, HBV DNA 1,800 IU/mL, ALT 정상, 간섬유화 6.1 kPa. 현재 항바이러스제 치료 기준에 해당하지 않아 "
           "6개월 간격 추적 권유. 환자는 치료 시작을 원함.", author="hep", encounter=e0)
    c.communication("2026-03-20",
                    "선생님, 아버지가 간암으로 돌아가셔서 약을 시작하지 않는 것이 걱정됩니다. 다른 병원 간 전문의에게 2차 소견을 받아보고 싶습니다. "
                    "의뢰서 부탁드립니다.", recipient=["hep"], category=[cc(MSG, "portal", "환자 포털 메시지")], about=[hbv])
    c.service_request(ccm((SCT, "11429006", "Consultation"), text="타 병원 2차 소견 의뢰 (간 전문의)"), "2026-03-24",
                      status="completed", requester="hep", reason_ref=[hbv], performer=[ext],
                      note="진료의뢰서 및 검사결과 사본 발급")
    so = c.encounter("2026-04-28", "AMB", type_text=ccm((SCT, "11429006", "Consultation"), text="2차 소견 진료 (second opinion consultation)"),
                     reason=[cct("만성 B형간염 항바이러스 치료 시작 여부")])
    c.resources[-1]["serviceProvider"] = {"reference": ext}
    c.note("2026-04-28", "외부 병원 2차 소견서 (서울미래대학교병원 소화기내과)",
           "HBeAg 음성, HBV DNA 2,000 IU/mL 미만, ALT 정상, 섬유화 경미. 현재 항바이러스제 적응증 아님, 귀원 추적 방침에 동의. "
           "간암 가족력 고려하여 6개월마다 초음파 및 AFP 감시 권고.\n\nSecond opinion: agrees with monitoring; six-monthly surveillance.",
           encounter=so, type_cc=ccm((LOINC, "11488-4", "Consult note"), text="2차 소견서"))
    e1 = c.encounter("2026-09-15", "AMB", type_text=dept("GI", "소화기내과"), pract="hep")
    kl(c, "alt", "2026-09-15", 29, encounter=e1)
    local_lab(c, "L7201", "HBV DNA (real-time PCR)", "2026-09-15", 1200, "IU/mL", "[IU]/mL", None, 20, encounter=e1)
    c.report(ccm((IMG, "US-ABD", "Abdomen US"), text="복부 초음파"), "2026-09-15",
             conclusion="Mild coarse liver echotexture. No focal lesion.", category=RAD, encounter=e1)
    c.med_request(drug("D6501", "로수바스타틴 10mg", "C10AA07", "rosuvastatin"), "2020-02-01", "1정 1일 1회", requester="hep")
    c.note("2026-09-15", "소화기내과 외래 기록",
           "2차 소견 결과 공유, 환자는 추적관찰 방침에 납득함. 새로운 요청 없음. 6개월 후 재평가.", author="hep", encounter=e1)
    return c


def kr_hba1c_rising(cid):
    c = Case(cid, "KR", "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
             "HbA1c rose 7.3 -> 7.9 -> 8.6 -> 9.4% between January and October 2026 (2.1 points, MCID 0.5) while metformin and sitagliptin were taken throughout with confirmed adherence and glimepiride was added in May.",
             "58-year-old man with type 2 diabetes, HbA1c 7.3 -> 9.4% over 9 months on continuous oral therapy")
    c.setup("황", "재웅", "male", "1968-01-25", "H20155092", {
        "endo": ("노", "성우", None, "내분비내과 전문의"),
    }, "NHIS-2290-41877", name_text="황재웅")
    dm = c.condition(kcd("E11.9", "합병증을 동반하지 않은 2형 당뇨병", "type 2 diabetes mellitus without complications"),
                     "2019-03-11", asserter="endo")
    htn = c.condition(kcd("I10", "본태성(원발성) 고혈압", "essential hypertension"), "2017-06-01")
    dl = c.condition(kcd("E78.5", "상세불명의 고지질혈증", "hyperlipidaemia"), "2019-03-11")
    c.med_request(drug("D1101", "메트포르민 서방정 1000mg", "A10BA02", "metformin"), "2019-03-11", "1정 1일 2회", reason_ref=[dm],
                  requester="endo", start="2019-03-11")
    c.med_request(drug("D1120", "시타글립틴 100mg", "A10BH01", "sitagliptin"), "2024-02-05", "1정 1일 1회", reason_ref=[dm],
                  requester="endo", start="2024-02-05")
    c.med_request(drug("D1130", "글리메피리드 2mg", "A10BB12", "glimepiride"), "2026-05-11", "1정 1일 1회 아침", reason_ref=[dm],
                  requester="endo", start="2026-05-11")
    c.med_request(drug("D6101", "텔미사르탄 40mg", "C09CA07", "telmisartan"), "2017-06-01", "1정 1일 1회", reason_ref=[htn],
                  requester="endo")
    c.med_request(drug("D6501", "아토르바스타틴 20mg", "C10AA05", "atorvastatin"), "2019-03-11", "1정 1일 1회", reason_ref=[dl],
                  requester="endo")
    c.med_statement(drug("D1101", "메트포르민 서방정 1000mg", "A10BA02", "metformin"), "2019-03-11", asserted="2026-10-12",
                    note="약 봉투 확인, 복용 누락 거의 없음 (환자 진술 및 처방 일수 일치)", reason=[cct("2형 당뇨병")])
    series = [("2026-01-12", 7.3, 142), ("2026-04-13", 7.9, 158), ("2026-07-13", 8.6, 171), ("2026-10-12", 9.4, 196)]
    for d, a1c, fbs in series:
        e = c.encounter(d, "AMB", type_text=dept("EN", "내분비내과"), pract="endo")
        kl(c, "a1c", d, a1c, encounter=e)
        kl(c, "fbs", d, fbs, encounter=e)
        c.vital("wt", d, 78.0 if d < "2026-07" else 77.2, encounter=e)
        last = e
    kl(c, "cre", "2026-10-12", 0.9, encounter=last)
    kl(c, "egfr", "2026-10-12", 92, encounter=last)
    kl(c, "ldl", "2026-10-12", 84, encounter=last)
    c.bp("2026-10-12", 128, 78, encounter=last)
    c.note("2026-10-12", "내분비내과 외래 기록",
           "메트포르민·시타글립틴 꾸준히 복용, 5월 글리메피리드 추가했으나 HbA1c 7.3 → 7.9 → 8.6 → 9.4% 로 지속 악화. "
           "식이 변화 없음, 순응도 양호. 인슐린 또는 GLP-1 작용제 추가 논의 예정.\n\n"
           "English: HbA1c worsening for 9 months despite adherent triple oral therapy.",
           author="endo", encounter=last)
    return c


def kr_four_chronic(cid):
    c = Case(cid, "KR", "RARE_OR_COMPLEX_CONDITION", "near-miss", [],
             "Many diagnoses are on record, but only four are active chronic conditions (hypertension, type 2 diabetes, dyslipidaemia, obesity) within internal medicine; pneumonia, cholecystitis, ankle fracture and urinary infection are resolved, so the complexity threshold is not met.",
             "67-year-old woman with four common chronic conditions and several resolved acute problems")
    c.setup("송", "정숙", "female", "1959-05-04", "H20066718", {
        "im": ("한", "예린", None, "내과 전문의"),
    }, "NHIS-1062-77203", name_text="송정숙")
    htn = c.condition(kcd("I10", "본태성(원발성) 고혈압", "essential hypertension"), "2010-03-01", asserter="im")
    dm = c.condition(kcd("E11.9", "합병증을 동반하지 않은 2형 당뇨병", "type 2 diabetes mellitus"), "2016-07-01", asserter="im")
    dl = c.condition(kcd("E78.5", "상세불명의 고지질혈증", "hyperlipidaemia"), "2016-07-01", asserter="im")
    ob = c.condition(kcd("E66.9", "상세불명의 비만", "obesity"), "2016-07-01", asserter="im")
    c.condition(kcd("K81.0", "급성 담낭염", "acute cholecystitis"), "2024-05-12", clinical="resolved", abatement="2024-05-20")
    c.condition(kcd("S82.6", "외측 복사뼈의 골절", "fracture of lateral malleolus"), "2025-01-18", clinical="resolved",
                abatement="2025-04-10")
    c.condition(kcd("J18.9", "상세불명의 폐렴", "pneumonia, unspecified"), "2026-02-03", clinical="resolved", abatement="2026-02-20")
    c.condition(kcd("N39.0", "부위가 명시되지 않은 요로감염", "urinary tract infection"), "2026-08-11", clinical="resolved",
                abatement="2026-08-18")
    c.procedure(ccm((SCT, "45595009", "Laparoscopic cholecystectomy"), (KR_EDI_PROC, "Q7380", "복강경하 담낭절제술"),
                    text="복강경 담낭절제술"), performed="2024-05-14")
    for d in ["2026-05-19", "2026-08-18", "2026-11-17"]:
        e = c.encounter(d, "AMB", type_text=dept("IM", "내과"), pract="im")
        c.bp(d, 134, 82, encounter=e)
        last = e
    for k, v, d in [("a1c", 7.0, "2026-05-19"), ("a1c", 6.9, "2026-08-18"), ("a1c", 6.8, "2026-11-17"),
                    ("ldl", 92, "2026-11-17"), ("cre", 0.8, "2026-11-17"), ("egfr", 78, "2026-11-17")]:
        kl(c, k, d, v)
    c.vital("bmi", "2026-11-17", 30.4, encounter=last)
    for code, name, atc, an, cond in [("D1101", "메트포르민 500mg", "A10BA02", "metformin", dm),
                                      ("D6110", "올메사르탄 20mg", "C09CA08", "olmesartan medoxomil", htn),
                                      ("D6501", "아토르바스타틴 10mg", "C10AA05", "atorvastatin", dl)]:
        c.med_request(drug(code, name, atc, an), "2024-01-01", "1일 1회", reason_ref=[cond], requester="im")
    c.note("2026-11-17", "내과 외래 기록",
           "고혈압, 당뇨, 이상지질혈증, 비만 추적. 혈당 조절 양호(HbA1c 6.8%). 2월 폐렴, 8월 요로감염은 완치. "
           "체중 감량 상담.\n\nEnglish: four stable chronic conditions; acute problems this year have resolved.",
           author="im", encounter=last)
    return c


CASES = [kr_chest_ed_returns, kr_ibs_inflamed, kr_viral_short, kr_spinal_fusion, kr_lung_hospice_so,
         kr_breast_chemo, kr_thyroid_message, kr_hbv_second_done, kr_hba1c_rising, kr_four_chronic]
