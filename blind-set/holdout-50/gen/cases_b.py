"""Cases from the Chinese tertiary (grade-A) hospital (CN): ICD-10 national clinical edition 2.0 diagnoses,
ICD-9-CM-3 (clinical edition) procedures, notes in Chinese, outpatient and inpatient records kept apart."""
from fhirkit import Case, cc, txt, q, ref, coding, SYS, registry  # noqa: F401

CASES = []
case = registry(CASES)

ICD = "icd10cn"
OPS = "icd9cn"
HIS = "https://fhir.jnmu-fah.example.cn/CodeSystem/his-item"
DOCCAT = "https://fhir.jnmu-fah.example.cn/CodeSystem/emr-category"
MZ_DOC = cc((DOCCAT, "MZBL", "门诊病历"), text="门诊病历")
ZY_DOC = cc((DOCCAT, "ZYBL", "住院病历"), text="住院病历")
RAD = cc(("v2-0074", "RAD", "Radiology"))
LABCAT = cc(("v2-0074", "LAB", "Laboratory"))
PATH = cc(("v2-0074", "SP", "Surgical Pathology"))


def mz(b, when, clinic, pract, reason=None, emergency=False, **kw):
    """Outpatient (门诊) or emergency (急诊) visit: 门诊号, served by the outpatient department."""
    dept = b.dept("门诊部" if not emergency else "急诊科", "MZ" if not emergency else "JZ")
    n = b.counters.get("enc", 0) + 1
    return b.enc(when, cls="EMER" if emergency else "AMB", type_=txt(clinic), pract=pract, dept=dept, reason=reason,
                 ident=(b.o["mrn"] + "/visit", f"MZ{when[:10].replace('-', '')}{n:03d}{b.cid[-2:]}"), **kw)


def zy(b, start, end, ward, pract, zyh, reason=None, **kw):
    """Inpatient (住院) stay: 住院号, served by the inpatient department."""
    dept = b.dept("住院部", "ZY")
    return b.enc(start, end, cls="IMP", type_=txt(ward), pract=pract, dept=dept, reason=reason,
                 ident=(b.o["mrn_ip"], zyh), **kw)


def ip_ids(zyh):
    return [(ORG_IP, zyh, "住院号")]


ORG_IP = "https://fhir.jnmu-fah.example.cn/sid/zyh"


# ---------------------------------------------------------------------------
@case(key="cn-palpitations-normal", org="CN", target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive",
      expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
      why="Palpitations and chest tightness recorded at five visits over five months; ECGs, Holter, echocardiogram, "
          "exercise ECG, thyroid function, haemoglobin, potassium and troponin all normal; no diagnosis made and she was "
          "told nothing was wrong.",
      summary="41 y woman with recurrent palpitations and chest tightness; full cardiac work-up normal, told 'no abnormality', still symptomatic.")
def cn_palp(b: Case):
    b.patient("陈", "晓梅", "female", "1985-04-16", "MZ20180416233", phone="13806183372", marital="M")
    cd = b.staff("xinnei")
    gp = b.staff("quanke")
    sym = cc(("icd10cn", "R00.200", "心悸"), ("sct", "80313002", "Palpitations"), text="阵发性心悸")
    e1 = mz(b, "2026-06-03 09:12", "心血管内科门诊", cd, reason=sym)
    palp = b.cond(sym, onset="2026-05", enc=e1, recorder=cd, note="阵发性心悸伴胸闷，每周3-4次，每次数分钟至半小时，无晕厥。")
    b.obs(cc(("sct", "80313002", "Palpitations"), text="心悸"), "2026-06-03 09:15", "每周3-4次，伴胸闷", cat="exam", enc=e1)
    ecg1 = b.obs(cc(("loinc", "11524-6", "EKG study"), text="常规心电图"), "2026-06-03 09:40",
                 "窦性心律，心率78次/分，正常心电图", cat="procedure", enc=e1, interp="N")
    b.panel("cbc", "2026-06-03 10:05", e1, hb=131, wbc=5.6, plt=226)
    b.panel("thyroid", "2026-06-03 10:05", e1, tsh=1.62, ft4=14.1)
    b.labs("2026-06-03 10:05", e1, k=4.1, hstni=2.1, glu=4.9)
    e2 = mz(b, "2026-06-10 08:30", "心血管内科门诊", cd)
    holter = b.obs(cc((HIS, "DTXD", "24小时动态心电图"), text="24小时动态心电图"), "2026-06-11 09:00",
                   "窦性心律，平均心率76次/分，最快118次/分（活动时），最慢54次/分（睡眠时）；偶发房性早搏（共86次/24h）；"
                   "未见室性心律失常及ST-T动态改变；患者记录的3次心悸发作时为窦性心律。", cat="procedure", enc=e2, interp="N")
    b.report(cc((HIS, "DTXD", "24小时动态心电图"), text="动态心电图报告"), "2026-06-11 09:00", results=[holter],
             category=cc(("v2-0074", "EC", "Electrocardiac")), enc=e2, conclusion="动态心电图未见明显异常。")
    e3 = mz(b, "2026-07-15 14:20", "心血管内科门诊", cd, reason=sym)
    b.obs(cc(("sct", "80313002", "Palpitations"), text="心悸"), "2026-07-15 14:22", "仍有阵发性心悸、胸闷，夜间明显", cat="exam",
          enc=e3)
    echo = b.obs(cc(("loinc", "10230-1", "Left ventricular Ejection fraction"), text="左室射血分数（超声心动图）"),
                 "2026-07-20 10:30", q(64, "%"), cat="imaging", enc=e3, interp="N", rng=[{"low": q(50, "%")}],
                 note="各房室腔大小正常，瓣膜未见异常，室壁运动协调。")
    b.report(cc((HIS, "UCG", "超声心动图"), text="超声心动图"), "2026-07-20 10:30", results=[echo], category=RAD,
             enc=e3, conclusion="心脏结构及功能未见异常。")
    ex = b.obs(cc((HIS, "PBYD", "平板运动心电图"), text="平板运动心电图"), "2026-07-22 15:00",
               "Bruce方案，运动9分钟，达目标心率，未诱发心律失常及ST段改变，阴性。", cat="procedure", enc=e3, interp="N")
    e4 = mz(b, "2026-09-20 23:40", "急诊内科", gp, reason=sym, emergency=True)
    b.vitals("2026-09-20 23:45", e4, bp=(128, 80), hr=96, spo2=99)
    b.obs(cc(("loinc", "11524-6", "EKG study"), text="急诊心电图"), "2026-09-20 23:50", "窦性心律，心率96次/分，未见ST-T改变",
          cat="procedure", enc=e4, interp="N")
    b.lab("hstni", 1.8, "2026-09-21 00:20", e4)
    e5 = mz(b, "2026-10-28 10:00", "心血管内科门诊", cd, reason=sym)
    b.obs(cc(("sct", "80313002", "Palpitations"), text="心悸"), "2026-10-28 10:02", "心悸、胸闷持续，每周2-4次，影响睡眠和工作",
          cat="exam", enc=e5)
    b.score("gad7", 6, "2026-10-28 10:10", e5, name="GAD-7 焦虑量表总分")
    b.note("2026-10-28 10:30", cd, """
心血管内科门诊病历
主诉：阵发性心悸、胸闷5月余。
现病史：5月余前无明显诱因出现阵发性心悸，伴胸闷，每周2-4次，每次持续数分钟至半小时，可自行缓解，无胸痛、晕厥。
9月20日夜间发作一次至急诊就诊，心电图及肌钙蛋白正常。
辅助检查：常规心电图×2、24小时动态心电图、超声心动图、平板运动心电图均未见异常；甲功、血常规、电解质、肌钙蛋白正常。
诊断：心悸待查。
处理：向患者解释目前各项检查未见明显异常，心脏无器质性疾病，建议放松心情、规律作息，不适随诊。
""", kind="progress", enc=e5, title="门诊复诊记录", category=MZ_DOC)


