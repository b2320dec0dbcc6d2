"""VA Northern Prairie Health Care System (US Veterans health system): 10 cases."""
import datetime
import re
import zlib

from fhirkit import (cc, coding, txt, sct, loinc, icd10cm, cpt, hcpcs, rx, SOPT, FLAGCAT, COMMCAT)

VA_LOCAL = "https://fhir.vanph.example/CodeSystem/local"
VA_MH = "https://fhir.vanph.example/CodeSystem/mh-instruments"
YES = coding("http://loinc.org", "LA33-6", "Yes")
NO = coding("http://loinc.org", "LA32-8", "No")


def note_type(kind):
    return {
        "progress": cc(loinc("11506-3", "Progress note")),
        "consult": cc(loinc("11488-4", "Consult note")),
        "ed": cc(loinc("34111-5", "Emergency department Note")),
        "discharge": cc(loinc("18842-5", "Discharge summary")),
        "hp": cc(loinc("34117-2", "History and physical note")),
    }[kind]


def va_text(local, std, date, author, cred, body, time="09:40"):
    d = datetime.date.fromisoformat(date)
    mon = d.strftime("%b").upper()
    return (f"LOCAL TITLE: {local}\nSTANDARD TITLE: {std}\n"
            f"DATE OF NOTE: {mon} {d.day:02d}, {d.year}@{time}     ENTRY DATE: {mon} {d.day:02d}, {d.year}@{time}\n"
            f"      AUTHOR: {author}     EXP COSIGNER:\n     URGENCY:                STATUS: COMPLETED\n\n"
            f"{body.strip()}\n\n/es/ {author}\n{cred}\nSigned: {d.month:02d}/{d.day:02d}/{d.year} {time}")


def vnote(c, date, type_cc, title, text, author, **kw):
    """DocumentReference whose date matches the 'DATE OF NOTE' of a VA-style note."""
    m = re.search(r"DATE OF NOTE: .*?@(\d\d:\d\d)", text)
    if m and "time" not in kw:
        kw["time"] = m.group(1)
    return c.note(date, type_cc, title, text, author, **kw)


def va_base(c, family, given, gender, birth, city, branch, pcp=("HOLLOWAY", "Janet", "NP", "Nurse practitioner"),
            extra=()):
    """Organisations, practitioners, patient and VA coverage common to every VA case."""
    sysorg = c.organization("VA Northern Prairie Health Care System", ident=("urn:oid:2.16.840.1.113883.4.349", "636NP"),
                            city="Cedar Falls", country="US", key="org")
    vamc = c.organization("Cedar Falls VA Medical Center", part_of=sysorg, city="Cedar Falls", country="US",
                          ident=("urn:oid:2.16.840.1.113883.4.349", "636NP1"), key="org")
    doc = c.practitioner(pcp[0].capitalize(), pcp[1], qual=(pcp[2], pcp[3]),
                         specialty="Primary Care (PACT)")
    out = {"sys": sysorg, "vamc": vamc, "pcp": doc}
    for key, fam, giv, q, spec in extra:
        out[key] = c.practitioner(fam, giv, qual=q, specialty=spec)
    c.patient(family, given, gender, birth, city, state="IA", country="US", gp=doc, managing=vamc,
              mrn=f"10{zlib.crc32(family.encode()) % 10**8:08d}V{zlib.crc32(birth.encode()) % 10**6:06d}",
              extra_ids=[("http://hl7.org/fhir/sid/us-ssn",
                          f"000-{zlib.crc32(city.encode()) % 90 + 10:02d}-{zlib.crc32(birth.encode()) % 9000 + 1000:04d}")])
    c.coverage(sysorg, cc(coding(SOPT, "32", "Department of Veterans Affairs"),
                          text=f"VA Medical Benefits Package ({branch} veteran)"), "2010-01-01",
               member_id=c.cid.upper(), plan=("PRIORITY-GRP", "VA enrollment priority group"))
    out["pcp_name"] = f"{pcp[0]},{pcp[1].upper()}"
    out["pcp_cred"] = {"NP": "Nurse Practitioner, PACT", "MD": "Staff Physician, PACT"}[pcp[2]]
    return out


def pc_ptsd5(c, date, author, answers, enc=None):
    qs = ["Had nightmares about the event(s) or thought about the event(s) when you did not want to?",
          "Tried hard not to think about the event(s) or went out of your way to avoid situations that "
          "reminded you of the event(s)?",
          "Been constantly on guard, watchful, or easily startled?",
          "Felt numb or detached from people, activities, or your surroundings?",
          "Felt guilty or unable to stop blaming yourself or others for the event(s) or any problems the "
          "event(s) may have caused?"]
    items = [("trauma", "Have you ever experienced a traumatic event (e.g., combat, assault, disaster)?", YES)]
    items += [(f"q{i + 1}", q, YES if a else NO) for i, (q, a) in enumerate(zip(qs, answers))]
    items.append(("total", "PC-PTSD-5 total", sum(answers)))
    qr = c.qresp("https://fhir.vanph.example/Questionnaire/pc-ptsd-5|1.0", date, c.patient_ref, items,
                 source=c.patient_ref, enc=enc)
    c.score(cc(coding(VA_MH, "PC-PTSD-5", "Primary Care PTSD Screen for DSM-5 total score")), date, sum(answers),
            enc=enc, performer=author, derived_from=[qr],
            ref_text="0-5; 3 or more is a positive screen",
            interp="POS" if sum(answers) >= 3 else "NEG")
    return qr


def tbi_screen(c, date, enc=None):
    items = [("s1", "Did you have any injury(ies) during your deployment from blast, vehicular accident, "
                    "fragment, fall or head injury?", NO),
             ("s2", "Did you have any of these symptoms IMMEDIATELY afterwards (loss of consciousness, "
                    "being dazed or confused, not remembering the event)?", NO),
             ("result", "VA TBI screening result", "Negative")]
    return c.qresp("https://fhir.vanph.example/Questionnaire/va-tbi-screen|2.0", date, c.patient_ref, items,
                   source=c.patient_ref, enc=enc)