# ---------------------------------------------------------------------------
@case(key="cn-fobt-colonoscopy-done", org="CN", target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="near-miss",
      expected=[],
      why="Positive faecal occult blood at a health check was followed by colonoscopy 23 days later (grade II internal "
          "haemorrhoids, a 4 mm hyperplastic polyp removed): the red flag was followed up well inside 60 days.",
      summary="55 y woman, positive FOBT at health check; colonoscopy within 4 weeks shows haemorrhoids and a hyperplastic polyp.")
def cn_fobt(b: Case):
    b.patient("王", "丽华", "female", "1971-02-08", "MZ20150208117", phone="13961725508", marital="M")
    gi = b.staff("xiaohua")
    gp = b.staff("quanke")
    b.dx("htn", onset="2019-05", recorder=gp)
    b.medstmt(b.drug("amlodipine", "苯磺酸氨氯地平片 5mg"), "2019-06-01", dose="5mg 每日一次")
    e1 = b.enc("2026-07-20 08:00", cls="AMB", type_=txt("健康管理中心（体检）"), pract=gp, dept=b.dept("健康管理中心", "TJ"),
               ident=(b.o["mrn"] + "/visit", "TJ20260720088"))
    b.vitals("2026-07-20 08:10", e1, bp=(132, 82), hr=70, wt=61.0, ht=158)
    b.panel("cbc", "2026-07-20 08:40", e1, hb=128, mcv=88, wbc=6.0, plt=240)
    fobt = b.obs(cc(("loinc", "2335-8", "Hemoglobin.gastrointestinal [Presence] in Stool"), text="粪便隐血试验（免疫法）"),
                 "2026-07-20 09:00", cc(("sct", "10828004", "Positive"), text="阳性(+)"), enc=e1, interp="POS")
    b.labs("2026-07-20 08:40", e1, cea=2.1, alt=22, creat=61)
    e2 = mz(b, "2026-07-28 09:30", "消化内科门诊", gi, reason=txt("体检粪便隐血阳性"))
    b.note("2026-07-28 09:50", gi, """
消化内科门诊病历
主诉：体检发现粪便隐血阳性1周。
现病史：无腹痛、腹泻，偶有便后少量鲜血，无体重下降。无结直肠癌家族史。
查体：腹软，无压痛。直肠指检：未触及肿物，指套无血染。
处理：预约结肠镜检查（8月12日），予肠道准备宣教。
""", kind="progress", enc=e2, title="门诊病历", category=MZ_DOC)
    sr = b.sreq(cc((OPS, "45.2300", "结肠镜检查"), text="电子结肠镜检查"), "2026-07-28 09:50", status="completed",
                occurrence="2026-08-12", reason_ref=[fobt], requester=gi, enc=e2)
    e3 = b.enc("2026-08-12 08:30", "2026-08-12 11:30", cls="AMB", type_=txt("内镜中心"), pract=gi,
               dept=b.dept("内镜中心", "NJ"), ident=(b.o["mrn"] + "/visit", "NJ20260812031"))
    poly = b.proc(cc((OPS, "45.4200", "内镜下大肠息肉切除术"), text="结肠镜下乙状结肠息肉冷圈套切除术"), "2026-08-12 09:40",
                  enc=e3, perf=gi, based_on=[sr])
    b.proc(cc((OPS, "45.2300", "结肠镜检查"), text="电子结肠镜检查（至回盲部）"), "2026-08-12 09:10", enc=e3, perf=gi,
           based_on=[sr], note="进镜至回盲部，肠道准备良好（波士顿评分8分）。乙状结肠见一枚4mm无蒂息肉，予冷圈套切除；"
                               "直肠见II度内痔，可见陈旧出血点。余结肠黏膜未见异常。")
    hp = b.obs(cc((HIS, "BL", "病理检查"), text="病理检查（乙状结肠息肉）"), "2026-08-16 15:00",
               "（乙状结肠）增生性息肉，未见异型增生。", cat="laboratory", enc=e3, interp="N")
    b.report(cc(("loinc", "60567-5", "Comprehensive pathology report panel"), text="病理报告"), "2026-08-16 15:00",
             results=[hp], category=PATH, enc=e3, conclusion="增生性息肉。")
    b.cond(cc((ICD, "K64.100", "II度痔"), text="II度内痔"), onset="2026-08-12", enc=e3, recorder=gi)
    e4 = mz(b, "2026-08-26 10:00", "消化内科门诊", gi)
    b.note("2026-08-26 10:15", gi, """
消化内科门诊复诊
结肠镜：II度内痔，乙状结肠增生性息肉已切除，病理无异型增生。粪便隐血阳性考虑与内痔出血相关。
建议：高纤维饮食，保持大便通畅；10年后复查结肠镜，如有便血加重随诊。
""", kind="progress", enc=e4, title="门诊复诊", category=MZ_DOC)


# ---------------------------------------------------------------------------
@case(key="cn-lumbar-strain-crab", org="CN", target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive",
      expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
      why="Back pain labelled lumbar muscle strain in May persists with night pain, and later anaemia, ESR 88, globulin "
          "64 g/L, hypercalcaemia and rising creatinine appeared: findings the strain label cannot explain, yet it was kept "
          "and no further work-up ordered.",
      summary="67 y man labelled lumbar strain; months later anaemia, high globulin and ESR, hypercalcaemia, renal impairment; label unchanged.")
def cn_back(b: Case):
    b.patient("刘", "建华", "male", "1959-09-03", "MZ20120903556", phone="13706172219", marital="M")
    ortho = b.staff("guke")
    gp = b.staff("quanke")
    b.dx("htn", onset="2015", recorder=gp)
    b.medstmt(b.drug("valsartan", "缬沙坦胶囊 80mg"), "2015-06-01", dose="80mg 每日一次")
    e1 = mz(b, "2026-05-12 09:00", "骨科门诊", ortho, reason=txt("腰痛1月"))
    b.score("pain", 6, "2026-05-12 09:05", e1, name="疼痛数字评分(NRS)")
    xr = b.obs(cc((HIS, "DR-YZ", "腰椎正侧位片"), text="腰椎正侧位DR"), "2026-05-12 10:00",
               "腰椎生理曲度变直，L3-L5椎体边缘骨质增生，椎间隙未见明显狭窄。", cat="imaging", enc=e1, interp="A")
    b.report(cc((HIS, "DR-YZ", "腰椎正侧位片"), text="腰椎DR报告"), "2026-05-12 10:00", results=[xr], category=RAD, enc=e1,
             conclusion="腰椎退行性变。")
    strain = b.cond(cc((ICD, "M54.505", "腰肌劳损"), text="腰肌劳损"), onset="2026-04", enc=e1, recorder=ortho)
    b.medreq(b.drug("celecoxib", "塞来昔布胶囊 200mg"), "2026-05-12 10:20", dose="200mg 每日一次 饭后", reason_ref=strain,
             enc=e1, requester=ortho)
    b.note("2026-05-12 10:30", ortho, """
骨科门诊病历
主诉：腰痛1月。
现病史：1月前无明显诱因出现腰背部酸痛，活动后加重，无下肢放射痛及麻木。
查体：腰椎活动轻度受限，双侧腰肌压痛，直腿抬高试验阴性，双下肢肌力正常。
辅助检查：腰椎DR示退行性变。
诊断：腰肌劳损。
处理：塞来昔布，理疗，注意休息，避免久坐。
""", kind="progress", enc=e1, title="门诊病历", category=MZ_DOC)
    e2 = mz(b, "2026-06-30 14:00", "骨科门诊", ortho, reason=txt("腰痛未缓解"))
    b.note("2026-06-30 14:20", ortho, """
骨科门诊复诊
腰痛无明显缓解，夜间疼痛明显，影响睡眠。查体同前。
诊断：腰肌劳损。处理：继续塞来昔布，加用理疗，腰围保护。
""", kind="progress", enc=e2, title="门诊复诊", category=MZ_DOC)
    e3 = mz(b, "2026-08-25 09:30", "全科医学科门诊", gp, reason=txt("乏力、体重下降"))
    b.vitals("2026-08-25 09:35", e3, bp=(126, 78), wt=63.5)
    b.panel("cbc", "2026-08-25 10:10", e3, hb=96, mcv=92, wbc=4.6, plt=168)
    b.labs("2026-08-25 10:10", e3, esr=88, tp=96, alb=32, glob=64, ca=2.71, creat=128, egfr=51, alp=92)
    b.note("2026-08-25 11:00", gp, """
全科医学科门诊病历
主诉：乏力2月，体重下降约6kg。
既往：高血压；腰肌劳损（骨科诊治中），仍有腰背痛。
辅助检查：血红蛋白96g/L，血沉88mm/h，总蛋白96g/L，白蛋白32g/L，球蛋白64g/L，血钙2.71mmol/L，肌酐128μmol/L。
诊断：1.腰肌劳损 2.贫血（慢性病性贫血？）3.高血压。
处理：建议加强营养，复查血常规；腰痛继续骨科治疗。
""", kind="progress", enc=e3, title="门诊病历", category=MZ_DOC)
    b.cond(cc((ICD, "D63.800", "慢性病性贫血"), text="贫血（慢性病性贫血？）"), onset="2026-08-25", enc=e3, recorder=gp,
           verification="provisional")
    e4 = mz(b, "2026-10-20 15:00", "骨科门诊", ortho, reason=txt("腰背痛加重"))
    b.score("pain", 7, "2026-10-20 15:05", e4, name="疼痛数字评分(NRS)")
    b.labs("2026-10-20 15:40", e4, creat=141, ca=2.78, hb=91)
    b.note("2026-10-20 16:00", ortho, """
骨科门诊复诊
腰背痛持续，新出现胸背部疼痛，翻身时加重，夜间痛明显。
诊断：腰肌劳损。处理：继续塞来昔布（注意肾功能），加用外用氟比洛芬巴布膏，康复科理疗。1月后复诊。
""", kind="progress", enc=e4, title="门诊复诊", category=MZ_DOC)


# ---------------------------------------------------------------------------
@case(key="cn-cabg-booked", org="CN", target="MAJOR_PROCEDURE_PLANNED", kind="positive",
      expected=["MAJOR_PROCEDURE_PLANNED"],
      why="After angiography showed left-main plus three-vessel disease (SYNTAX 33), the heart team ordered coronary "
          "artery bypass grafting for 2026-12-14; the operation is still to come.",
      summary="66 y man with angina and left-main/three-vessel disease; heart-team decision for CABG, booked mid-December.")