# ------------------------------------------------------------------------------------------------
def va_psnw_pos(c):
    b = va_base(c, "Kowalczyk", ["Dale", "R."], "male", "1965-03-14", "Cedar Falls", "Army",
                extra=[("uc", "Ferreira", "Luis", ("MD", "Doctor of Medicine"), "Urgent Care"),
                       ("ed", "Nakamura", "Grace", ("MD", "Doctor of Medicine"), "Emergency Medicine")])
    pcp = b["pcp"]
    dm = c.condition(cc(icd10cm("E11.9", "Type 2 diabetes mellitus without complications")), "2015-04-20",
                     recorder=pcp)
    c.condition(cc(icd10cm("I10", "Essential (primary) hypertension")), "2012-09-11", recorder=pcp)
    c.condition(cc(icd10cm("Z87.891", "Personal history of nicotine dependence")), "2016-01-05", recorder=pcp,
                note="Quit 2016, 30 pack-years.")
    c.medreq(cc(rx("6809", "metformin"), text="metformin 1000 mg tablet"), "2025-05-14", pcp,
             "1000 mg by mouth twice daily with meals", reason_ref=[dm], course="continuous", refills=3)
    c.medreq(cc(rx("29046", "lisinopril"), text="lisinopril 20 mg tablet"), "2025-05-14", pcp,
             "20 mg by mouth once daily", course="continuous", refills=3)
    e0 = c.encounter("2026-05-12", type_cc=cc(coding(VA_LOCAL, "PACT-SCHED", "PACT scheduled visit")),
                     who=pcp, provider=b["vamc"], reason=cc(text="Chronic disease follow-up"))
    c.vitals("2026-05-12", e0, bp=(132, 80), wt=94.1)
    c.lab("a1c", 7.1, "2026-05-12", e0)
    e1 = c.encounter("2026-10-06", type_cc=cc(coding(VA_LOCAL, "PACT-SCHED", "PACT scheduled visit")),
                     who=pcp, provider=b["vamc"],
                     reason=cc(sct("60845006", "Dyspnea on exertion"), text="Short of breath walking, tired"))
    c.vitals("2026-10-06", e1, bp=(128, 78), hr=88, wt=92.6, spo2=97, rr=16)
    c.lab("hgb", 14.6, "2026-10-06", e1)
    c.lab("wbc", 7.2, "2026-10-06", e1)
    c.lab("na", 139, "2026-10-06", e1)
    c.lab("k", 4.4, "2026-10-06", e1)
    c.lab("creat", 1.0, "2026-10-06", e1)
    c.lab("tsh", 1.9, "2026-10-06", e1)
    ecg = c.obs(cc(loinc("8625-6", "P-R Interval")), "2026-10-06", value=164, unit="ms", ucum="ms",
                category="procedure", enc=e1, low=120, high=200)
    c.report(cc(loinc("11524-6", "EKG study")), "2026-10-06", "EC", results=[ecg], enc=e1, performer=b["vamc"],
             conclusion="Normal sinus rhythm, rate 84. Normal axis and intervals. No ST-T changes.")
    dysp = c.condition(cc(icd10cm("R06.09", "Other forms of dyspnea"), text="Dyspnea on exertion"),
                       "2026-09-15", recorded="2026-10-06", cat="encounter-diagnosis", enc=e1, recorder=pcp)
    vnote(c, "2026-10-06", note_type("progress"), "PACT primary care note", va_text(
        "PRIMARY CARE NOTE", "PRIMARY CARE NOTE", "2026-10-06", b["pcp_name"], b["pcp_cred"], """
CC: "I get winded walking to the mailbox." About 3 weeks.
HPI: 61 yo Army veteran with DM2, HTN. Progressive exertional dyspnea and fatigue x3 wks. No chest pain,
no orthopnea, no leg swelling, no cough or fever. Former smoker (quit 2016).
PE: Lungs clear. Heart RRR, no murmur. No JVD. No edema. SpO2 97% RA.
DATA: ECG NSR, no acute changes. CBC, BMP, TSH within normal limits.
A/P: Dyspnea on exertion, etiology unclear - likely deconditioning. Reassured. Walking program.
RTC 6 weeks, sooner if worse."""), pcp, enc=e1, custodian=b["vamc"])
    e2 = c.encounter("2026-10-11", type_cc=cc(coding(VA_LOCAL, "UC-UNSCHED", "Urgent care, unscheduled"),
                                              text="Urgent care walk-in"),
                     who=b["uc"], provider=b["vamc"], priority="UR", time="18:20", end_time="21:05",
                     reason=cc(sct("267036007", "Dyspnea"), text="Shortness of breath, chest tightness"))
    c.vitals("2026-10-11", e2, bp=(138, 84), hr=96, spo2=96, time="18:35")
    cxr = c.obs(cc(loinc("36643-5", "XR Chest 2 Views")), "2026-10-11", value_str="No acute cardiopulmonary process",
                category="imaging", enc=e2)
    c.report(cc(loinc("36643-5", "XR Chest 2 Views")), "2026-10-11", "RAD", results=[cxr], enc=e2,
             performer=b["vamc"], conclusion="Clear lungs. Normal heart size. No effusion or pneumothorax.")
    c.medreq(cc(rx("435", "albuterol"), text="albuterol HFA 90 mcg/actuation inhaler"), "2026-10-11", b["uc"],
             "2 puffs inhaled every 4-6 hours as needed for shortness of breath", enc=e2, as_needed=True,
             course="acute")
    vnote(c, "2026-10-11", note_type("progress"), "Urgent care note", va_text(
        "URGENT CARE NOTE", "URGENT CARE NOTE", "2026-10-11", "FERREIRA,LUIS", "Staff Physician, Urgent Care", """
CC: SOB, chest tightness since this morning. Seen in PACT 5 days ago for same.
PE: mild tachypnea, lungs clear, no wheeze. Heart RRR.
DATA: CXR no acute process.
A/P: Dyspnea, unclear cause. Possible reactive airway. Albuterol PRN trial. Return precautions.
Discharged home.""", time="20:50"), b["uc"], enc=e2, custodian=b["vamc"])
    e3 = c.encounter("2026-10-16", cls="EMER", type_cc=cc(coding(VA_LOCAL, "ED-UNSCHED", "Emergency department visit"),
                                                         text="ED visit, unscheduled"),
                     who=b["ed"], provider=b["vamc"], priority="EM", time="02:10", end_time="07:40",
                     reason=cc(sct("267036007", "Dyspnea"), text="Shortness of breath at rest"),
                     discharge=("home", "Home"))
    c.vitals("2026-10-16", e3, hr=104, spo2=95, rr=22, time="02:25")
    c.lab("ddimer", 380, "2026-10-16", e3, time="03:05")
    c.lab("hgb", 14.2, "2026-10-16", e3, time="03:05")
    c.obs(cc(coding(VA_LOCAL, "HSTNI", "Troponin I, high sensitivity")), "2026-10-16", value=4, unit="ng/L",
          ucum="ng/L", high=20, enc=e3, time="03:05")
    vnote(c, "2026-10-16", note_type("ed"), "Emergency department note", va_text(
        "EMERGENCY DEPT NOTE", "EMERGENCY MEDICINE NOTE", "2026-10-16", "NAKAMURA,GRACE",
        "Staff Physician, Emergency Medicine", """
CC: Woke up short of breath. Third visit for dyspnea in 10 days (PACT 10/06, urgent care 10/11).
HPI: albuterol not helping. No fever, no hemoptysis, no calf pain.
PE: HR 104 on arrival, 88 after 1 hr. Lungs clear. No edema.
DATA: ECG sinus tachycardia, no ischemic change. hs-TnI 4. D-dimer 380 (neg). Hgb 14.2.
MDM: PE unlikely (neg D-dimer), ACS unlikely. No pneumonia.
DISPO: Home. Follow up with PACT. Etiology of dyspnea undetermined.""", time="07:30"), b["ed"], enc=e3,
           custodian=b["vamc"])
    e4 = c.encounter("2026-11-20", type_cc=cc(coding(VA_LOCAL, "PACT-SCHED", "PACT scheduled visit")),
                     who=pcp, provider=b["vamc"], reason=cc(text="Follow-up dyspnea"), diagnoses=[dysp])
    c.vitals("2026-11-20", e4, bp=(130, 80), hr=90, wt=91.8, spo2=96)
    c.sreq(cc(cpt("94010", "Spirometry, including graphic record, total and timed vital capacity"),
              text="Pulmonary function study (spirometry)"), "active", "order", "2026-11-20", pcp,
           occurrence="2026-12-17", reason_ref=[dysp], enc=e4,
           category=cc(sct("103693007", "Diagnostic procedure")))
    c.sreq(cc(cpt("93306", "Echocardiography, transthoracic, complete, with Doppler and color flow"),
              text="Transthoracic echocardiogram"), "active", "order", "2026-11-20", pcp,
           occurrence="2026-12-22", reason_ref=[dysp], enc=e4,
           category=cc(sct("363679005", "Imaging")))
    vnote(c, "2026-11-20", note_type("progress"), "PACT follow-up note", va_text(
        "PRIMARY CARE NOTE", "PRIMARY CARE NOTE", "2026-11-20", b["pcp_name"], b["pcp_cred"], """
CC: Still short of breath with walking. Tired. Down ~1 kg since October.
INTERVAL: urgent care 10/11 and ED 10/16 for the same complaint, both sent home.
A/P: Persistent exertional dyspnea, cause not established. Spirometry and TTE ordered.
Discussed with veteran; he is frustrated that "everything comes back normal"."""), pcp, enc=e4,
           custodian=b["vamc"])