def cn_cabg(b: Case):
    b.patient("张", "国庆", "male", "1960-10-01", "MZ20160927402", phone="13915336671", marital="M",
              extra_ids=ip_ids("ZY2026091503"))
    cd = b.staff("xinnei")
    cs = b.staff("xinwai")
    htn = b.dx("htn", onset="2010", recorder=cd)
    dm = b.dx("t2dm", onset="2016", recorder=cd)
    lip = b.dx("hchol", onset="2016", recorder=cd)
    cad = b.cond(cc((ICD, "I25.103", "冠状动脉粥样硬化性心脏病"),
                    text="冠状动脉粥样硬化性心脏病 稳定型心绞痛CCS III级（造影：左主干+三支病变）"),
                 onset="2026-06", recorder=cd)
    angina = cad
    e1 = mz(b, "2026-08-26 09:00", "心血管内科门诊", cd, reason=txt("活动后胸闷胸痛3月"))
    b.vitals("2026-08-26 09:05", e1, bp=(146, 88), hr=74, wt=76.0, ht=170)
    b.labs("2026-08-26 09:40", e1, ldl=3.1, hba1c=7.2, creat=88, hstni=6.4)
    for k, t, d in (("aspirin", "阿司匹林肠溶片 100mg", "100mg 每日一次"), ("atorvastatin", "阿托伐他汀钙片 20mg", "20mg 每晚一次"),
                    ("metoprolol", "酒石酸美托洛尔片 25mg", "25mg 每日两次"), ("isosorbide", "单硝酸异山梨酯缓释片 40mg", "40mg 每日一次"),
                    ("metformin", "盐酸二甲双胍片 0.5g", "0.5g 每日两次")):
        b.medstmt(b.drug(k, t), "2026-08-26", dose=d, reason_ref={"aspirin": cad, "atorvastatin": lip, "metoprolol": angina,
                                                                  "isosorbide": angina, "metformin": dm}[k])
    e2 = zy(b, "2026-09-14 10:00", "2026-09-18 10:00", "心血管内科病房", cd, "ZY2026091503", reason_ref=[angina])
    angio = b.proc(cc((OPS, "88.5600", "使用两根导管的冠状动脉造影术"), text="冠状动脉造影术（经桡动脉）"), "2026-09-15 14:00",
                   enc=e2, perf=cd, reason_ref=angina,
                   note="左主干末端狭窄60%，前降支近段狭窄90%，回旋支中段狭窄80%，右冠中段狭窄95%。SYNTAX评分33分。")
    echo = b.obs(cc(("loinc", "10230-1", "Left ventricular Ejection fraction"), text="左室射血分数（超声心动图）"),
                 "2026-09-16 09:00", q(55, "%"), cat="imaging", enc=e2, interp="N", rng=[{"low": q(50, "%")}])
    b.note("2026-09-17 16:00", cs, """
心脏团队（Heart Team）讨论记录
参加科室：心血管内科、心脏大血管外科、麻醉科、影像科。
病情：男，66岁，稳定型心绞痛CCS III级，糖尿病，冠脉造影示左主干+三支病变，SYNTAX评分33分，LVEF 55%。
讨论意见：左主干合并三支病变、糖尿病、SYNTAX评分高，推荐行冠状动脉旁路移植术（CABG，拟LIMA-LAD，SVG-OM，SVG-PDA）。
患者及家属同意手术，先出院优化药物治疗，择期于2026年12月14日入心脏大血管外科手术。
""", kind="consult", enc=e2, title="心脏团队讨论记录", category=ZY_DOC)
    b.note("2026-09-18 09:30", cd, """
出院记录
入院诊断：冠心病 稳定型心绞痛。出院诊断：1.冠状动脉粥样硬化性心脏病 左主干+三支病变 稳定型心绞痛CCS III级 2.2型糖尿病 3.高血压3级 4.高胆固醇血症。
诊疗经过：9月15日行冠状动脉造影，提示左主干+三支病变。经心脏团队讨论，建议行CABG。
出院医嘱：继续阿司匹林、阿托伐他汀、美托洛尔、单硝酸异山梨酯及二甲双胍；12月13日入心脏大血管外科行CABG术前准备。
""", kind="discharge", enc=e2, title="出院记录", category=ZY_DOC)
    b.sreq(cc((OPS, "36.1300", "三根冠状动脉的（主动脉）冠状动脉旁路移植术"),
              text="冠状动脉旁路移植术（CABG ×3：LIMA-LAD, SVG-OM, SVG-PDA）"), "2026-09-17 16:30", status="active",
           intent="order", occurrence="2026-12-14", reason_ref=[cad], requester=cs, performer=[cs],
           category=cc(("sct", "387713003", "Surgical procedure"), text="择期手术"),
           note="心脏团队决议；术前需完成颈动脉超声、肺功能。")
    e3 = mz(b, "2026-11-19 10:00", "心脏大血管外科门诊", cs)
    b.obs(cc((HIS, "JDMCS", "颈动脉超声"), text="颈动脉超声"), "2026-11-19 11:00",
          "双侧颈动脉内中膜增厚，右侧颈动脉分叉处小斑块，无明显狭窄。", cat="imaging", enc=e3)
    b.labs("2026-11-19 10:30", e3, hb=139, plt=214, creat=86, k=4.2, hba1c=6.9)


# ---------------------------------------------------------------------------
@case(key="cn-pancreatic-best-supportive", org="CN", target="UNTREATABLE_PROGNOSIS", kind="positive",
      expected=["UNTREATABLE_PROGNOSIS"],
      why="Metastatic pancreatic head adenocarcinoma with ECOG 3: the MDT found no surgical, chemotherapy or "
          "radiotherapy option and an active palliative (hospice) care plan is in place; no second opinion on record.",
      summary="72 y woman with metastatic pancreatic cancer after biliary stenting; MDT: no anti-cancer options, hospice care plan.")
def cn_panc(b: Case):
    b.patient("黄", "玉珍", "female", "1954-03-22", "MZ20260812090", phone="13812290457", marital="W",
              extra_ids=ip_ids("ZY2026082011"), contact=("女儿", "黄敏", "13961188230"))
    gi = b.staff("xiaohua")
    onc = b.staff("zhongliu")
    hosp = b.staff("anning")
    e1 = mz(b, "2026-08-12 09:20", "消化内科门诊", gi, reason=txt("皮肤巩膜黄染2周，消瘦"))
    b.labs("2026-08-12 10:00", e1, bili=186, alt=142, alp=486, ca199=1850, cea=9.4)
    e2 = zy(b, "2026-08-20 11:00", "2026-09-06 10:00", "消化内科病房", gi, "ZY2026082011")
    ct = b.obs(cc((HIS, "CT-SFB", "上腹部增强CT"), text="上腹部增强CT"), "2026-08-21 10:00",
               "胰头部见约4.2×3.8cm低强化肿块，包绕肠系膜上动脉约200°，胆总管及胰管扩张；肝内多发转移灶，最大2.6cm；"
               "腹膜后多发肿大淋巴结。", cat="imaging", enc=e2, interp="A")
    b.report(cc((HIS, "CT-SFB", "上腹部增强CT"), text="上腹部增强CT报告"), "2026-08-21 10:00", results=[ct],
             category=RAD, enc=e2, conclusion="胰头癌伴肝多发转移，局部血管侵犯。")
    b.proc(cc((OPS, "51.8700", "内镜下胆管支架置入术"), text="ERCP+胆管金属支架置入术"), "2026-08-24 14:00", enc=e2, perf=gi)
    b.proc(cc((OPS, "52.1100", "胰腺闭合性[抽吸][针吸][经皮]活组织检查"), text="超声内镜引导下细针穿刺活检（EUS-FNA）"),
           "2026-08-27 10:00", enc=e2, perf=gi)
    path = b.obs(cc((HIS, "BL", "病理检查"), text="病理检查（胰头肿物穿刺）"), "2026-08-31 15:00", "（胰头）腺癌，中-低分化。",
                 enc=e2, interp="A")
    ca = b.cond(cc((ICD, "C25.000", "胰头恶性肿瘤"), text="胰头腺癌 cT4N1M1 IV期（肝转移）"), onset="2026-08-31", enc=e2,
                recorder=onc, stage=txt("IV期 (cT4N1M1)"))
    b.cond(cc((ICD, "C78.700", "肝继发恶性肿瘤"), text="肝多发转移瘤"), onset="2026-08-21", enc=e2, recorder=onc)
    b.cond(cc((ICD, "E11.900", "2型糖尿病"), text="新发糖尿病（胰源性可能）"), onset="2026-08-22", enc=e2, recorder=gi)
    b.score("ecog", 3, "2026-09-02 09:00", e2, name="ECOG体能状态评分")
    b.labs("2026-09-02 07:00", e2, bili=48, alb=29, hb=98, creat=58)
    b.note("2026-09-02 16:00", onc, """
多学科会诊（MDT）记录
参加科室：肿瘤内科、肝胆胰外科、消化内科、放疗科、影像科、病理科、安宁疗护科。
病情：女，72岁，胰头腺癌伴肝多发转移（IV期），肠系膜上动脉受侵；ERCP胆管支架置入后黄疸下降。
ECOG 3分，近3月体重下降10kg，白蛋白29g/L。
讨论意见：无手术指征；体能状态差（ECOG 3），不能耐受全身化疗，放疗无获益。目前已无抗肿瘤治疗方案可选，
建议转安宁疗护，以症状控制和生活质量为主（最佳支持治疗）。已与患者女儿充分沟通，家属表示理解。
""", kind="consult", enc=e2, title="MDT会诊记录", category=ZY_DOC)
    cp = b.careplan("安宁疗护计划", "2026-09-05 10:00", category=[
        cc(("sct", "103735009", "Palliative care"), text="安宁疗护/姑息治疗")], addresses=[ca], author=hosp,
        period_start="2026-09-05", enc=e2,
        description="无抗肿瘤治疗选择；以疼痛、营养、心理及家属支持为主的居家安宁疗护，每两周门诊随访。",
        activities=[{"code": cc(("sct", "385763009", "Hospice care"), text="居家安宁疗护"), "status": "in-progress",
                     "description": "社区安宁疗护团队每周上门一次"},
                    {"code": txt("疼痛管理"), "status": "in-progress", "description": "羟考酮缓释片滴定"}])
    b.medreq(b.drug("oxycodone", "盐酸羟考酮缓释片 10mg"), "2026-09-05 10:30", dose="10mg 每12小时一次", reason_ref=ca,
             enc=e2, requester=hosp)
    b.medreq(b.drug("pancreatin", "胰酶肠溶胶囊 0.15g"), "2026-09-05 10:30", dose="0.3g 每日三次 随餐", reason_ref=ca,
             enc=e2, requester=hosp)
    e3 = mz(b, "2026-11-05 09:30", "安宁疗护门诊", hosp)
    b.score("pain", 3, "2026-11-05 09:35", e3, name="疼痛数字评分(NRS)")
    b.note("2026-11-05 10:00", hosp, """
安宁疗护门诊随访
疼痛控制可（NRS 3），食欲差，以半流质为主，可室内活动。家属照护良好。继续现有镇痛方案，加用甲地孕酮改善食欲。
已讨论生前预嘱及临终地点意愿，患者希望居家。
""", kind="progress", enc=e3, title="安宁疗护随访", category=MZ_DOC)


# ---------------------------------------------------------------------------
@case(key="cn-prostate-active-surveillance", org="CN", target="UNTREATABLE_PROGNOSIS", kind="near-miss",
      expected=[],
      why="Low-risk prostate cancer (Gleason 3+3, 2/12 cores, PSA 6.4) on active surveillance: 'no treatment needed "
          "for now' is a choice to defer curative options, not an absence of options; PSA stable.",
      summary="68 y man, low-risk prostate cancer after MRI and biopsy; active surveillance with stable PSA, 'treatment not needed now'.")