def va_dsm_pos(c):
    b = va_base(c, "Castillo", ["Renee", "M."], "female", "1974-08-02", "Waterloo", "Navy",
                pcp=("ABERNATHY", "Paul", "MD", "Staff physician"))
    pcp = b["pcp"]
    ibs = c.condition(cc(icd10cm("K58.0", "Irritable bowel syndrome with diarrhea"),
                         sct("10743008", "Irritable bowel syndrome")), "2025-06-18", recorder=pcp,
                      note="Rome IV criteria. CBC, TSH, tTG-IgA normal 06/2025.")
    c.condition(cc(icd10cm("K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2019-03-02",
                recorder=pcp)
    hypo = c.condition(cc(icd10cm("E03.9", "Hypothyroidism, unspecified")), "2014-10-10", recorder=pcp)
    c.medreq(cc(rx("10582", "levothyroxine"), text="levothyroxine 88 mcg tablet"), "2025-10-01", pcp,
             "88 mcg by mouth daily before breakfast", reason_ref=[hypo], course="continuous")
    c.medreq(cc(rx("3361", "dicyclomine"), text="dicyclomine 20 mg tablet"), "2025-06-18", pcp,
             "20 mg by mouth four times daily as needed for cramping", reason_ref=[ibs], as_needed=True)
    c.medreq(cc(rx("6468", "loperamide"), text="loperamide 2 mg capsule"), "2025-06-18", pcp,
             "2 mg by mouth after each loose stool, max 8 mg/day", reason_ref=[ibs], as_needed=True)
    e0 = c.encounter("2025-06-18", who=pcp, provider=b["vamc"], reason=cc(text="Diarrhea x4 months"),
                     type_cc=cc(coding(VA_LOCAL, "PACT-SCHED", "PACT scheduled visit")))
    c.lab("hgb", 13.4, "2025-06-18", e0)
    c.lab("tsh", 2.2, "2025-06-18", e0)
    c.lab("ttg", 2, "2025-06-18", e0)
    c.vitals("2025-06-18", e0, bp=(122, 76), wt=78.4)
    e1 = c.encounter("2026-02-10", who=pcp, provider=b["vamc"], reason=cc(text="IBS follow-up"),
                     type_cc=cc(coding(VA_LOCAL, "PACT-SCHED", "PACT scheduled visit")))
    c.vitals("2026-02-10", e1, bp=(124, 78), wt=77.9)
    e2 = c.encounter("2026-06-16", who=pcp, provider=b["vamc"], reason=cc(text="Diarrhea persisting"),
                     type_cc=cc(coding(VA_LOCAL, "PACT-SCHED", "PACT scheduled visit")))
    c.vitals("2026-06-16", e2, bp=(118, 74), wt=74.6)
    c.medreq(cc(rx("35619", "rifaximin"), text="rifaximin 550 mg tablet"), "2026-06-16", pcp,
             "550 mg by mouth three times daily for 14 days", reason_ref=[ibs], status="completed",
             course="acute", enc=e2)
    vnote(c, "2026-06-16", note_type("progress"), "PACT note - IBS", va_text(
        "PRIMARY CARE NOTE", "PRIMARY CARE NOTE", "2026-06-16", b["pcp_name"], b["pcp_cred"], """
CC: loose stools 5-6/day, cramping.
A/P: IBS-D, not controlled on loperamide/dicyclomine. Trial rifaximin 14 days. Low FODMAP handout.
Weight 74.6 kg (77.9 in Feb) - attributes to diet changes."""), pcp, enc=e2, custodian=b["vamc"])
    e3 = c.encounter("2026-10-20", who=pcp, provider=b["vamc"], reason=cc(text="IBS follow-up, weight loss"),
                     type_cc=cc(coding(VA_LOCAL, "PACT-SCHED", "PACT scheduled visit")), diagnoses=[ibs])
    c.vitals("2026-10-20", e3, bp=(116, 72), hr=92, wt=71.2, temp=37.4)
    c.lab("hgb", 12.6, "2026-10-20", e3)
    c.lab("crp", 18, "2026-10-20", e3)
    c.lab("albumin", 3.3, "2026-10-20", e3)
    c.lab("calpro", 410, "2026-10-22", e3)
    c.lab("tsh", 2.6, "2026-10-20", e3)
    c.obs(cc(coding(VA_LOCAL, "SX-NOCT-DIARR", "Nocturnal diarrhea")), "2026-10-20", value_bool=True, category="exam", enc=e3,
          performer=pcp)
    vnote(c, "2026-10-20", note_type("progress"), "PACT note - IBS follow-up", va_text(
        "PRIMARY CARE NOTE", "PRIMARY CARE NOTE", "2026-10-20", b["pcp_name"], b["pcp_cred"], """
CC: still having diarrhea, now waking at night 2-3 times to have a BM. Occasional blood on tissue.
ROS: low-grade temps at home, fatigue.
PE: T 37.4. Abdomen soft, mild RLQ tenderness.
DATA: Wt 71.2 kg (77.9 kg 02/2026, -8.6%). CRP 18, albumin 3.3. Fecal calprotectin 410 (10/22).
A/P: IBS-D. Rifaximin did not help. Continue loperamide scheduled, dicyclomine PRN.
Recheck 3 months.""", time="10:20"), pcp, enc=e3, custodian=b["vamc"])


def va_mpp_pos(c):
    b = va_base(c, "Oyelaran", ["Marcus", "T."], "male", "1968-11-23", "Mason City", "Marine Corps",
                extra=[("ns", "Whitcombe", "Daniel", ("MD", "Doctor of Medicine"), "Neurosurgery")])
    pcp, ns = b["pcp"], b["ns"]
    ccn = c.organization("Prairie Ridge Spine Institute (VA Community Care Network provider)", city="Waterloo",
                         country="US", key="org")
    sten = c.condition(cc(icd10cm("M48.062", "Spinal stenosis, lumbar region with neurogenic claudication")),
                       "2024-09-03", recorder=pcp)
    spondy = c.condition(cc(icd10cm("M43.16", "Spondylolisthesis, lumbar region")), "2024-09-03", recorder=pcp,
                         note="Grade 1 degenerative anterolisthesis L4 on L5.")
    c.condition(cc(icd10cm("I10", "Essential (primary) hypertension")), "2015-02-17", recorder=pcp)
    c.condition(cc(icd10cm("G47.33", "Obstructive sleep apnea (adult) (pediatric)")), "2020-06-30", recorder=pcp,
                note="On CPAP.")
    c.medreq(cc(rx("17767", "amlodipine"), text="amlodipine 10 mg tablet"), "2025-07-01", pcp,
             "10 mg by mouth daily", course="continuous")
    c.medreq(cc(rx("25480", "gabapentin"), text="gabapentin 300 mg capsule"), "2025-01-08", pcp,
             "300 mg by mouth three times daily", reason_ref=[sten], course="continuous")
    mri = c.obs(cc(loinc("24967-2", "MR Lumbar spine WO contrast")), "2024-09-03",
                value_str="Severe central canal stenosis L4-L5 with grade 1 anterolisthesis", category="imaging")
    c.report(cc(loinc("24967-2", "MR Lumbar spine WO contrast")), "2024-09-03", "RAD", results=[mri],
             performer=b["vamc"], conclusion="Grade 1 degenerative spondylolisthesis L4-5 with severe central "
                                             "and bilateral lateral recess stenosis.")
    c.proc(cc(cpt("62323", "Injection, interlaminar epidural, lumbar or sacral, with imaging guidance")),
           "completed", "2025-04-15", performer=b["vamc"], reason_ref=[sten])
    c.proc(cc(cpt("62323", "Injection, interlaminar epidural, lumbar or sacral, with imaging guidance")),
           "completed", "2025-10-21", performer=b["vamc"], reason_ref=[sten],
           note="Relief about 6 weeks only.")
    c.proc(cc(cpt("97110", "Therapeutic exercises"), text="Physical therapy course, 12 sessions"), "completed",
           period={"start": "2025-01-13", "end": "2025-03-31"}, reason_ref=[sten])
    for d, v in (("2026-02-09", 7), ("2026-08-19", 7), ("2026-11-16", 7)):
        e = c.encounter(d, who=pcp if d != "2026-08-19" else ns, provider=b["vamc"],
                        type_cc=cc(coding(VA_LOCAL, "PACT-SCHED" if d != "2026-08-19" else "NSURG",
                                          "PACT scheduled visit" if d != "2026-08-19" else "Neurosurgery clinic")),
                        reason=cc(text="Low back and bilateral leg pain with walking"))
        c.score(cc(loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), d, v, enc=e)
        c.vitals(d, e, bp=(134, 82), wt=101.5)
        if d == "2026-08-19":
            ens = e
    vnote(c, "2026-08-19", note_type("consult"), "Neurosurgery consult", va_text(
        "NEUROSURGERY CONSULT", "NEUROSURGERY CONSULT", "2026-08-19", "WHITCOMBE,DANIEL", "Staff Neurosurgeon", """
REASON FOR REQUEST: lumbar stenosis, failed conservative care.
HPI: neurogenic claudication, walking tolerance 1 block. Failed PT (2025), 2 ESIs with short relief.
EXAM: strength 5/5, decreased sensation L5 bilat.
IMAGING: grade 1 spondylolisthesis L4-5, severe stenosis, dynamic films 4 mm translation.
RECOMMENDATION: L4-L5 decompression with posterior instrumented fusion (TLIF). Risks/benefits discussed;
veteran wishes to proceed. VA OR wait > 90 days - Community Care referral placed per MISSION Act."""),
           ns, enc=ens, custodian=b["vamc"])
    sr = c.sreq(cc(cpt("22633", "Arthrodesis, combined posterior or posterolateral technique with posterior "
                                "interbody technique, single interspace, lumbar"),
                   text="L4-L5 decompression and posterior instrumented fusion (TLIF)"),
                "active", "order", "2026-08-22", ns, occurrence="2027-01-12", performer=ccn,
                reason_ref=[sten, spondy],
                category=cc(coding(VA_LOCAL, "CC-CONSULT", "Community Care consult"), text="Community Care - Surgery"),
                note="Community Care (CCN) episode of care: surgery plus 90-day global. Authorized 09/02/2026.")
    c.appointment("2027-01-12", "2027-01-12", "L4-L5 TLIF at Prairie Ridge Spine Institute", [],
                  based_on=[sr], reason_ref=[sten], start_time="07:00", end_time="13:00")
    for k, v in (("hgb", 14.1), ("creat", 1.1), ("k", 4.2), ("glucose", 96)):
        c.lab(k, v, "2026-11-16")
    vnote(c, "2026-11-16", note_type("progress"), "PACT note - pre-operative", va_text(
        "PRIMARY CARE NOTE", "PRIMARY CARE NOTE", "2026-11-16", b["pcp_name"], b["pcp_cred"], """
CC: pre-operative visit. Lumbar fusion scheduled 01/12/2027 at Prairie Ridge (community care).
A/P: HTN controlled. OSA - bring CPAP to hospital. Hold NSAIDs 7 days before surgery.
Pre-op labs/ECG at next visit."""), pcp, custodian=b["vamc"])


def va_up_pos(c):
    b = va_base(c, "Haskins", ["Gerald", "W."], "male", "1957-02-09", "Ottumwa", "Army",
                extra=[("hep", "Okonkwo", "Adaeze", ("MD", "Doctor of Medicine"), "Hepatology")])
    pcp, hep = b["pcp"], b["hep"]
    cirr = c.condition(cc(icd10cm("K70.31", "Alcoholic cirrhosis of liver with ascites")), "2023-03-14",
                       recorder=hep)
    he = c.condition(cc(icd10cm("K76.82", "Hepatic encephalopathy")), "2025-11-02", recorder=hep)
    c.condition(cc(icd10cm("F10.20", "Alcohol dependence, uncomplicated")), "2010-05-01", recorder=pcp)
    c.condition(cc(icd10cm("E11.9", "Type 2 diabetes mellitus without complications")), "2019-08-20",
                recorder=pcp)
    for med, code, dose in (("lactulose", "6218", "30 mL by mouth three times daily, titrate to 2-3 soft stools"),
                            ("rifaximin", "35619", "550 mg by mouth twice daily"),
                            ("spironolactone", "9997", "100 mg by mouth daily"),
                            ("furosemide", "4603", "40 mg by mouth daily")):
        c.medreq(cc(rx(code, med)), "2026-08-30", hep, dose, reason_ref=[cirr if med != "lactulose" and
                                                                         med != "rifaximin" else he],
                 course="continuous")
    adm = c.encounter("2026-08-24", cls="IMP", end="2026-08-30", who=hep, provider=b["vamc"],
                      type_cc=cc(text="Medicine admission"), admit=("emd", "From accident/emergency department"),
                      discharge=("home", "Home"), reason=cc(text="Hepatic encephalopathy grade 2"),
                      diagnoses=[he, cirr], length_days=6)
    vnote(c, "2026-08-30", note_type("discharge"), "Discharge summary", va_text(
        "DISCHARGE SUMMARY", "DISCHARGE SUMMARY", "2026-08-30", "OKONKWO,ADAEZE", "Staff Physician, Hepatology", """
ADMISSION DX: hepatic encephalopathy grade 2. DISCHARGE DX: same; decompensated alcoholic cirrhosis.
COURSE: lactulose/rifaximin, resolved in 72 h. Large-volume paracentesis 6 L.
DISPOSITION: home with wife. Hepatology clinic 2 weeks."""), hep, enc=adm, custodian=b["vamc"])
    for d in ("2026-09-22", "2026-10-20", "2026-11-10"):
        c.proc(cc(cpt("49083", "Abdominal paracentesis (diagnostic or therapeutic); with imaging guidance")),
               "completed", d, performer=b["vamc"], reason_ref=[cirr], note="5-6 L removed; albumin given.")
    e = c.encounter("2026-11-12", who=hep, provider=b["vamc"],
                    type_cc=cc(coding(VA_LOCAL, "HEP", "Hepatology clinic")), reason=cc(text="Cirrhosis follow-up"))
    c.vitals("2026-11-12", e, bp=(102, 64), hr=84, wt=79.0)
    for k, v in (("bili", 4.8), ("inr", 2.1), ("albumin", 2.4), ("creat", 1.6), ("na", 128), ("plt", 62)):
        c.lab(k, v, "2026-11-09", e)
    c.obs(cc(coding(VA_LOCAL, "PETH", "Phosphatidylethanol (PEth) 16:0/18:1, whole blood")), "2026-10-20",
          value=212, unit="ng/mL", ucum="ng/mL", high=20)
    vnote(c, "2026-11-12", note_type("progress"), "Hepatology progress note", va_text(
        "HEPATOLOGY OUTPATIENT NOTE", "GASTROENTEROLOGY NOTE", "2026-11-12", "OKONKWO,ADAEZE",
        "Staff Physician, Hepatology", """
S: 69 yo veteran, decompensated alcoholic cirrhosis (ascites, HE). Paracentesis every 3-4 weeks.
Admitted 08/2026 for HE. Still drinking per PEth 212 (10/2026); declined residential SUD program again.
O: BP 102/64. Jaundiced. Tense ascites. No asterixis today.
LABS 11/09: T bili 4.8, INR 2.1, alb 2.4, Cr 1.6, Na 128. MELD-Na about 30. Child-Pugh C.
A/P:
1. Decompensated cirrhosis. Not a liver transplant candidate (active alcohol use, no engagement with
   treatment). TIPS not advisable given recurrent HE and MELD. No further disease-modifying treatment
   options available. Continue diuretics as tolerated, lactulose, rifaximin, serial paracentesis.
2. Goals of care: discussed poor prognosis (months). He wants to stay at home. Raised hospice; he wants to
   talk with his daughter first. Will revisit at next visit.""", time="11:15"), hep, enc=e, custodian=b["vamc"])


def va_up_nm(c):
    b = va_base(c, "Lindqvist", ["Harold", "E."], "male", "1944-06-30", "Decorah", "Army",
                pcp=("MARSH", "Eleanor", "MD", "Staff physician"))
    pcp = b["pcp"]
    wife = c.related("Lindqvist", "Marion", "WIFE", "wife", phone="563-555-0142")
    ccn = c.organization("Driftless Neurology Associates, Memory Disorders Clinic (VA Community Care Network)",
                         city="La Crosse", country="US", key="org")
    neuro = c.practitioner("Bergstrom", "Ingrid", qual=("MD", "Doctor of Medicine"),
                           specialty="Cognitive and behavioral neurology")
    ad = c.condition(cc(icd10cm("G30.1", "Alzheimer's disease with late onset"),
                        sct("26929004", "Alzheimer's disease")), "2022-05-10", recorder=pcp,
                     severity=cc(sct("24484000", "Severe")), note="Severe stage (FAST 6c) as of 06/2026.")
    c.condition(cc(icd10cm("I10", "Essential (primary) hypertension")), "2003-01-20", recorder=pcp)
    c.condition(cc(icd10cm("H90.3", "Sensorineural hearing loss, bilateral")), "2008-04-02", recorder=pcp)
    c.medstmt(cc(rx("135447", "donepezil"), text="donepezil 10 mg tablet"), "active", "2022-06-01",
              "10 mg by mouth at bedtime", reason_ref=[ad], asserted="2026-08-01", info_source=wife)
    c.medreq(cc(rx("17767", "amlodipine"), text="amlodipine 5 mg tablet"), "2025-11-01", pcp, "5 mg daily",
             course="continuous")
    e0 = c.encounter("2026-06-02", who=pcp, provider=b["vamc"], type_cc=cc(text="Home Based Primary Care visit"),
                     cls="HH", reason=cc(text="Progressive memory loss, caregiver strain"))
    c.vitals("2026-06-02", e0, bp=(128, 70), hr=62, wt=66.0)
    c.lab("na", 139, "2026-06-02", e0)
    c.lab("creat", 1.1, "2026-06-02", e0)
    c.lab("tsh", 2.3, "2026-06-02", e0)
    c.score(cc(coding(VA_LOCAL, "SLUMS", "Saint Louis University Mental Status examination total score")),
            "2026-06-02", 8, enc=e0, ref_text="27-30 normal (high school education)", interp="A")
    sr = c.sreq(cc(coding(VA_LOCAL, "CC-2ND-OP", "Community Care consult - second opinion"),
                   text="Second opinion, cognitive neurology (memory disorders)"),
                "completed", "order", "2026-06-02", pcp, performer=ccn, reason_ref=[ad], enc=e0,
                note="Family (wife, daughter) request second opinion on diagnosis, prognosis and any "
                     "remaining treatment options, including anti-amyloid antibodies.")
    e1 = c.encounter("2026-07-15", who=neuro, provider=ccn, type_cc=cc(text="Community care specialty visit"),
                     reason=cc(text="Second opinion"), based_on=[sr])
    vnote(c, "2026-07-20", note_type("consult"), "Community Care consult result: second opinion, cognitive neurology",
           """COMMUNITY CARE CONSULT RESULT - scanned and indexed
Driftless Neurology Associates, Memory Disorders Clinic
Visit: 07/15/2026   Requested by: VA PACT / HBPC (Dr. E. Marsh)
Question: second opinion on diagnosis, prognosis and treatment options.
Findings: dependent for dressing and bathing, urinary incontinence, speech limited to short phrases.
SLUMS 8/30. MRI 2025: marked bilateral hippocampal atrophy.
Opinion: I agree with the diagnosis of Alzheimer's disease, now severe (FAST 6c). He is not eligible for
anti-amyloid therapy (severe stage). Continue donepezil as long as tolerated. No disease-modifying
options remain. I agree with a comfort-focused plan and hospice referral when criteria are met.
I. Bergstrom, MD""", neuro, enc=e1, custodian=ccn, related=[sr])
    c.careplan("Palliative / comfort-focused plan of care", "active", "plan",
               [cc(sct("103735009", "Palliative care"), text="Palliative care plan")], "2026-08-01", pcp,
               addresses=[ad], description="Comfort-focused care at home with HBPC; caregiver support; "
                                           "hospice referral when eligible.",
               activities=[(cc(text="Home Based Primary Care visits monthly"), "in-progress", None),
                           (cc(text="Caregiver support program (wife)"), "in-progress", None),
                           (cc(sct("385763009", "Hospice care")), "not-started",
                            "Refer to hospice when FAST 7 or weight loss > 10%")])
    e2 = c.encounter("2026-08-01", who=pcp, provider=b["vamc"], type_cc=cc(text="Home Based Primary Care visit"),
                     cls="HH", reason=cc(text="Goals of care"))
    vnote(c, "2026-08-01", note_type("progress"), "HBPC goals of care note", va_text(
        "HBPC PHYSICIAN NOTE", "HOME HEALTH NOTE", "2026-08-01", "MARSH,ELEANOR", "Staff Physician, HBPC", """
GOALS OF CARE: met with veteran, wife Marion and daughter. Community care second opinion (07/15) reviewed:
concurs with severe Alzheimer's disease, no disease-modifying options. Family agrees with comfort-focused
care at home. DNR/DNI confirmed (LST note completed). Hospice when eligible."""), pcp, enc=e2,
           custodian=b["vamc"])
    e3 = c.encounter("2026-11-05", who=pcp, provider=b["vamc"], type_cc=cc(text="Home Based Primary Care visit"),
                     cls="HH", reason=cc(text="Routine HBPC"))
    c.vitals("2026-11-05", e3, bp=(124, 68), hr=60, wt=64.8)


def va_hit_pos(c):
    b = va_base(c, "Benavides", ["Luis", "A."], "male", "1960-01-19", "Waterloo", "Air Force",
                extra=[("neph", "Sadowski", "Karen", ("MD", "Doctor of Medicine"), "Nephrology"),
                       ("vs", "Pham", "Andrew", ("MD", "Doctor of Medicine"), "Vascular Surgery")])
    pcp, neph = b["pcp"], b["neph"]
    unit = c.organization("Cedar Valley Dialysis Center (VA Community Care Network)", city="Waterloo",
                          country="US", key="org")
    dm = c.condition(cc(icd10cm("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")),
                     "2008-03-01", recorder=pcp)
    ckd = c.condition(cc(icd10cm("N18.5", "Chronic kidney disease, stage 5")), "2026-03-17", recorder=neph)
    c.condition(cc(icd10cm("I12.0", "Hypertensive chronic kidney disease with stage 5 chronic kidney disease or "
                                    "end stage renal disease")), "2026-03-17", recorder=neph)
    c.condition(cc(icd10cm("D63.1", "Anemia in chronic kidney disease")), "2025-09-09", recorder=neph)
    c.medreq(cc(rx("274783", "insulin glargine"), text="insulin glargine 100 units/mL pen"), "2026-03-17", pcp,
             "14 units subcutaneously at bedtime", reason_ref=[dm], course="continuous")
    c.medreq(cc(rx("36676", "sodium bicarbonate"), text="sodium bicarbonate 650 mg tablet"), "2026-09-17", neph,
             "1300 mg by mouth twice daily", reason_ref=[ckd], course="continuous")
    c.medreq(cc(text="sevelamer carbonate 800 mg tablet"), "2026-09-17", neph,
             "800 mg by mouth three times daily with meals", reason_ref=[ckd], course="continuous")
    c.medreq(cc(rx("4603", "furosemide"), text="furosemide 80 mg tablet"), "2026-09-17", neph,
             "80 mg by mouth twice daily", course="continuous")
    fist = c.proc(cc(cpt("36821", "Arteriovenous anastomosis, open; direct, any site (eg, Cimino type)"),
                     text="Left radiocephalic arteriovenous fistula creation"), "completed", "2026-08-27",
                  performer=b["vs"], reason_ref=[ckd],
                  body_site=txt("Left forearm (radiocephalic)"))
    e1 = c.encounter("2026-09-15", who=neph, provider=b["vamc"], type_cc=cc(coding(VA_LOCAL, "RENAL",
                                                                                   "Renal clinic")),
                     reason=cc(text="CKD 5 follow-up"))
    for k, v in (("creat", 5.9), ("egfr", 11), ("k", 5.4), ("bicarb", 19), ("hgb", 9.8), ("phos", 5.4)):
        c.lab(k, v, "2026-09-15", e1)
    c.vitals("2026-09-15", e1, bp=(152, 86), wt=88.4)
    c.obs(cc(coding(VA_LOCAL, "AVF-DUPLEX", "AV fistula duplex: access flow")), "2026-10-28", value=720,
          unit="mL/min", ucum="mL/min", category="imaging",
          note="Left radiocephalic AVF mature: diameter 6.5 mm, depth 4 mm. Suitable for cannulation.")
    e2 = c.encounter("2026-11-19", who=neph, provider=b["vamc"], type_cc=cc(coding(VA_LOCAL, "RENAL",
                                                                                   "Renal clinic")),
                     reason=cc(text="Uremic symptoms; dialysis planning"), diagnoses=[ckd])
    for k, v in (("creat", 6.8), ("egfr", 9), ("k", 5.6), ("bicarb", 18), ("hgb", 9.6), ("phos", 5.8)):
        c.lab(k, v, "2026-11-17", e2)
    c.vitals("2026-11-19", e2, bp=(158, 88), wt=89.9)
    sr = c.sreq(cc(cpt("90935", "Hemodialysis procedure with single evaluation by a physician or other qualified "
                                "health care professional"),
                   sct("302497006", "Hemodialysis"), text="Initiate maintenance in-center hemodialysis"),
                "active", "order", "2026-11-19", neph, performer=unit, reason_ref=[ckd], enc=e2,
                occurrence_period={"start": "2026-12-08"},
                note="In-center HD 3x/week (Mon/Wed/Fri), 4 h, via left RC AVF. Community Care authorization "
                     "approved 11/24/2026. First treatment 12/08/2026.",
                supporting=[fist])
    vnote(c, "2026-11-19", note_type("progress"), "Nephrology progress note", va_text(
        "NEPHROLOGY OUTPATIENT NOTE", "NEPHROLOGY NOTE", "2026-11-19", "SADOWSKI,KAREN", "Staff Nephrologist", """
S: nausea, poor appetite, itching, metallic taste x4 weeks. 2 kg weight gain, ankle edema.
O: BP 158/88. 2+ edema. AVF with good thrill.
LABS 11/17: Cr 6.8, eGFR 9, K 5.6, HCO3 18, Hgb 9.6.
A/P: CKD 5 (diabetic nephropathy) with uremic symptoms. Modality education completed 06/2026; veteran
chose in-center hemodialysis. Start HD 12/08/2026 at Cedar Valley Dialysis (community care), MWF.
Veteran worried about losing his part-time job and about 3 days a week in a chair; social work referral."""),
           neph, enc=e2, custodian=b["vamc"])
    c.appointment("2026-12-08", "2026-12-08", "First in-center hemodialysis treatment", [], based_on=[sr],
                  start_time="06:30", end_time="11:00")


def va_prc_pos(c):
    b = va_base(c, "Wierzbicki", ["Tomasz", "J."], "male", "1981-04-05", "Iowa City", "Army",
                extra=[("ns", "Whitcombe", "Daniel", ("MD", "Doctor of Medicine"), "Neurosurgery")])
    pcp = b["pcp"]
    rad = c.condition(cc(icd10cm("M51.16", "Intervertebral disc disorders with radiculopathy, lumbar region")),
                      "2023-02-14", recorder=pcp)
    ptsd = c.condition(cc(icd10cm("F43.10", "Post-traumatic stress disorder, unspecified")), "2012-07-09",
                       recorder=pcp)
    c.condition(cc(icd10cm("H93.13", "Tinnitus, bilateral")), "2010-11-01", recorder=pcp)
    c.medreq(cc(rx("25480", "gabapentin"), text="gabapentin 600 mg tablet"), "2023-05-01", pcp,
             "600 mg by mouth three times daily", reason_ref=[rad], course="continuous")
    c.medreq(cc(rx("41493", "meloxicam"), text="meloxicam 15 mg tablet"), "2024-02-01", pcp,
             "15 mg by mouth daily with food", reason_ref=[rad], course="continuous")
    c.medreq(cc(rx("36437", "sertraline"), text="sertraline 100 mg tablet"), "2021-03-01", pcp,
             "100 mg by mouth daily", reason_ref=[ptsd], course="continuous")
    mri = c.obs(cc(loinc("24967-2", "MR Lumbar spine WO contrast")), "2025-11-18",
                value_str="Broad-based disc bulge L5-S1 with mild left foraminal narrowing", category="imaging")
    c.report(cc(loinc("24967-2", "MR Lumbar spine WO contrast")), "2025-11-18", "RAD", results=[mri],
             performer=b["vamc"], conclusion="Degenerative disc disease L4-S1. Mild left L5-S1 foraminal "
                                             "narrowing. No high-grade canal stenosis. Unchanged from 2023.")
    encs = []
    for d, v in (("2026-03-10", 6), ("2026-07-14", 6), ("2026-11-03", 6)):
        e = c.encounter(d, who=pcp, provider=b["vamc"], type_cc=cc(coding(VA_LOCAL, "PACT-SCHED",
                                                                          "PACT scheduled visit")),
                        reason=cc(text="Chronic low back and left leg pain"))
        c.score(cc(loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), d, v,
                enc=e)
        c.vitals(d, e, bp=(126, 80), hr=70)
        encs.append(e)
    for k, v in (("hgb", 15.0), ("creat", 1.0), ("alt", 28)):
        c.lab(k, v, "2026-07-14", encs[1])
    pc_ptsd5(c, "2026-03-10", pcp, [1, 1, 1, 0, 0], enc=encs[0])
    vnote(c, "2026-05-21", note_type("consult"), "Neurosurgery e-consult", va_text(
        "NEUROSURGERY E-CONSULT", "NEUROSURGERY E CONSULT NOTE", "2026-05-21", "WHITCOMBE,DANIEL",
        "Staff Neurosurgeon", """
Reviewed MRI 11/2025 and chart. Mild foraminal narrowing only, no compressive lesion amenable to surgery.
Not a surgical candidate. Recommend continued PT, pain psychology, consider interdisciplinary pain program."""),
           b["ns"], custodian=b["vamc"])
    c.qresp("https://fhir.vanph.example/Questionnaire/whole-health-checkin|2.1", "2026-11-03", c.patient_ref, [
        ("1", "What matters most to you in your health right now?", "Being able to work a full shift again."),
        ("2", "Do you feel your concerns were addressed at your last visit?", NO),
        ("3", "Would you like a second opinion about your diagnosis or treatment plan?", YES),
        ("3.1", "If yes, what would you like a second opinion about?",
         "My back and leg pain. I was told surgery won't help but nothing has changed in 3 years and I keep "
         "getting the same answer."),
        ("4", "Preferred way to be contacted", "Secure messaging"),
    ], source=c.patient_ref, enc=encs[2])
    vnote(c, "2026-11-03", note_type("progress"), "PACT note", va_text(
        "PRIMARY CARE NOTE", "PRIMARY CARE NOTE", "2026-11-03", b["pcp_name"], b["pcp_cred"], """
CC: chronic low back pain with left leg radiation, unchanged. Pain 6/10.
A/P: lumbar radiculopathy, stable on gabapentin/meloxicam. PTSD stable on sertraline.
Whole Health check-in completed today in clinic kiosk. Continue home exercise program."""), pcp,
           enc=encs[2], custodian=b["vamc"])


def va_prc_nm(c):
    b = va_base(c, "Fairweather", ["Brandon", "K."], "male", "1986-09-17", "Ames", "Navy",
                extra=[("ent", "Castellanos", "Mireya", ("MD", "Doctor of Medicine"), "Otolaryngology")])
    pcp, ent = b["pcp"], b["ent"]
    ccn = c.organization("Heartland Sleep Center (VA Community Care Network)", city="Ames", country="US", key="org")
    sleepdoc = c.practitioner("Adeyemi", "Tunde", qual=("MD", "Doctor of Medicine"), specialty="Sleep Medicine")
    osa = c.condition(cc(icd10cm("G47.33", "Obstructive sleep apnea (adult) (pediatric)")), "2025-11-20",
                      recorder=pcp)
    c.condition(cc(icd10cm("E66.9", "Obesity, unspecified")), "2020-01-15", recorder=pcp)
    c.condition(cc(icd10cm("I10", "Essential (primary) hypertension")), "2022-04-11", recorder=pcp)
    c.medreq(cc(rx("29046", "lisinopril"), text="lisinopril 10 mg tablet"), "2025-04-11", pcp, "10 mg daily",
             course="continuous")
    c.obs(cc(coding(VA_LOCAL, "HSAT-AHI", "Home sleep apnea study: apnea-hypopnea index")), "2025-11-12", value=38,
          unit="events/h", ucum="/h", high=5, category="procedure")
    c.proc(cc(hcpcs("E0601", "Continuous positive airway pressure (CPAP) device"), text="CPAP device issued"),
           "completed", "2025-12-03", performer=b["vamc"], reason_ref=[osa])
    e1 = c.encounter("2026-03-10", who=ent, provider=b["vamc"], type_cc=cc(coding(VA_LOCAL, "ENT", "ENT clinic")),
                     reason=cc(text="CPAP intolerance"))
    ent_sr = c.sreq(cc(cpt("42145", "Palatopharyngoplasty (eg, uvulopalatopharyngoplasty, uvulopharyngoplasty)")),
                    "revoked", "order", "2026-03-10", ent, reason_ref=[osa], enc=e1,
                    note="Cancelled 06/30/2026: after community care second opinion veteran elects CPAP re-trial.")
    m1 = c.communication("2026-04-02", c.patient_ref, pcp,
                         "Dr. Castellanos wants to do throat surgery for my sleep apnea. I'd like a second "
                         "opinion before I agree to surgery. Can I see a sleep doctor outside the VA?",
                         category=cc(coding(VA_LOCAL, "SM", "Secure message"), text="My HealtheVet secure message"),
                         about=[ent_sr])
    sr = c.sreq(cc(coding(VA_LOCAL, "CC-2ND-OP", "Community Care consult - second opinion"),
                   text="Second opinion, sleep medicine"), "completed", "order", "2026-04-06", pcp,
                performer=ccn, reason_ref=[osa])
    c.communication("2026-04-06", pcp, c.patient_ref,
                    "Community care referral placed for a second opinion with a sleep medicine specialist. "
                    "The community care office will call you to schedule.", in_response_to=[m1],
                    category=cc(coding(VA_LOCAL, "SM", "Secure message"), text="My HealtheVet secure message"))
    e2 = c.encounter("2026-06-11", who=sleepdoc, provider=ccn, type_cc=cc(text="Community care specialty visit"),
                     reason=cc(text="Second opinion OSA management"), based_on=[sr])
    vnote(c, "2026-06-18", note_type("consult"), "Community Care consult result: second opinion, sleep medicine",
           """COMMUNITY CARE CONSULT RESULT - scanned and indexed
Heartland Sleep Center. Visit 06/11/2026. Second opinion requested by veteran.
Moderate-severe OSA (AHI 38). CPAP failure due to mask leak and aerophagia with full-face mask.
Opinion: surgery is not first line. Recommend mask refit (nasal pillows), auto-PAP 6-14, positional therapy,
weight management. Reassess after 3 months. A. Adeyemi, MD""", sleepdoc, enc=e2, custodian=ccn, related=[sr])
    e3 = c.encounter("2026-10-13", who=pcp, provider=b["vamc"], type_cc=cc(coding(VA_LOCAL, "PACT-SCHED",
                                                                                  "PACT scheduled visit")),
                     reason=cc(text="OSA follow-up"))
    c.obs(cc(coding(VA_LOCAL, "PAP-USE", "PAP usage, mean hours per night (30 days)")), "2026-10-13", value=6.4,
          unit="h", ucum="h", category="procedure", enc=e3, note="Usage >= 4 h on 92% of nights; residual AHI 3.1.")
    c.vitals("2026-10-13", e3, bp=(128, 82), wt=104.2, bmi=33.1)
    c.lab("creat", 1.0, "2026-10-13", e3)
    c.lab("k", 4.4, "2026-10-13", e3)
    c.communication("2026-10-15", c.patient_ref, pcp,
                    "CPAP is working much better with the new mask. Sleeping through the night. Thanks for "
                    "setting up the referral.", category=cc(coding(VA_LOCAL, "SM", "Secure message"),
                                                             text="My HealtheVet secure message"))


def va_wdt_pos(c):
    b = va_base(c, "Brennan-Torres", ["Alicia", "N."], "female", "1987-01-28", "Cedar Falls", "Army",
                extra=[("psy", "Iverson", "Matthew", ("MD", "Doctor of Medicine"), "Psychiatry"),
                       ("psyc", "Delacroix", "Simone", ("PhD", "Doctor of Philosophy"), "Psychology")])
    pcp, psy, psyc = b["pcp"], b["psy"], b["psyc"]
    mdd = c.condition(cc(icd10cm("F33.1", "Major depressive disorder, recurrent, moderate")), "2019-02-11",
                      recorder=psy)
    ptsd = c.condition(cc(icd10cm("F43.10", "Post-traumatic stress disorder, unspecified")), "2015-06-22",
                       recorder=psy)
    c.condition(cc(icd10cm("G43.909", "Migraine, unspecified, not intractable, without status migrainosus")),
                "2014-03-01", recorder=pcp)
    c.medstmt(cc(rx("36437", "sertraline"), text="sertraline 150 mg (100 mg + 50 mg tablets)"), "active",
              "2024-11-05", "150 mg by mouth daily", reason_ref=[mdd], asserted="2026-10-27",
              note="Adherent per pharmacy refill history (PDC 0.96).")
    c.medreq(cc(rx("36437", "sertraline"), text="sertraline 100 mg tablet"), "2026-04-14", psy,
             "150 mg by mouth daily (1.5 tablets)", reason_ref=[mdd], course="continuous", refills=5)
    c.medreq(cc(rx("8629", "prazosin"), text="prazosin 2 mg capsule"), "2025-01-20", psy,
             "2 mg by mouth at bedtime", reason_ref=[ptsd], course="continuous")
    c.medreq(cc(rx("37418", "sumatriptan"), text="sumatriptan 50 mg tablet"), "2025-06-01", pcp,
             "50 mg at onset of migraine, may repeat once after 2 h", as_needed=True)
    phq = [("2025-12-09", 10), ("2026-04-14", 11), ("2026-07-21", 15), ("2026-10-27", 19)]
    for d, v in phq:
        e = c.encounter(d, who=psy, provider=b["vamc"], type_cc=cc(coding(VA_LOCAL, "MH-MED",
                                                                          "Mental health medication management")),
                        reason=cc(text="Depression follow-up"))
        c.score(cc(loinc("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")), d, v,
                enc=e, ref_text="0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe",
                note="Item 9 (thoughts of self-harm): 0")
        if d == "2026-07-21":
            c.vitals(d, e, bp=(118, 74), hr=76, wt=70.8)
            c.lab("tsh", 1.6, d, e)
            c.lab("hgb", 13.3, d, e)
    for d in ("2026-04-28", "2026-06-02", "2026-07-07", "2026-08-11", "2026-09-15", "2026-10-20"):
        c.proc(cc(cpt("90837", "Psychotherapy, 60 minutes with patient"),
                  text="Cognitive behavioral therapy for depression, individual"), "completed", d,
               performer=psyc, reason_ref=[mdd], time="13:00")
    pc_ptsd5(c, "2026-04-14", psy, [1, 0, 1, 1, 0])
    vnote(c, "2026-10-27", note_type("progress"), "Mental health medication management note", va_text(
        "MH MEDICATION MANAGEMENT NOTE", "MENTAL HEALTH MEDICATION MGT NOTE", "2026-10-27", "IVERSON,MATTHEW",
        "Staff Psychiatrist", """
S: 39 yo Army veteran, MDD recurrent + PTSD. Sertraline 150 mg since 11/2024, taking daily (refills on time).
Monthly individual CBT with Dr. Delacroix since 04/2026, attended all sessions.
Mood worse since summer: anhedonia, early waking, poor concentration at work, withdrew from family.
Denies SI/HI. C-SSRS screen negative.
O: PHQ-9 19 (15 in July, 11 in April).
A/P: MDD, worsening despite adequate SSRI dose/duration and psychotherapy. Options discussed:
augmentation vs switch. Safety plan reviewed. RTC 4 weeks.""", time="14:10"), psy, custodian=b["vamc"])


def va_roc_nm(c):
    b = va_base(c, "Mahoney", ["Curtis", "L."], "male", "1963-05-12", "Fort Dodge", "Army",
                pcp=("QUINTERO", "Rosa", "MD", "Staff physician"))
    pcp = b["pcp"]
    dm = c.condition(cc(icd10cm("E11.9", "Type 2 diabetes mellitus without complications")), "2016-09-01",
                     recorder=pcp)
    htn = c.condition(cc(icd10cm("I10", "Essential (primary) hypertension")), "2011-05-01", recorder=pcp)
    ptsd = c.condition(cc(icd10cm("F43.10", "Post-traumatic stress disorder, unspecified")), "2004-03-15",
                       recorder=pcp, note="Gulf War. Stable; declines MH follow-up currently.")
    c.condition(cc(icd10cm("H93.13", "Tinnitus, bilateral")), "1993-08-01", recorder=pcp, note="Service connected.")
    c.condition(cc(icd10cm("J18.9", "Pneumonia, unspecified organism")), "2025-01-08", status="resolved",
                abated="2025-02-05", recorder=pcp, cat="encounter-diagnosis")
    c.condition(cc(icd10cm("S82.61XA", "Displaced fracture of lateral malleolus of right fibula, initial encounter")),
                "2023-07-22", status="resolved", abated="2023-10-30", recorder=pcp, cat="encounter-diagnosis")
    c.condition(cc(icd10cm("N20.0", "Calculus of kidney")), "2024-05-14", status="resolved", abated="2024-06-20",
                recorder=pcp)
    c.condition(cc(icd10cm("M54.50", "Low back pain, unspecified")), "2025-08-04", status="resolved",
                abated="2025-10-01", recorder=pcp, cat="encounter-diagnosis")
    c.medreq(cc(rx("6809", "metformin"), text="metformin 500 mg tablet"), "2025-12-01", pcp,
             "1000 mg by mouth twice daily", reason_ref=[dm], course="continuous")
    c.medreq(cc(rx("17767", "amlodipine"), text="amlodipine 10 mg tablet"), "2025-12-01", pcp, "10 mg daily",
             reason_ref=[htn], course="continuous")
    c.medreq(cc(rx("36437", "sertraline"), text="sertraline 50 mg tablet"), "2025-12-01", pcp, "50 mg daily",
             reason_ref=[ptsd], course="continuous")
    e1 = c.encounter("2026-06-09", who=pcp, provider=b["vamc"], type_cc=cc(coding(VA_LOCAL, "PACT-SCHED",
                                                                                  "PACT scheduled visit")),
                     reason=cc(text="Annual visit, clinical reminders"))
    c.vitals("2026-06-09", e1, bp=(134, 82), hr=76, wt=92.0, bmi=29.4)
    pc_ptsd5(c, "2026-06-09", pcp, [1, 1, 0, 0, 0], enc=e1)
    tbi_screen(c, "2026-06-09", enc=e1)
    c.score(cc(loinc("75626-2", "Total score [AUDIT-C]")), "2026-06-09", 2, enc=e1)
    e2 = c.encounter("2026-11-17", who=pcp, provider=b["vamc"], type_cc=cc(coding(VA_LOCAL, "PACT-SCHED",
                                                                                  "PACT scheduled visit")),
                     reason=cc(text="Diabetes and hypertension follow-up"))
    c.vitals("2026-11-17", e2, bp=(130, 80), hr=72, wt=91.4)
    for k, v in (("a1c", 6.9), ("egfr", 78), ("creat", 1.1), ("k", 4.3), ("ldl", 88)):
        c.lab(k, v, "2026-11-17", e2)
    vnote(c, "2026-11-17", note_type("progress"), "PACT note", va_text(
        "PRIMARY CARE NOTE", "PRIMARY CARE NOTE", "2026-11-17", "QUINTERO,ROSA", "Staff Physician, PACT", """
CC: routine follow-up, no complaints. Tinnitus unchanged.
PROBLEMS (active): DM2 (A1c 6.9), HTN (130/80), PTSD (stable, PC-PTSD-5 2 in June), tinnitus.
Past: pneumonia 01/2025 resolved; R ankle fracture 2023 healed; kidney stone 2024 passed; low back strain
2025 resolved.
A/P: continue current regimen. Diabetic eye exam due. RTC 6 months."""), pcp, enc=e2, custodian=b["vamc"])


def _case(key, fn, target, kind, expected, why, summary):
    return {"key": key, "org": "va", "build": fn, "target": target, "kind": kind, "expected": expected,
            "why": why, "summary": summary}


CASES = [
    _case("va-01", va_psnw_pos, "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
          "Scheduled PACT visit 2026-10-06 for exertional dyspnoea followed by two unscheduled returns (urgent care "
          "10-11, ED 10-16) within 14 days, all work-up normal and no diagnosis: Singh return-visit e-trigger.",
          "exertional dyspnoea; PACT visit then urgent-care and ED returns within 14 days, all normal"),
    _case("va-02", va_dsm_pos, "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
          "IBS-D (K58.0) label active since 06/2025 while diarrhoea continues and nocturnal diarrhoea, 8.6% weight "
          "loss, raised CRP and faecal calprotectin 410 appear; IBS cannot explain them and the plan is unchanged.",
          "IBS-D label for 17 months; new nocturnal diarrhoea, weight loss, calprotectin 410"),
    _case("va-03", va_mpp_pos, "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
          "Active Community Care order (CPT 22633) for L4-5 decompression and instrumented fusion scheduled "
          "2027-01-12, not yet performed.",
          "lumbar stenosis/spondylolisthesis; community-care TLIF ordered for 01/2027"),
    _case("va-04", va_up_pos, "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
          "Hepatology note states no further disease-modifying options for decompensated alcoholic cirrhosis "
          "(not a transplant or TIPS candidate), MELD-Na ~30; no second opinion; the signal is only in the note.",
          "decompensated cirrhosis; hepatology note 'no further treatment options', hospice raised"),
    _case("va-05", va_up_nm, "UNTREATABLE_PROGNOSIS", "near-miss", [],
          "Comfort-focused palliative CarePlan for severe Alzheimer's disease, but a community-care cognitive-"
          "neurology second opinion (2026-07) on the same problem is on record within 12 months: suppressed.",
          "severe Alzheimer's with palliative plan; external second opinion already obtained"),
    _case("va-06", va_hit_pos, "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
          "Maintenance in-center haemodialysis ordered to start 2026-12-08 (AV fistula already created) for CKD 5.",
          "CKD 5; in-center haemodialysis ordered to start 2026-12-08"),
    _case("va-07", va_prc_pos, "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
          "Patient answered Yes to 'Would you like a second opinion about your diagnosis or treatment plan?' in the "
          "Whole Health check-in (2026-11-03) about his lumbar radiculopathy; no second opinion on record.",
          "chronic lumbar radiculopathy; questionnaire answer 'Yes' to wanting a second opinion"),
    _case("va-08", va_prc_nm, "PATIENT_REPORTED_CONCERN", "near-miss", [],
          "The secure-message request for a second opinion (2026-04) was fulfilled: community-care sleep-medicine "
          "second opinion on record 2026-06, surgery order revoked, later message is satisfied.",
          "OSA; patient asked for a second opinion on surgery, which was done in 06/2026"),
    _case("va-09", va_wdt_pos, "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
          "PHQ-9 rose 11 -> 15 -> 19 (>= 5-point MCID) from 2026-04 to 2026-10 while sertraline 150 mg and "
          "monthly CBT were active throughout.",
          "recurrent MDD; PHQ-9 11->15->19 on sertraline and CBT"),
    _case("va-10", va_roc_nm, "RARE_OR_COMPLEX_CONDITION", "near-miss", [],
          "Eight problem-list entries but only four active chronic conditions (T2DM, hypertension, PTSD, tinnitus); "
          "the others are resolved acute problems; no rare disease.",
          "long problem list, but four active chronic conditions and resolved acute problems"),
]