def cn_pca(b: Case):
    b.patient("周", "志强", "male", "1958-06-30", "MZ20140630871", phone="13601530982", marital="M")
    uro = b.staff("miniao")
    gp = b.staff("quanke")
    b.dx("bph", onset="2020", recorder=uro)
    b.medstmt(b.drug("tamsulosin", "盐酸坦索罗辛缓释胶囊 0.2mg"), "2020-05-01", dose="0.2mg 每晚一次")
    e0 = b.enc("2026-03-10 08:00", cls="AMB", type_=txt("健康管理中心（体检）"), pract=gp, dept=b.dept("健康管理中心", "TJ"),
               ident=(b.o["mrn"] + "/visit", "TJ20260310102"))
    b.lab("psa", 6.4, "2026-03-10 08:30", e0)
    e1 = mz(b, "2026-03-20 10:00", "泌尿外科门诊", uro, reason=txt("体检PSA升高"))
    b.lab("fpsa", 1.1, "2026-03-20 10:30", e1)
    mri = b.obs(cc((HIS, "MR-QLX", "前列腺多参数MRI"), text="前列腺多参数MRI"), "2026-04-08 15:00",
                "前列腺体积约42ml，左侧外周带中部见约7mm T2低信号灶，DWI轻度受限，PI-RADS 3分；未见包膜外侵犯及盆腔淋巴结肿大。",
                cat="imaging", enc=e1, interp="A")
    e2 = zy(b, "2026-05-07 09:00", "2026-05-09 10:00", "泌尿外科病房", uro, "ZY2026050702")
    b.proc(cc((OPS, "60.1100", "闭合性[经皮][针吸]前列腺活组织检查"), text="经会阴前列腺系统+靶向穿刺活检（12+2针）"),
           "2026-05-08 09:30", enc=e2, perf=uro)
    path = b.obs(cc((HIS, "BL", "病理检查"), text="前列腺穿刺病理"), "2026-05-13 15:00",
                 "左外周带2/14针见前列腺腺泡腺癌，Gleason评分3+3=6分（ISUP 1级），肿瘤占穿刺组织5%-8%；余针为良性前列腺组织。",
                 enc=e2, interp="A")
    pca = b.cond(cc((ICD, "C61.x00", "前列腺恶性肿瘤"), text="前列腺腺癌（低危，cT1c，Gleason 3+3，ISUP 1）"),
                 onset="2026-05-13", enc=e2, recorder=uro, stage=txt("低危 (cT1c, ISUP 1, PSA 6.4)"))
    e3 = mz(b, "2026-05-20 10:00", "泌尿外科门诊", uro)
    b.note("2026-05-20 10:30", uro, """
泌尿外科门诊病历
前列腺穿刺病理：Gleason 3+3=6分，2/14针阳性，低危前列腺癌（cT1c，PSA 6.4ng/ml）。
与患者及家属详细讨论治疗选择：主动监测、根治性前列腺切除术、根治性放疗。患者选择主动监测。
目前暂不需要手术或放疗。方案：每3-6个月复查PSA，12个月复查MRI，必要时重复穿刺；如出现进展，可行根治性治疗。
""", kind="progress", enc=e3, title="门诊病历", category=MZ_DOC)
    b.careplan("前列腺癌主动监测", "2026-05-20 10:40", addresses=[pca], author=uro, period_start="2026-05-20",
               category=[cc((HIS, "ZDJC", "主动监测"), text="主动监测")],
               description="低危前列腺癌主动监测；疾病进展时转为根治性手术或放疗。",
               activities=[{"code": txt("PSA复查"), "status": "in-progress", "scheduledString": "每3个月"},
                           {"code": txt("前列腺MRI复查"), "status": "scheduled", "scheduledString": "2027年5月"}])
    for d in ("2026-08-18", "2026-11-17"):
        e = mz(b, d + " 09:30", "泌尿外科门诊", uro)
        b.lab("psa", {"2026-08-18": 6.1, "2026-11-17": 6.3}[d], d + " 10:00", e)
    b.note("2026-11-17 10:30", uro, """
泌尿外科门诊复诊
主动监测第6个月，PSA 6.3ng/ml（5月6.4，8月6.1），稳定。无排尿困难加重，无骨痛。继续主动监测，2027年5月复查MRI。
""", kind="progress", title="门诊复诊", category=MZ_DOC)


# ---------------------------------------------------------------------------
@case(key="cn-rectal-chemoradiation", org="CN", target="HIGH_IMPACT_TREATMENT", kind="positive",
      expected=["HIGH_IMPACT_TREATMENT"],
      why="Neoadjuvant long-course pelvic radiotherapy (50 Gy/25) with concurrent capecitabine started on 2026-11-10 "
          "and is in progress: chemoradiotherapy is a high-impact treatment. Surgery is only to be decided after restaging.",
      summary="56 y man with locally advanced rectal cancer; long-course chemoradiotherapy under way since November.")
def cn_rectal(b: Case):
    b.patient("吴", "建军", "male", "1969-12-11", "MZ20261002215", phone="13585067713", marital="M",
              extra_ids=ip_ids("ZY2026110904"))
    gi = b.staff("xiaohua")
    surg = b.staff("weichang")
    rt = b.staff("fangliao")
    onc = b.staff("zhongliu")
    e1 = mz(b, "2026-09-21 09:00", "胃肠外科门诊", surg, reason=txt("便血2月，大便变细"))
    b.panel("cbc", "2026-09-21 09:40", e1, hb=121, wbc=6.3, plt=301)
    b.lab("cea", 6.8, "2026-09-21 09:40", e1)
    e2 = b.enc("2026-09-28 08:30", "2026-09-28 11:00", cls="AMB", type_=txt("内镜中心"), pract=gi,
               dept=b.dept("内镜中心", "NJ"), ident=(b.o["mrn"] + "/visit", "NJ20260928017"))
    b.proc(cc((OPS, "45.2500", "闭合性[内镜]大肠活组织检查"), text="结肠镜检查+直肠肿物活检"), "2026-09-28 09:20", enc=e2,
           perf=gi, note="距肛缘6cm直肠见环周2/3溃疡型肿物，长约5cm，取活检6块。")
    b.obs(cc((HIS, "BL", "病理检查"), text="病理检查（直肠肿物活检）"), "2026-10-02 15:00", "（直肠）中分化腺癌。pMMR。",
          enc=e2, interp="A")
    mri = b.obs(cc((HIS, "MR-ZC", "直肠高分辨MRI"), text="直肠高分辨MRI"), "2026-10-09 14:00",
                "直肠中下段肿瘤，下缘距肛缘约6cm，侵出固有肌层达直肠系膜（T3c），直肠系膜内3枚肿大淋巴结（N1），"
                "MRF阴性，EMVI阳性。", cat="imaging", interp="A")
    b.obs(cc((HIS, "CT-XFB", "胸腹盆增强CT"), text="胸腹盆增强CT"), "2026-10-10 10:00", "未见肝、肺及远处转移。",
          cat="imaging", interp="N")
    ca = b.cond(cc((ICD, "C20.x00", "直肠恶性肿瘤"), text="直肠中分化腺癌 cT3cN1M0 III期"), onset="2026-10-02",
                recorder=surg, stage=txt("cT3cN1M0 (III期)"))
    b.note("2026-10-22 16:00", surg, """
结直肠癌MDT讨论记录
病情：男，56岁，直肠中分化腺癌，距肛缘6cm，cT3cN1M0，EMVI阳性，MRF阴性，pMMR。
讨论意见：推荐新辅助长程同步放化疗：盆腔调强放疗50Gy/25次，同步卡培他滨825mg/m² 每日两次（放疗日）。
放化疗结束后6-8周复查MRI及内镜再分期，再次MDT决定手术或观察等待策略。
告知患者放化疗可能出现放射性肠炎、膀胱炎、骨髓抑制、手足综合征及对性功能和排便功能的远期影响，患者同意。
""", kind="consult", title="MDT讨论记录", category=MZ_DOC)
    e3 = zy(b, "2026-11-09 09:00", None, "放射治疗科病房", rt, "ZY2026110904", status="in-progress")
    b.proc(cc((OPS, "92.2400", "光子远距离放射治疗"), text="盆腔调强放疗（IMRT）50Gy/25次"), "2026-11-10 10:00",
           status="in-progress", enc=e3, perf=rt, reason_ref=ca,
           note="计划2026-11-10至2026-12-16；截至11-30已完成15次（30Gy）。")
    b.medreq(b.drug("capecitabine", "卡培他滨片 0.5g"), "2026-11-09 15:00", dose="1500mg 每日两次，放疗日口服",
             reason_ref=ca, enc=e3, requester=onc, category=txt("抗肿瘤药物"))
    b.medadmin(b.drug("capecitabine", "卡培他滨片 0.5g"), "2026-11-30 08:00", dose_qty=q(1500, "mg"),
               route=cc(("sct", "26643006", "Oral route"), text="口服"), enc=e3, perf=None,
               note="同步放化疗第15天")
    b.panel("cbc", "2026-11-27 06:30", e3, hb=112, wbc=3.4, anc=2.1, plt=146)
    b.note("2026-11-30 11:00", rt, """
放射治疗科病程记录
同步放化疗第3周，已完成15次放疗（30Gy）。轻度腹泻（每日3-4次，CTCAE 1级），轻度尿频，手足皮肤轻度发红。
血常规：白细胞3.4×10⁹/L，血小板146×10⁹/L。继续原方案放化疗，予蒙脱石散止泻，加强营养。
""", kind="progress", enc=e3, title="病程记录", category=ZY_DOC)


# ---------------------------------------------------------------------------
@case(key="cn-ckd4-dialysis-education-only", org="CN", target="HIGH_IMPACT_TREATMENT", kind="near-miss",
      expected=[],
      why="CKD stage 4 with stable eGFR (24 -> 23 -> 22): renal replacement therapy was only explained as a future option "
          "and the nephrologist recorded no indication for dialysis; no high-impact treatment is planned or running.",
      summary="70 y woman with hypertensive CKD 4, stable eGFR; dialysis education given, 'no indication for dialysis now'.")
def cn_ckd(b: Case):
    b.patient("孙", "桂英", "female", "1956-01-19", "MZ20110119605", phone="13951520364", marital="W")
    neph = b.staff("shennei")
    htn = b.dx("htn", onset="2002", recorder=neph)
    ckd = b.cond(cc((ICD, "N18.400", "慢性肾脏病4期"), text="慢性肾脏病4期（高血压肾损害）"), onset="2024-06", recorder=neph)
    anem = b.cond(cc((ICD, "D63.800x003", "肾性贫血"), text="肾性贫血"), onset="2025-03", recorder=neph)
    b.cond(cc((ICD, "N25.801", "继发性甲状旁腺功能亢进（肾性）"), text="肾性继发性甲状旁腺功能亢进"), onset="2025-03",
           recorder=neph)
    for k, t, d, r in (("amlodipine", "硝苯地平控释片 30mg", "30mg 每日一次", htn),
                       ("bisoprolol", "富马酸比索洛尔片 5mg", "5mg 每日一次", htn),
                       ("epoetin", "重组人促红素注射液 3000IU", "3000IU 皮下注射 每周两次", anem),
                       ("calcitriol", "骨化三醇软胶囊 0.25μg", "0.25μg 每日一次", ckd)):
        b.medstmt(b.drug(k, t), "2025-04-01", dose=d, reason_ref=r)
    vals = [("2026-02-10", 196, 24, 102), ("2026-06-09", 201, 23, 105), ("2026-10-13", 208, 22, 108)]
    encs = []
    for d, cr, eg, hb in vals:
        e = mz(b, d + " 09:00", "肾内科门诊", neph)
        encs.append(e)
        b.labs(d + " 09:40", e, creat=cr, egfr=eg, hb=hb, k=4.9)
        b.vitals(d + " 09:05", e, bp=(136, 80), wt=58.0)
    b.labs("2026-10-13 09:40", encs[2], ca=2.18, phos=1.48, pth=168, urea=14.2)
    b.note("2026-10-13 10:20", neph, """
肾内科门诊病历
慢性肾脏病4期，高血压肾损害。eGFR 22（2月24，6月23），肾功能基本稳定。无水肿，食欲可，无恶心呕吐，尿量正常。
血压控制可。血红蛋白108g/L，血钾4.9mmol/L。
已再次行肾脏替代治疗宣教（血液透析、腹膜透析、肾移植），患者及家属了解。
评估：目前无透析指征，继续一体化非透析治疗（低盐优质低蛋白饮食、控制血压、纠正贫血及钙磷代谢紊乱）。
待eGFR<10-15或出现尿毒症症状时再评估透析时机及通路准备。3个月后复诊。
""", kind="progress", enc=encs[2], title="门诊病历", category=MZ_DOC)


# ---------------------------------------------------------------------------
@case(key="cn-ra-das28-rising", org="CN", target="WORSENING_DESPITE_TREATMENT", kind="positive",
      expected=["WORSENING_DESPITE_TREATMENT"],
      why="DAS28-CRP rose 3.6 -> 4.5 -> 5.1 -> 5.6 between May and November 2026 (+2.0, above the 1.2 EULAR "
          "threshold) while methotrexate ran throughout and leflunomide was added in April; adherence confirmed.",
      summary="48 y woman with seropositive RA on methotrexate + leflunomide; DAS28-CRP, CRP and swollen joints rise for six months.")
def cn_ra(b: Case):
    b.patient("赵", "丽娟", "female", "1978-08-27", "MZ20250915338", phone="13771082615", marital="M")
    rh = b.staff("fengshi")
    ra = b.cond(cc((ICD, "M05.800", "其他的血清阳性类风湿性关节炎"), text="类风湿关节炎（RF及抗CCP阳性）"), onset="2025-09",
                recorder=rh)
    b.medstmt(b.drug("methotrexate", "甲氨蝶呤片 2.5mg"), "2025-10-01", dose="15mg 每周一次", reason_ref=ra,
              note="患者自述规律服药，无漏服")
    b.medstmt(b.drug("folic_acid", "叶酸片 5mg"), "2025-10-01", dose="5mg 每周一次（甲氨蝶呤次日）")
    b.medreq(b.drug("leflunomide", "来氟米特片 10mg"), "2026-04-15 10:00", dose="20mg 每日一次", reason_ref=ra,
             requester=rh)
    das = ("DAS28-CRP", "DAS28-CRP 疾病活动度评分")
    visits = [("2026-05-12", 3.6, 9.0, 4, 22), ("2026-07-14", 4.5, 15.0, 6, 31), ("2026-09-08", 5.1, 22.0, 8, 40),
              ("2026-11-10", 5.6, 28.0, 9, 48)]
    for d, score, crp, sj, esr in visits:
        e = mz(b, d + " 09:00", "风湿免疫科门诊", rh)
        b.lab("crp", crp, d + " 09:30", e)
        b.lab("esr", esr, d + " 09:30", e)
        b.score(("SJC28", "28关节肿胀关节数"), sj, d + " 09:10", e)
        b.score(das, score, d + " 09:15", e)
    b.labs("2026-11-10 09:30", e, alt=34, creat=62, wbc=6.8, plt=352)
    b.note("2026-09-08 10:00", rh, """
风湿免疫科门诊病历
类风湿关节炎，甲氨蝶呤15mg/周（2025年10月起）联合来氟米特20mg/日（2026年4月起）。
近2月双手近端指间关节、腕关节肿痛加重，晨僵约90分钟。肿胀关节8个，压痛关节11个。CRP 22mg/L，DAS28-CRP 5.1。
患者规律服药，家属监督，未漏服。肝功能正常。
处理：继续当前方案；完善T-SPOT、乙肝五项及胸部CT，评估生物制剂使用条件。
""", kind="progress", title="门诊病历", category=MZ_DOC)
    b.note("2026-11-10 10:10", rh, """
风湿免疫科门诊病历
关节肿痛持续加重，肿胀关节9个，晨僵2小时，生活自理受影响。DAS28-CRP 5.6（5月3.6 → 7月4.5 → 9月5.1）。
传统合成DMARDs联合治疗6个月以上仍处于高疾病活动度。T-SPOT阴性，乙肝表面抗原阴性，胸部CT未见异常。
计划：加用TNF-α抑制剂（阿达木单抗），下次门诊开始。
""", kind="progress", title="门诊病历", category=MZ_DOC)


# ---------------------------------------------------------------------------
@case(key="cn-alpha-thal-carrier", org="CN", target="RARE_OR_COMPLEX_CONDITION", kind="near-miss",
      expected=[],
      why="Premarital screening found heterozygous --SEA alpha-thalassaemia trait: a carrier state with mild microcytosis, "
          "normal haemoglobin and no treatment, not an active rare disease (HbH disease would be); no other chronic conditions.",
      summary="29 y woman, premarital screening: microcytosis, low HbA2, --SEA/αα carrier; genetic counselling only.")
def cn_thal(b: Case):
    b.patient("林", "佳怡", "female", "1997-05-14", "MZ20260410207", phone="18861502736", marital="S")
    ob = b.staff("chanke")
    hem = b.staff("xueye")
    e1 = mz(b, "2026-04-10 08:40", "婚前保健门诊", ob, reason=txt("婚前医学检查"))
    b.vitals("2026-04-10 08:45", e1, bp=(108, 70), hr=72, wt=52.0, ht=160)
    b.panel("cbc", "2026-04-10 09:20", e1, hb=118, rbc=5.6, mcv=68, mch=21.1, wbc=5.8, plt=231)
    b.labs("2026-04-10 09:20", e1, ferritin=62, hba2=2.1, hbf=0.6)
    e2 = mz(b, "2026-04-24 10:00", "血液科门诊", hem, reason=txt("小细胞低色素，HbA2降低"))
    gene = b.obs(cc((HIS, "DPHB-JY", "地中海贫血基因检测"), text="α/β地中海贫血基因检测"), "2026-04-24 10:30",
                 "α-珠蛋白基因：--SEA/αα（东南亚缺失型杂合子）；β-珠蛋白基因：未检出常见突变。", enc=e2, interp="A")
    b.report(cc((HIS, "DPHB-JY", "地中海贫血基因检测"), text="地中海贫血基因检测报告"), "2026-04-28 16:00", results=[gene],
             category=LABCAT, enc=e2, conclusion="α-地中海贫血携带者（--SEA杂合子，α0地中海贫血特征）。")
    b.cond(cc((ICD, "D56.300", "地中海贫血特征"), text="α-地中海贫血携带者（--SEA/αα）"), onset="2026-04-28", enc=e2,
           recorder=hem)
    b.note("2026-04-28 16:30", hem, """
血液科门诊病历
婚前检查：血红蛋白118g/L，MCV 68fl，MCH 21.1pg，铁蛋白正常，HbA2 2.1%。基因检测：--SEA/αα。
诊断：α-地中海贫血携带者（α0地中海贫血特征）。
说明：属携带状态，无需治疗，不影响日常生活，无需补铁。建议配偶行地中海贫血筛查；
若双方均为α0携带者，胎儿有患重型α地中海贫血（Hb Bart's水肿胎）风险，需遗传咨询及产前诊断。
""", kind="progress", enc=e2, title="门诊病历", category=MZ_DOC)
    e3 = mz(b, "2026-05-15 10:00", "遗传咨询门诊", hem)
    b.note("2026-05-15 10:20", hem, """
遗传咨询记录
配偶（32岁）血常规：MCV 89fl，MCH 30pg，HbA2 2.8%，地中海贫血基因检测未检出异常。
结论：夫妇双方非同型地中海贫血携带，后代无重型地中海贫血风险。本人无需随访治疗。
""", kind="progress", enc=e3, title="遗传咨询记录", category=MZ_DOC)
