"""Cases for PERSISTENT_SYMPTOMS_NORMAL_WORKUP, DIAGNOSIS_SYMPTOM_MISMATCH, MAJOR_PROCEDURE_PLANNED, UNTREATABLE_PROGNOSIS."""
from lib import (ATC, CC, CM, CPT, GM, LOINC, OPS, Q, R, RXN, SCT, T, case, cod, lt)

PS, DM, MP, UP = ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH",
                  "MAJOR_PROCEDURE_PLANNED", "UNTREATABLE_PROGNOSIS")


def loc(b, code, text):
    return CC(cod(f"{b.o['base']}/CodeSystem/formulary", code, text), text=text)


def atc(code, disp, text):
    return CC((ATC, code, disp), text=text)


def cm(code, disp, sct=None):
    cs = [(CM, code, disp)]
    if sct:
        cs.append((SCT,) + sct)
    return CC(*cs, text=disp)


BIKTARVY = "bictegravir 50 mg / emtricitabine 200 mg / tenofovir alafenamide 25 mg oral tablet (Biktarvy)"


# ============================================================ PERSISTENT SYMPTOMS
@case(PS, "positive", "de", "Dizziness documented at four outpatient visits over 19 weeks; MRI, Holter, vestibular and laboratory work-up all normal and no explaining diagnosis; patient told there is no organic cause.",
      "Schwankschwindel over 4 months, every examination normal, reassured")
def ps_p1(b):
    b.setup("Krämer", "Sabine", "female", "1985-03-14", pracs=(1, 3))
    e1 = b.enc("2026-07-08", typ="Hochschulambulanz Neurologie", reason="Schwindel seit ca. 3 Wochen")
    b.symptom("404640003", "Dizziness (finding)", "2026-07-08", enc=e1, text="Schwankschwindel, tageszeitunabhängig")
    b.vitals("2026-07-08", 118, 76, 72, 64.5, enc=e1)
    b.labs("2026-07-08", enc=e1, hb=13.4, na=139, k=4.2, glu=88, tsh=1.9, crp=1.2)
    mrt = b.dr(CC((OPS, "3-820", "Magnetresonanztomographie des Schädels mit Kontrastmittel"), text="MRT Schädel mit KM"),
               "2026-07-22", "Altersentsprechender Normalbefund. Kein Anhalt für Raumforderung, Ischämie oder Entmarkung.",
               cat="Radiologie", pr=1)
    e2 = b.enc("2026-08-19", typ="Hochschulambulanz HNO", reason="Schwindel, Abklärung vestibulär", pr=1)
    b.symptom("404640003", "Dizziness (finding)", "2026-08-19", enc=e2, text="anhaltender Schwankschwindel")
    b.obs(CC(cod(f"{b.o['base']}/CodeSystem/hno-lokal", "VKIT", "Video-Kopfimpulsuntersuchung (vHIT)")), "2026-08-19",
          "VOR-Gain beidseits 0,96 bzw. 0,94, keine Sakkaden", cat="exam", interp="N", enc=e2)
    b.obs(CC(cod(f"{b.o['base']}/CodeSystem/hno-lokal", "TONAUD", "Tonschwellenaudiometrie")), "2026-08-19",
          "seitengleiche Normalhörigkeit", cat="exam", interp="N", enc=e2)
    e3 = b.enc("2026-10-07", typ="Hochschulambulanz Neurologie", reason="Schwindel persistierend")
    b.symptom("404640003", "Dizziness (finding)", "2026-10-07", enc=e3, text="Schwindel unverändert, Gangunsicherheit subjektiv")
    b.dr(CC(cod(f"{b.o['base']}/CodeSystem/funktion-lokal", "LZEKG", "Langzeit-EKG 24 h")), "2026-10-09",
         "Sinusrhythmus, keine höhergradigen Rhythmusstörungen, keine Pausen. Unauffällig.", cat="Kardiologie")
    e4 = b.enc("2026-11-18", typ="Hochschulambulanz Innere Medizin", reason="Schwindel seit 5 Monaten", pr=1)
    b.symptom("404640003", "Dizziness (finding)", "2026-11-18", enc=e4, text="täglicher Schwankschwindel, Arbeitsunfähigkeit")
    b.labs("2026-11-18", enc=e4, hb=13.6, ferr=64, crp=0.9)
    b.note("2026-10-07", "Ambulanzbrief", "Neurologische Hochschulambulanz, Verlaufskontrolle.\n"
           "Pat. berichtet weiterhin über täglichen Schwankschwindel seit Juni 2026. Neurologischer Status unauffällig, "
           "Romberg-Versuch sicher. MRT Schädel unauffällig, vestibuläre Diagnostik (vHIT, Audiometrie) unauffällig.\n"
           "Beurteilung: Kein neurologisches Korrelat. Wir haben der Patientin erklärt, dass organisch nichts vorliegt.\n"
           "Procedere: Wiedervorstellung bei Bedarf.", enc=e3, desc="Ambulanzbrief Neurologie")
    b.note("2026-11-18", "Ambulanzbrief", "Internistische Hochschulambulanz.\nAnamnese: Schwindel seit ca. 5 Monaten, "
           "jetzt mit Arbeitsunfähigkeit; Pat. fühlt sich 'nicht ernst genommen'.\nBefunde: Labor inkl. Blutbild, "
           "Ferritin, CRP, TSH im Normbereich; Langzeit-EKG unauffällig; RR normoton.\nBeurteilung: Keine internistische "
           "Ursache fassbar. Ursache weiterhin unklar.", author=b.pr[1], enc=e4, desc="Ambulanzbrief Innere")
    b.medstmt(atc("N07CA01", "Betahistin", "Betahistin 24 mg Tabletten"), "2026-07-08", "2026-09-01", status="completed",
              dose="1-0-1", note="ohne Effekt abgesetzt")
    b.allergy(T("Penicillin"), "2019-05-02")


@case(PS, "positive", "th", "Unscheduled hospital admission eight days after a video primary-care visit for the same fever (Singh return-visit e-trigger); fever persists after discharge without a diagnosis.",
      "Video visit for fever, unplanned admission 8 days later, cause still unknown", )
def ps_p2(b):
    b.setup("Delgado", "Marco", "male", "1996-08-02", pracs=(0, 1), extra_org="Riverside Community Hospital")
    v1 = b.enc("2026-10-05", cls="VR", typ="Video visit - acute", reason="fever, back ache, fatigue x3 days")
    c = b.cond(cm("R50.9", "Fever, unspecified", ("386661006", "Fever (finding)")), "2026-10-02", cat="encounter-diagnosis", enc=v1)
    b.vital("temp", "2026-10-05", 38.4, enc=v1)
    b.note("2026-10-05", CC((LOINC, "11506-3", "Progress note")), "Video visit. 30M with fever to 38.4 C (home thermometer), "
           "myalgias, mild low back ache for 3 days. No cough, no dysuria reported. Looks well on video.\n"
           "A/P: likely viral syndrome. Supportive care, acetaminophen, fluids. Return if worse.", enc=v1, desc="Video visit note")
    adm = b.enc("2026-10-13", cls="IMP", typ="Unplanned inpatient admission via emergency department",
                reason="persistent fever and rigors", end="2026-10-17", admit=("emd", "From accident/emergency department"),
                provider=b.ext, pr=None)
    b.labs("2026-10-13", enc=adm, wbc=11.6, crp=41, crea=0.9, alt=28)
    b.obs(CC((LOINC, "600-7", "Bacteria identified in Blood by Culture")), "2026-10-15", T("No growth at 5 days"),
          interp="N", enc=adm)
    b.obs(CC((LOINC, "630-4", "Bacteria identified in Urine by Culture")), "2026-10-15", T("No growth"), interp="N", enc=adm)
    b.dr(CC((CPT, "74177", "Computed tomography, abdomen and pelvis; with contrast material(s)"), text="CT abdomen/pelvis with contrast"), "2026-10-14",
         "No abscess, no hydronephrosis, no lymphadenopathy. Unremarkable study.", cat="Radiology", enc=adm)
    b.note("2026-10-17", CC((LOINC, "18842-5", "Discharge summary")), "Riverside Community Hospital - discharge summary.\n"
           "Admitted through the ED 10/13 with 11 days of fever and rigors after an outpatient video visit 10/05.\n"
           "Work-up: blood and urine cultures negative, CT abdomen/pelvis unremarkable, chest x-ray clear. "
           "Empiric ceftriaxone stopped after 48 h.\nDischarge diagnosis: fever, source not identified. "
           "Follow up with PCP; consider ID referral if fevers continue.", enc=adm, desc="Outside discharge summary")
    v2 = b.enc("2026-11-02", cls="VR", typ="Video visit - hospital follow-up", reason="fevers persist", pr=1)
    b.vital("temp", "2026-11-02", 38.1, enc=v2)
    b.vital("temp", "2026-11-19", 38.3)
    b.medstmt(CC((RXN, "161", "acetaminophen")), "2026-10-05", dose="1000 mg every 8 h as needed")
    m = b.comm("2026-11-20", "Still getting fevers most evenings, 38-38.5. Nobody has told me what this is. Should I be doing something else?",
               b.pat, b.pr[0], cat="patient portal message")
    b.comm("2026-11-21", "Thanks Marco - we will review at your next video visit on 12/03.", b.pr[1], b.pat,
           cat="patient portal message", reply_to=m)


@case(PS, "positive", "id", "Iron-deficiency anaemia (Hb 10.6, MCV 73, ferritin 8) in a 61-year-old man first found in July with no GI evaluation, referral or repeat action in >60 days (Murphy red-flag trigger); anaemia persists in November.",
      "HIV clinic patient, iron-deficiency anaemia not followed up for 4+ months")
def ps_p3(b):
    b.setup("Whitaker", "Leonard James", "male", "1965-02-19", pracs=(0, 2))
    hiv = b.cond(cm("B20", "Human immunodeficiency virus [HIV] disease", ("86406008", "Human immunodeficiency virus infection (disorder)")), "2009-05-11")
    b.cond(cm("E78.5", "Hyperlipidemia, unspecified", ("55822004", "Hyperlipidemia (disorder)")), "2018-03-02")
    b.medstmt(loc(b, "FRM-2231", BIKTARVY), "2020-01-15", reason=hiv, dose="1 tablet daily")
    b.medstmt(CC((RXN, "83367", "atorvastatin")), "2018-03-02", dose="20 mg daily")
    e1 = b.enc("2026-03-30", typ="HIV primary care follow-up", reason="routine HIV care")
    b.lab("vl", "2026-03-30", None, enc=e1, below=20)
    b.lab("cd4", "2026-03-30", 642, enc=e1)
    e2 = b.enc("2026-07-14", typ="HIV primary care follow-up", reason="routine HIV care", pr=1)
    b.labs("2026-07-14", enc=e2, hbm=10.6, mcv=73, ferr=8, plt=388, crea=1.0, alt=22)
    b.lab("vl", "2026-07-14", None, enc=e2, below=20)
    b.vitals("2026-07-14", 128, 80, 78, 79.0, enc=e2)
    e3 = b.enc("2026-09-22", typ="HIV primary care follow-up", reason="medication refill")
    b.note("2026-09-22", CC((LOINC, "11506-3", "Progress note")), "HIV follow-up. Feels a bit more tired, attributes to work. "
           "Adherent, no missed doses. VL undetectable, CD4 stable. Continue Biktarvy, atorvastatin. "
           "Flu shot given. RTC 3 months with labs.", enc=e3)
    b.imm("150", "Influenza, injectable, quadrivalent, preservative free", "2026-09-22")
    b.labs("2026-11-10", hbm=10.3, mcv=72, ferr=7)
    b.vital("wt", "2026-11-10", 77.2)
    b.cond(cm("Z72.0", "Tobacco use"), "1990-01-01", cat="problem-list-item")


@case(PS, "near-miss", "th", "Fatigue, palpitations and weight loss recurred over 12 weeks but the work-up became abnormal (suppressed TSH, high fT4, positive TRAb) and Graves' disease was diagnosed and treated, which explains the symptoms.",
      "Months of fatigue and palpitations, then explained by Graves' disease")
def ps_n1(b):
    b.setup("Okonkwo", "Grace", "female", "1993-06-11", pracs=(3, 1))
    for d, txt in (("2026-07-21", "fatigue, poor sleep"), ("2026-08-25", "fatigue, palpitations, 2 kg weight loss"),
                   ("2026-10-06", "palpitations, heat intolerance, tremor, 5 kg weight loss")):
        e = b.enc(d, cls="VR", typ="Video visit", reason=txt)
        b.symptom("84229001", "Fatigue (finding)", d, enc=e, text=txt)
        if d == "2026-07-21":
            b.labs("2026-07-22", hb=13.1, wbc=6.2, na=140, k=4.1, glu=84)
    b.bp("2026-10-06", 132, 70, device=True, note="home cuff, HR 112")
    b.labs("2026-10-07", tsh=0.01, ft4=3.9)
    b.obs(T("TSH receptor antibodies (TRAb)"), "2026-10-07", Q(11.2, "[IU]/L"),
          rng=(None, 1.75))
    g = b.cond(cm("E05.00", "Thyrotoxicosis with diffuse goiter without thyrotoxic crisis or storm",
                  ("353295004", "Graves' disease (disorder)")), "2026-10-14")
    b.note("2026-10-14", "E-consult - endocrinology", "E-consult reply (endocrinology): TSH suppressed, fT4 3.9, TRAb strongly positive - "
           "consistent with Graves' disease, explains fatigue, palpitations and weight loss. Start methimazole 20 mg daily and "
           "propranolol 20 mg TID prn. Repeat fT4 in 4-6 weeks.", author=b.pr[1], desc="Endocrinology e-consult")
    b.medreq(CC((RXN, "6835", "methimazole")), "2026-10-14", "20 mg once daily", reason=g)
    b.medreq(CC((RXN, "8787", "propranolol")), "2026-10-14", "20 mg three times daily as needed for palpitations", reason=g)
    e = b.enc("2026-11-17", cls="VR", typ="Video visit", reason="Graves follow-up")
    b.labs("2026-11-16", ft4=2.0, alt=24, wbc=5.9)
    b.note("2026-11-17", CC((LOINC, "11506-3", "Progress note")), "Palpitations much better, sleeping well, weight stable. "
           "On methimazole. fT4 improving. Continue, recheck in 6 weeks.", enc=e)


@case(PS, "near-miss", "id", "The red-flag finding (positive FIT) was followed up promptly: GI referral and colonoscopy within 4 weeks, adenoma removed and surveillance set.",
      "Positive FIT followed by colonoscopy within a month")
def ps_n2(b):
    b.setup("Brennan", "Theresa", "female", "1970-04-27", pracs=(1, 3), extra_org="Harbor Point Gastroenterology Associates")
    hiv = b.cond(cm("Z21", "Asymptomatic human immunodeficiency virus [HIV] infection status"), "2012-09-03")
    b.medstmt(loc(b, "FRM-2231", BIKTARVY), "2019-06-01", reason=hiv, dose="1 tablet daily")
    e1 = b.enc("2026-07-28", typ="HIV primary care follow-up", reason="annual visit, cancer screening")
    b.labs("2026-07-28", enc=e1, hb=13.2, mcv=88, ferr=74, crea=0.8)
    b.lab("cd4", "2026-07-28", 812, enc=e1)
    fit = b.obs(CC((LOINC, "29771-3", "Hemoglobin.gastrointestinal [Presence] in Stool by Immunoassay")), "2026-08-04",
                T("Positive"), interp="POS")
    r = b.sr(CC((SCT, "306206005", "Referral to service (procedure)"), text="GI referral for colonoscopy - positive FIT"),
             "2026-08-06", status="completed", reason="positive fecal immunochemical assay", performer=b.ext)
    p = b.proc(CC((CPT, "45385", "Colonoscopy, flexible; with removal of tumor(s), polyp(s), or other lesion(s) by snare technique")),
               "completed", "2026-09-02", based=r, outcome="8 mm sigmoid polyp removed; otherwise normal to cecum", pr=1)
    b.dr(CC((LOINC, "22637-3", "Pathology report final diagnosis Narrative")), "2026-09-05",
         "Sigmoid polyp: tubular adenoma, low-grade dysplasia, margins clear.", cat="Pathology")
    b.note("2026-09-10", CC((LOINC, "11488-4", "Consult note")), "GI: FIT+ 8/4, colonoscopy 9/2 - single 8 mm tubular adenoma removed. "
           "No other source. Surveillance colonoscopy in 7-10 years per guideline. Hb normal.", author=b.pr[1])
    e2 = b.enc("2026-10-27", typ="HIV primary care follow-up", reason="results review")
    b.vitals("2026-10-27", 122, 78, 70, 68.0, enc=e2)
    b.lab("vl", "2026-10-27", None, enc=e2, below=20)
    b.imm("208", "COVID-19, mRNA, LNP-S, PF, 30 mcg/0.3 mL dose", "2026-10-27")


# ============================================================ DIAGNOSIS-SYMPTOM MISMATCH
@case(DM, "positive", "de", "Irritable bowel syndrome label (K58.1) active for 19 months while diarrhoea continues, now nocturnal with 7 kg weight loss, raised faecal calprotectin and CRP - findings the IBS label cannot explain.",
      "IBS label for 19 months; nocturnal diarrhoea, weight loss, calprotectin 410")
def dm_p1(b):
    b.setup("Becker", "Jonas", "male", "1998-11-30", pracs=(0, 4))
    ibs = b.dxgm("K58.1", "Reizdarmsyndrom, Diarrhoe-prädominant", "2025-04-15")
    e1 = b.enc("2025-04-15", typ="Hochschulambulanz Gastroenterologie", reason="Diarrhoe seit 3 Monaten", diag=[ibs])
    b.medstmt(atc("A03AA04", "Mebeverin", "Mebeverin 135 mg"), "2025-04-15", dose="1-1-1 vor den Mahlzeiten", reason=ibs)
    b.medstmt(atc("A07DA03", "Loperamid", "Loperamid 2 mg"), "2025-09-01", dose="bei Bedarf", reason=ibs)
    e2 = b.enc("2026-03-11", typ="Hochschulambulanz Gastroenterologie", reason="Reizdarmsyndrom, Verlauf")
    b.symptom("62315008", "Diarrhea (finding)", "2026-03-11", enc=e2, text="4-5 breiige Stühle/Tag")
    b.vital("wt", "2026-03-11", 74.0, enc=e2)
    e3 = b.enc("2026-10-21", typ="Hochschulambulanz Gastroenterologie", reason="zunehmende Diarrhoe, Gewichtsverlust", pr=1)
    b.symptom("62315008", "Diarrhea (finding)", "2026-10-21", enc=e3, text="6-8 Stühle/Tag, auch nachts")
    b.symptom("89362005", "Weight loss (finding)", "2026-10-21", enc=e3, text="7 kg in 6 Monaten, ungewollt")
    b.vital("wt", "2026-10-21", 67.0, enc=e3)
    b.labs("2026-10-21", enc=e3, hbm=13.6, crp=14, alb=3.4, ferr=52)
    b.obs(CC(cod(f"{b.o['base']}/CodeSystem/labor-lokal", "CALPRO", "Calprotectin im Stuhl"),
             cod(LOINC, "38445-3", "Calprotectin [Mass/mass] in Stool")), "2026-10-21", Q(410, "ug/g"), rng=(None, 50), enc=e3)
    b.labs("2026-10-21", tsh=1.6)
    b.note("2026-10-21", "Ambulanzbrief", "Gastroenterologische Hochschulambulanz.\nDiagnose: Reizdarmsyndrom (K58.1 G), "
           "bekannt seit 04/2025.\nAktuell: Zunahme der Stuhlfrequenz auf 6-8/Tag, auch nächtlich, ungewollter "
           "Gewichtsverlust 7 kg. Calprotectin 410 µg/g, CRP 14 mg/l.\nProcedere: Fortführung Mebeverin, "
           "Ernährungsberatung. Wiedervorstellung in 3 Monaten.", enc=e3, author=b.pr[1], desc="Ambulanzbrief Gastroenterologie")
    b.bp("2026-10-21", 116, 72, enc=e3)


@case(DM, "positive", "id", "'Viral infection, unspecified' (B34.9) has stayed the working label for 6 months while fevers, night sweats, generalised lymphadenopathy, weight loss and rising LDH/ESR continue - not explained by the label.",
      "HIV patient: B34.9 for 6 months with fevers, nodes, weight loss, LDH up")
def dm_p2(b):
    b.setup("Ferreira", "Andre", "male", "1988-01-09", pracs=(3, 2))
    hiv = b.cond(cm("B20", "Human immunodeficiency virus [HIV] disease"), "2017-02-20")
    b.medstmt(loc(b, "FRM-3310", "dolutegravir 50 mg / lamivudine 300 mg oral tablet (Dovato)"), "2022-04-01", reason=hiv,
              dose="1 tablet daily")
    vx = b.cond(cm("B34.9", "Viral infection, unspecified"), "2026-06-10", cat="problem-list-item",
                note="Probable viral syndrome; monitor.")
    dates = [("2026-06-10", 38.6, 81.5, "fever, night sweats 1 week"), ("2026-07-15", 38.2, 79.8, "ongoing evening fevers"),
             ("2026-09-02", 38.4, 77.1, "fevers, sweats, neck lumps"), ("2026-10-28", 38.7, 73.6, "fevers, drenching sweats, weight loss")]
    for i, (d, t, w, txt) in enumerate(dates):
        e = b.enc(d, typ="HIV clinic visit", reason=txt, pr=i % 2)
        b.vital("temp", d, t, enc=e)
        b.vital("wt", d, w, enc=e)
    b.lab("vl", "2026-06-10", None, below=20)
    b.lab("cd4", "2026-06-10", 455)
    b.labs("2026-09-02", ldh=318, esr=54, hbm=12.9, wbc=4.6)
    b.labs("2026-10-28", ldh=412, esr=71, hbm=12.1)
    b.obs(CC((SCT, "30746006", "Lymphadenopathy (disorder)"), text="Lymph node examination"), "2026-10-28",
          "Bilateral cervical and axillary nodes 1.5-2.5 cm, firm, non-tender", cat="exam", interp="A")
    b.note("2026-10-28", CC((LOINC, "11506-3", "Progress note")), "Still febrile most evenings since June. Drenching night sweats. "
           "Lost ~8 kg. Nodes larger in neck and axillae. VL suppressed in June. Assessment unchanged: viral syndrome (B34.9), "
           "likely post-viral. Continue ART, antipyretics. Recheck 6-8 weeks.", author=b.pr[0])
    b.medstmt(CC((RXN, "161", "acetaminophen")), "2026-06-10", dose="650 mg every 6 h as needed", reason=vx)


@case(DM, "positive", "ns", "Hand weakness attributed to cervical spondylosis without cord compression; weakness has spread to both arms with fasciculations, tongue involvement, dysarthria and weight loss, and EMG shows widespread active denervation including bulbar segments - not explained by the label.",
      "Cervical spondylosis label; EMG widespread denervation, bulbar signs")
def dm_p3(b):
    b.setup("Lindgren", "Paul", "male", "1963-05-04", pracs=(1, 2))
    e1 = b.enc("2026-03-10", typ="New patient - spine clinic", reason="right hand weakness and clumsiness x3 months")
    sp = b.cond(cm("M47.812", "Spondylosis without myelopathy or radiculopathy, cervical region"), "2026-03-10",
                cat="encounter-diagnosis", enc=e1)
    b.dr(CC((CPT, "72141", "Magnetic resonance (eg, proton) imaging, spinal canal and contents, cervical; without contrast material"), text="MRI cervical spine without contrast"), "2026-03-04",
         "Multilevel spondylosis C4-C7 with mild right C5-6 foraminal narrowing. No cord compression, no T2 cord signal change.",
         cat="Radiology", text="MRI CERVICAL SPINE WITHOUT CONTRAST\nIndication: R hand weakness.\nFindings: Disc osteophyte "
         "complexes C4-5, C5-6, C6-7. Mild R C5-6 foraminal narrowing. Canal adequate. Cord normal in caliber and signal.\n"
         "Impression: Mild multilevel cervical spondylosis without cord compression.")
    b.medreq(CC((RXN, "25480", "gabapentin")), "2026-03-10", "300 mg at night, titrate to 300 mg three times daily", reason=sp)
    b.sr(CC((SCT, "91251008", "Physical therapy procedure (regime/therapy)")), "2026-03-10", status="completed", reason=sp)
    e2 = b.enc("2026-06-16", typ="Spine clinic follow-up", reason="weakness now both hands, cramps", pr=1)
    b.obs(T("Grip strength, dynamometer, right hand"), "2026-06-16", Q(22, "kg"), cat="exam", enc=e2, interp="L", rng=(36, None))
    e3 = b.enc("2026-09-22", typ="Spine clinic follow-up", reason="progressive weakness, slurred speech")
    b.obs(T("Neurological examination"), "2026-09-22", "Fasciculations both deltoids and forearms and tongue; "
          "brisk reflexes both arms; mild dysarthria; thenar wasting bilaterally", cat="exam", interp="A", enc=e3)
    b.vital("wt", "2026-09-22", 74.5, enc=e3)
    b.obs(T("Grip strength, dynamometer, right hand"), "2026-09-22", Q(15, "kg"), cat="exam", enc=e3, interp="L", rng=(36, None))
    b.dr(CC((CPT, "95886", "Needle electromyography, each extremity, with related paraspinal areas, complete"),
            text="EMG / nerve conduction study"), "2026-10-06",
         "Active denervation (fibrillations, positive sharp waves) with chronic reinnervation in cervical, thoracic paraspinal "
         "and bulbar (genioglossus) segments; sensory responses normal. Findings are not confined to a cervical root distribution.",
         cat="Neurophysiology", pr=1)
    b.note("2026-10-20", CC((LOINC, "11506-3", "Progress note")), "Follow-up. Continues to weaken; now both hands, dysphagia to "
           "thin liquids, weight 74.5 kg (was 81 kg in March). EMG reviewed. Working diagnosis remains cervical spondylosis; "
           "continue gabapentin and home exercise program. Revisit in 3 months.")
    b.vital("wt", "2026-10-20", 73.8)
    b.bp("2026-10-20", 134, 82)
    b.cond(cm("I10", "Essential (primary) hypertension"), "2015-01-01")
    b.medstmt(CC((RXN, "17767", "amlodipine")), "2015-01-01", dose="5 mg daily")


@case(DM, "near-miss", "th", "The unspecified abdominal-pain label (R10.9) was replaced by a specific diagnosis (gallstones) within weeks and resolved after cholecystectomy; no symptoms continue.",
      "Abdominal pain label resolved after gallstones found and gallbladder removed")
def dm_n1(b):
    b.setup("Sato", "Emily", "female", "1981-09-17", pracs=(2, 1), extra_org="Sacramento Valley Surgical Group")
    e1 = b.enc("2026-02-10", cls="VR", typ="Video visit", reason="intermittent upper abdominal pain after meals")
    ap = b.cond(cm("R10.9", "Unspecified abdominal pain", ("21522001", "Abdominal pain (finding)")), "2026-02-03",
                clin="resolved", abate="2026-06-18", enc=e1, cat="encounter-diagnosis")
    b.labs("2026-02-12", wbc=7.1, alt=31, crp=2.0, hb=13.0)
    b.obs(CC((LOINC, "1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma")), "2026-02-12",
          Q(27, "U/L"), rng=(10, 35))
    b.dr(CC((CPT, "76705", "Ultrasound, abdominal, real time with image documentation; limited (eg, single organ, quadrant, follow-up)"), text="Ultrasound right upper quadrant"), "2026-03-02",
         "Multiple gallstones up to 11 mm, no wall thickening, CBD 4 mm.", cat="Radiology")
    gs = b.cond(cm("K80.20", "Calculus of gallbladder without cholecystitis without obstruction"), "2026-03-02",
                clin="resolved", abate="2026-06-18")
    b.sr(CC((CPT, "47562", "Laparoscopy, surgical; cholecystectomy")), "2026-03-20", status="completed", reason=gs,
         performer=b.ext)
    b.proc(CC((CPT, "47562", "Laparoscopy, surgical; cholecystectomy")), "completed", "2026-06-18", reason=gs,
           outcome="uncomplicated, discharged same day")
    e2 = b.enc("2026-07-08", cls="VR", typ="Video visit - post-op", reason="post cholecystectomy check", pr=1)
    b.note("2026-07-08", CC((LOINC, "11506-3", "Progress note")), "Post-op check 3 weeks after lap chole. Pain-free, eating normally, "
           "incisions healed. Abdominal pain resolved.", enc=e2)
    e3 = b.enc("2026-10-13", cls="VR", typ="Annual wellness visit (video)", reason="preventive care")
    b.bp("2026-10-13", 118, 74, device=True)
    b.labs("2026-10-14", glu=91, ldl=112, tsh=2.2)
    b.imm("150", "Influenza, injectable, quadrivalent, preservative free", "2026-10-20")


@case(DM, "near-miss", "de", "IBS label is active >90 days but the symptoms have settled (IBS-SSS 320 -> 70, normal stool pattern) with normal calprotectin and colonoscopy, so no continuing symptoms are unaccounted for.",
      "IBS diagnosed after normal colonoscopy; now symptom-free on diet")
def dm_n2(b):
    b.setup("Vogel", "Miriam", "female", "1992-02-22", pracs=(3, 0))
    ibs = b.dxgm("K58.1", "Reizdarmsyndrom, Diarrhoe-prädominant", "2025-11-19")
    e1 = b.enc("2025-11-19", typ="Hochschulambulanz Gastroenterologie", reason="Diarrhoe, Blähungen seit 6 Monaten")
    b.labs("2025-11-19", enc=e1, hb=13.3, crp=1.1, tsh=1.8, ferr=48)
    b.obs(CC(cod(f"{b.o['base']}/CodeSystem/labor-lokal", "CALPRO", "Calprotectin im Stuhl"),
             cod(LOINC, "38445-3", "Calprotectin [Mass/mass] in Stool")), "2025-11-19", Q(22, "ug/g"), rng=(None, 50), enc=e1)
    b.obs(CC(cod(f"{b.o['base']}/CodeSystem/labor-lokal", "TTGIGA", "Gewebstransglutaminase-IgA-AK")), "2025-11-19",
          Q(1.2, "U/mL"), rng=(None, 10), enc=e1)
    b.proc(CC((OPS, "1-650.2", "Diagnostische Koloskopie: Total, mit Ileoskopie")), "completed", "2025-12-09",
           outcome="Makroskopisch und histologisch unauffällig, keine mikroskopische Kolitis")
    iss = CC(cod(f"{b.o['base']}/CodeSystem/scores", "IBS-SSS", "IBS Symptom Severity Score"))
    b.score(iss, "2025-11-19", 320, enc=e1)
    e2 = b.enc("2026-03-04", typ="Hochschulambulanz Gastroenterologie", reason="Reizdarmsyndrom, Verlauf")
    b.score(iss, "2026-03-04", 180, enc=e2)
    e3 = b.enc("2026-09-16", typ="Hochschulambulanz Gastroenterologie", reason="Reizdarmsyndrom, Verlauf", pr=1)
    b.score(iss, "2026-09-16", 70, enc=e3)
    b.medstmt(atc("A03AA04", "Mebeverin", "Mebeverin 200 mg retard"), "2025-12-15", "2026-06-30", status="completed",
              dose="1-0-1", reason=ibs)
    b.careplan("Ernährungstherapie Low-FODMAP", "active", "2025-12-15", T("Ernährungsberatung"),
               [("Low-FODMAP-Eliminations- und Reintroduktionsphase", "in-progress")], addresses=[ibs])
    b.note("2026-09-16", "Ambulanzbrief", "Gastroenterologische Hochschulambulanz.\nReizdarmsyndrom (K58.1 G), Koloskopie 12/2025 "
           "unauffällig.\nVerlauf: Unter Low-FODMAP-Diät weitgehend beschwerdefrei, 1-2 geformte Stühle/Tag, keine nächtlichen "
           "Beschwerden, Gewicht stabil. IBS-SSS 70.\nProcedere: Mebeverin abgesetzt, Wiedervorstellung bei Bedarf.",
           enc=e3, author=b.pr[1], desc="Ambulanzbrief Gastroenterologie")
    b.vital("wt", "2026-09-16", 61.0, enc=e3)


# ============================================================ MAJOR PROCEDURE PLANNED
@case(MP, "positive", "ns", "Posterior lumbar interbody fusion L4-5 is ordered and booked for 2027-01-12 after failed conservative care; pre-operative assessment done.",
      "L4-5 fusion ordered and booked for January 2027")
def mp_p1(b):
    b.setup("Hartmann", "Linda", "female", "1968-07-21", pracs=(0, 2))
    sl = b.cond(cm("M43.16", "Spondylolisthesis, lumbar region"), "2025-09-10")
    st = b.cond(cm("M48.062", "Spinal stenosis, lumbar region with neurogenic claudication"), "2025-09-10")
    b.dr(CC((CPT, "72148", "Magnetic resonance (eg, proton) imaging, spinal canal and contents, lumbar; without contrast material"), text="MRI lumbar spine without contrast"), "2026-04-02",
         "Grade 1 degenerative spondylolisthesis L4 on L5 with severe central and bilateral lateral recess stenosis.",
         cat="Radiology", text="MRI LUMBAR SPINE\nFindings: 7 mm anterolisthesis L4/5, facet arthropathy, ligamentum flavum "
         "hypertrophy, severe central canal stenosis. Flexion-extension films: 4 mm dynamic translation.")
    b.proc(CC((CPT, "64483", "Injection(s), anesthetic agent(s) and/or steroid; transforaminal epidural, with imaging guidance, lumbar or sacral, single level")),
           "completed", "2026-05-14", reason=st, outcome="2 weeks of partial relief")
    b.sr(CC((SCT, "91251008", "Physical therapy procedure (regime/therapy)")), "2026-01-08", status="completed", reason=st)
    e1 = b.enc("2026-09-29", typ="Surgical consultation", reason="persistent claudication despite PT and injection")
    b.score(CC((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-09-29", 7, enc=e1)
    s = b.sr(CC((CPT, "22630", "Arthrodesis, posterior interbody technique, including laminectomy and/or discectomy to prepare interspace (other than for decompression), single interspace, lumbar"),
                text="L4-5 decompression and posterior lumbar interbody fusion (PLIF)"), "2026-09-29", status="active",
             intent="order", occ="2027-01-12", reason=sl, cat=CC((SCT, "387713003", "Surgical procedure")), enc=e1)
    b.appt("2027-01-12", "2027-01-12", "L4-5 PLIF - OR 3, first case", based=s)
    e2 = b.enc("2026-11-20", cls="AMB", typ="Pre-operative assessment", reason="pre-op for L4-5 PLIF", pr=1)
    b.labs("2026-11-20", enc=e2, hb=13.5, plt=256, crea=0.8, na=139, k=4.3, glu=94, inr=1.0)
    b.vitals("2026-11-20", 126, 78, 68, 71.2, enc=e2)
    b.obs(CC((LOINC, "11524-6", "EKG study")), "2026-11-20", "Normal sinus rhythm, no acute changes", cat="procedure", interp="N", enc=e2)
    b.note("2026-11-20", CC((LOINC, "34874-8", "Surgery Preoperative evaluation and management note")), "Pre-op H&P for L4-5 PLIF "
           "scheduled 1/12/2027. ASA 2. Labs and ECG acceptable. Hold meloxicam 7 days prior. Consent signed; risks including "
           "infection, dural tear, nonunion, adjacent segment disease discussed.", enc=e2, author=b.pr[1])
    b.medstmt(CC((RXN, "41493", "meloxicam")), "2026-02-01", dose="15 mg daily")
    b.cond(cm("E03.9", "Hypothyroidism, unspecified"), "2012-06-01")


@case(MP, "positive", "de", "Total hip replacement (OPS 5-820.00) is in preparation with an elective admission planned for 2027-01-18.",
      "Hüft-TEP in Vorbereitung, Aufnahme Januar 2027")
def mp_p2(b):
    b.setup("Schulz", "Werner", "male", "1955-12-03", pracs=(2, 1))
    cx = b.dxgm("M16.1", "Sonstige primäre Koxarthrose", "2023-05-10", text="Primäre Koxarthrose rechts")
    b.dxgm("I10.00", "Benigne essentielle Hypertonie: Ohne Angabe einer hypertensiven Krise", "2014-01-01")
    b.dxgm("E78.0", "Reine Hypercholesterinämie", "2016-01-01")
    b.medstmt(atc("C09AA05", "Ramipril", "Ramipril 5 mg"), "2014-01-01", dose="1-0-0")
    b.medstmt(atc("C10AA05", "Atorvastatin", "Atorvastatin 20 mg"), "2016-01-01", dose="0-0-1")
    b.medstmt(atc("M01AE01", "Ibuprofen", "Ibuprofen 600 mg"), "2025-03-01", dose="bei Bedarf bis 1-1-1", reason=cx)
    e1 = b.enc("2026-10-14", typ="Hochschulambulanz Orthopädie", reason="Coxarthrose rechts, Belastungsschmerz", diag=[cx])
    b.dr(CC(cod(f"{b.o['base']}/CodeSystem/radiologie-lokal", "RHUEFTE", "Röntgen Becken a.p. und Hüfte axial rechts")),
         "2026-10-14", "Fortgeschrittene Coxarthrose rechts (Kellgren-Lawrence 4) mit aufgehobenem Gelenkspalt, subchondraler "
         "Sklerose und Osteophyten.", cat="Radiologie", enc=e1)
    b.obs(CC(cod(f"{b.o['base']}/CodeSystem/scores", "WOMAC", "WOMAC-Index gesamt")), "2026-10-14", 62, cat="survey", enc=e1)
    b.proc(CC((OPS, "5-820.00", "Implantation einer Endoprothese am Hüftgelenk: Totalendoprothese: Nicht zementiert"),
              text="Hüft-TEP rechts, zementfrei"), "preparation", reason=cx, body="Hüftgelenk rechts",
           note="Indikation nach ausgeschöpfter konservativer Therapie gestellt; OP-Termin 19.01.2027")
    b.enc("2027-01-18", cls="IMP", typ="Elektive stationäre Aufnahme Orthopädie", reason="Hüft-TEP rechts", status="planned")
    e2 = b.enc("2026-11-25", cls="PRENC", typ="Prämedikationsambulanz", reason="Narkosevorbereitung Hüft-TEP", pr=1)
    b.labs("2026-11-25", enc=e2, hbm=14.4, plt=231, crea=1.0, na=141, k=4.4, inr=1.0)
    b.vitals("2026-11-25", 138, 84, 74, 88.0, enc=e2)
    b.note("2026-11-25", "Prämedikationsprotokoll", "Prämedikation: ASA II (arterielle Hypertonie, Hypercholesterinämie). "
           "Geplanter Eingriff: Hüft-TEP rechts am 19.01.2027. Labor unauffällig. Aufklärung über Spinalanästhesie erfolgt, "
           "Einwilligung liegt vor. Ramipril am OP-Tag pausieren.", enc=e2, author=b.pr[1], desc="Prämedikation")


@case(MP, "positive", "th", "Laparoscopic Roux-en-Y gastric bypass is proposed (ServiceRequest draft/proposal) after bariatric e-consult, planned for February 2027.",
      "Bariatric e-consult, gastric bypass proposed for 2027")
def mp_p3(b):
    b.setup("Reyes", "Angela Marie", "female", "1982-03-08", pracs=(0, 1), extra_org="Capitol Bariatric & Metabolic Surgery")
    ob = b.cond(cm("E66.01", "Morbid (severe) obesity due to excess calories"), "2018-01-01")
    dm = b.cond(cm("E11.9", "Type 2 diabetes mellitus without complications", ("44054006", "Diabetes mellitus type 2 (disorder)")), "2020-04-01")
    b.cond(cm("I10", "Essential (primary) hypertension"), "2019-01-01")
    b.cond(cm("G47.33", "Obstructive sleep apnea (adult) (pediatric)"), "2021-07-01")
    b.medstmt(CC((RXN, "6809", "metformin")), "2020-04-01", dose="1000 mg twice daily", reason=dm)
    b.medstmt(CC((RXN, "29046", "lisinopril")), "2019-01-01", dose="20 mg daily")
    for d, w in (("2026-03-17", 121.4), ("2026-06-16", 119.8), ("2026-09-15", 120.6)):
        e = b.enc(d, cls="VR", typ="Video visit - weight management", reason="obesity follow-up")
        b.vital("wt", d, w, enc=e)
    b.obs(CC((LOINC, "39156-5", "Body mass index (BMI) [Ratio]")), "2026-09-15", Q(44.3, "kg/m2"), cat="vital-signs")
    b.labs("2026-09-16", a1c=7.1, ldl=118, alt=38, crea=0.7)
    c = b.comm("2026-09-20", "E-consult request: 44F, BMI 44.3, T2DM, HTN, OSA on CPAP; 6-month supervised weight program "
               "completed without durable loss. Candidate for bariatric surgery?", b.pr[0], b.ext, cat="e-consult")
    b.comm("2026-10-02", "Reviewed. Good candidate for laparoscopic Roux-en-Y gastric bypass given T2DM. Please complete psych "
           "and nutrition clearance; we will schedule for early 2027.", b.ext, b.pr[0], cat="e-consult", reply_to=c)
    b.sr(CC((CPT, "43644", "Laparoscopy, surgical, gastric restrictive procedure; with gastric bypass and Roux-en-Y gastroenterostomy (roux limb 150 cm or less)")),
         "2026-10-05", status="draft", intent="proposal", occ="2027-02-15", reason=ob, performer=b.ext,
         cat=CC((SCT, "387713003", "Surgical procedure")))
    b.sr(T("Pre-bariatric psychological evaluation"), "2026-10-05", status="active", reason=ob, cat="Behavioral health")
    b.note("2026-10-06", CC((LOINC, "11506-3", "Progress note")), "Video visit: discussed bariatric e-consult. Patient wishes to "
           "proceed with gastric bypass. Pre-op clearances ordered (psych, nutrition, sleep). Target surgery Feb 2027.")


@case(MP, "near-miss", "ns", "The anterior cervical discectomy and fusion was already performed in September 2026; only post-operative follow-up and physiotherapy remain.",
      "ACDF already done, recovering well")
def mp_n1(b):
    b.setup("Kaminski", "Robert", "male", "1977-10-12", pracs=(1, 2))
    rad = b.cond(cm("M50.122", "Cervical disc disorder at C5-C6 level with radiculopathy"), "2026-02-01")
    b.dr(CC((CPT, "72141", "Magnetic resonance (eg, proton) imaging, spinal canal and contents, cervical; without contrast material"), text="MRI cervical spine without contrast"), "2026-05-20",
         "Right paracentral C5-6 disc extrusion compressing the right C6 root.", cat="Radiology")
    nrs = CC((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"))
    b.score(nrs, "2026-06-24", 8)
    s = b.sr(CC((CPT, "22551", "Arthrodesis, anterior interbody, including disc space preparation, discectomy, osteophytectomy and decompression of spinal cord and/or nerve roots; cervical below C2")),
             "2026-06-24", status="completed", occ="2026-09-15", reason=rad)
    b.proc(CC((CPT, "22551", "Arthrodesis, anterior interbody, including disc space preparation, discectomy, osteophytectomy and decompression of spinal cord and/or nerve roots; cervical below C2"),
              text="ACDF C5-6"), "completed", "2026-09-15", reason=rad, based=s, outcome="uncomplicated; discharged POD1")
    e1 = b.enc("2026-09-15", cls="IMP", typ="Surgical admission", reason="ACDF C5-6", end="2026-09-16")
    e2 = b.enc("2026-09-29", typ="Post-operative visit", reason="2 weeks post ACDF", pr=1)
    b.score(nrs, "2026-09-29", 3, enc=e2)
    e3 = b.enc("2026-11-10", typ="Post-operative visit", reason="8 weeks post ACDF")
    b.score(nrs, "2026-11-10", 1, enc=e3)
    b.dr(CC((CPT, "72040", "Radiologic examination, spine, cervical; 2 or 3 views"), text="X-ray cervical spine AP/lateral"), "2026-11-10",
         "C5-6 interbody cage and anterior plate in good position, no hardware complication.", cat="Radiology", enc=e3)
    b.sr(CC((SCT, "91251008", "Physical therapy procedure (regime/therapy)")), "2026-11-10", status="active", reason=rad)
    b.note("2026-11-10", CC((LOINC, "11506-3", "Progress note")), "8 weeks s/p C5-6 ACDF. Arm pain resolved, mild neck stiffness. "
           "Strength 5/5. X-ray good alignment. Start PT. Follow-up 6 months with flexion-extension films.", enc=e3)
    b.medreq(CC((RXN, "161", "acetaminophen")), "2026-09-16", "1000 mg every 8 h as needed", status="completed")
    b.vitals("2026-11-10", 124, 80, 66, enc=e3)


@case(MP, "near-miss", "id", "The only planned procedure is an office shave biopsy of a skin lesion - a minor procedure.",
      "Office skin shave biopsy booked")
def mp_n2(b):
    b.setup("Osei", "Kwame", "male", "1979-06-30", pracs=(2, 0))
    hiv = b.cond(cm("Z21", "Asymptomatic human immunodeficiency virus [HIV] infection status"), "2014-11-05")
    b.medstmt(loc(b, "FRM-2231", BIKTARVY), "2019-06-01", reason=hiv, dose="1 tablet daily")
    e1 = b.enc("2026-11-12", typ="HIV primary care follow-up", reason="routine visit; new skin lesion on back")
    b.labs("2026-11-12", enc=e1, hbm=14.8, wbc=6.3, crea=1.1, alt=25)
    b.lab("cd4", "2026-11-12", 705, enc=e1)
    b.lab("vl", "2026-11-12", None, enc=e1, below=20)
    les = b.cond(cm("D48.5", "Neoplasm of uncertain behavior of skin"), "2026-11-12", enc=e1, cat="encounter-diagnosis",
                 note="6 mm raised pigmented lesion, left upper back; likely seborrheic keratosis vs irritated nevus")
    b.sr(CC((CPT, "11102", "Tangential biopsy of skin (eg, shave, scoop, saucerize, curette); single lesion")),
         "2026-11-12", status="active", occ="2026-12-09", reason=les, note="Office procedure room, local anesthesia")
    b.vitals("2026-11-12", 122, 76, 64, 82.0, enc=e1)
    b.imm("150", "Influenza, injectable, quadrivalent, preservative free", "2026-11-12")
    b.note("2026-11-12", CC((LOINC, "11506-3", "Progress note")), "Routine HIV follow-up; suppressed, CD4 705. New 6 mm pigmented "
           "lesion on back, patient noticed it has been itchy. Plan shave biopsy in procedure room 12/9. Continue ART.", enc=e1)
    b.cond(cm("J30.2", "Other seasonal allergic rhinitis"), "2010-01-01")
    b.medstmt(T("fluticasone propionate 50 mcg nasal spray"), "2020-04-01", dose="2 sprays each nostril daily in spring")


# ============================================================ UNTREATABLE PROGNOSIS
@case(UP, "positive", "de", "End-stage heart failure: heart team documented no option for LVAD, transplant or revascularisation and an active palliative care plan; no second opinion on record.",
      "Terminale Herzinsuffizienz, Heart-Team: keine Optionen, Palliativplan")
def up_p1(b):
    b.setup("Weber", "Jean-Claude", "male", "1947-04-16", pracs=(4, 3), lang=("fr", "French"))
    hf = b.dxgm("I50.14", "Linksherzinsuffizienz: Mit Beschwerden in Ruhe", "2019-03-01")
    cad = b.dxgm("I25.13", "Atherosklerotische Herzkrankheit: Drei-Gefäßerkrankung", "2015-06-01")
    b.dxgm("I48.1", "Vorhofflimmern, persistierend", "2021-02-01")
    b.dxgm("N18.3", "Chronische Nierenkrankheit, Stadium 3", "2022-01-01")
    for a, d, t in (("C09DX04", "Valsartan und Sacubitril", "Sacubitril/Valsartan 24/26 mg"), ("C07AB07", "Bisoprolol", "Bisoprolol 2,5 mg"),
                    ("C03CA04", "Torasemid", "Torasemid 20 mg"), ("A10BK01", "Dapagliflozin", "Dapagliflozin 10 mg"),
                    ("B01AF02", "Apixaban", "Apixaban 2,5 mg")):
        b.medstmt(atc(a, d, t), "2024-01-01", reason=hf if a != "B01AF02" else None)
    e = b.enc("2026-10-19", cls="IMP", typ="Stationär Kardiologie", reason="kardiale Dekompensation", end="2026-10-30",
              admit=("emd", "From accident/emergency department"), diag=[hf, cad], pr=0)
    b.dr(CC(cod(f"{b.o['base']}/CodeSystem/funktion-lokal", "TTE", "Transthorakale Echokardiographie")), "2026-10-20",
         "Hochgradig reduzierte LV-Funktion (LVEF 15 %), dilatierter LV, mittelgradige funktionelle MI, TAPSE 11 mm.",
         cat="Kardiologie", enc=e)
    b.labs("2026-10-20", enc=e, ntbnp=11850, crea=2.1, na=131, k=4.8, hbm=11.8)
    b.ci("2026-10-27", "Herz-Team-Konferenz", "Terminale ischämische Kardiomyopathie. Keine Option für Revaskularisation "
         "(diffuse Drei-Gefäßerkrankung, kein vitales Myokard), keine LVAD- oder HTx-Kandidatur (Alter, Niereninsuffizienz, "
         "Gebrechlichkeit). Keine weiteren kausalen Therapieoptionen. Empfehlung: palliativmedizinische Mitbetreuung.",
         problems=[hf], pr=0)
    b.careplan("Palliativmedizinische Versorgung", "active", "2026-10-28",
               T("Palliativmedizin"),
               [(CC((SCT, "103735009", "Palliative care (regime/therapy)")), "in-progress"),
                ("Symptomkontrolle Dyspnoe (Morphin niedrig dosiert)", "in-progress"),
                ("SAPV-Anbindung", "scheduled")], addresses=[hf], desc="Best supportive care bei terminaler Herzinsuffizienz")
    b.medreq(atc("N02AA01", "Morphin", "Morphin Tropfen 0,5 %"), "2026-10-28", "2-4 Tropfen bei Atemnot, max. 6x/Tag", reason=hf)
    b.note("2026-10-30", CC((LOINC, "18842-5", "Discharge summary")), "DISCHARGE SUMMARY (English, for family physician in "
           "Luxembourg)\nDiagnoses: end-stage ischaemic cardiomyopathy, LVEF 15 %, NYHA IV; three-vessel CAD; persistent AF; CKD 3.\n"
           "Course: admitted with decompensation, diuresed 6 kg. Heart team 27/10: no revascularisation, LVAD or transplant "
           "option; no further disease-modifying treatment available. Palliative care plan agreed with patient and daughter.\n"
           "Plan: specialised home palliative care, low-dose morphine for dyspnoea, continue current medication.",
           enc=e, lang="en", desc="Discharge summary (EN)")


@case(UP, "positive", "id", "Decompensated HBV cirrhosis (Child-Pugh C) judged not a transplant candidate with no further disease-directed options; palliative care referral active; no outside transplant or second opinion.",
      "Decompensated HBV cirrhosis, not a transplant candidate, palliative referral")
def up_p2(b):
    b.setup("Tran", "Minh", "male", "1969-08-08", pracs=(3, 2))
    hbv = b.cond(cm("B18.1", "Chronic viral hepatitis B without delta-agent", ("61977001", "Chronic type B viral hepatitis (disorder)")), "2004-01-01")
    ci = b.cond(cm("K74.69", "Other cirrhosis of liver", ("19943007", "Cirrhosis of liver (disorder)")), "2021-03-01")
    b.cond(cm("R18.8", "Other ascites"), "2026-04-01")
    b.cond(cm("F10.20", "Alcohol dependence, uncomplicated"), "2015-01-01")
    b.medstmt(T("tenofovir disoproxil fumarate 300 mg oral tablet"), "2012-01-01", reason=hbv, dose="1 tablet daily")
    b.medstmt(CC((RXN, "9997", "spironolactone")), "2026-04-01", dose="100 mg daily", reason=ci)
    b.medstmt(CC((RXN, "4603", "furosemide")), "2026-04-01", dose="40 mg daily", reason=ci)
    b.medstmt(CC((RXN, "6218", "lactulose")), "2026-07-01", dose="20 g two to three times daily, titrate to 2-3 BMs")
    e = b.enc("2026-11-03", typ="Hepatology / ID clinic", reason="decompensated cirrhosis follow-up")
    b.labs("2026-11-03", enc=e, bili=4.8, alb=2.4, inr=2.1, crea=1.4, na=129, plt=62)
    b.obs(T("Hepatitis B virus DNA [IU/mL] in Serum or Plasma by NAA"), "2026-11-03", "Target not detected", interp="ND", enc=e)
    b.vitals("2026-11-03", 98, 58, 88, 61.0, enc=e)
    b.ci("2026-11-03", "Hepatology assessment and goals of care", "Child-Pugh C (12), MELD-Na ~28. Refractory ascites requiring "
         "monthly paracentesis, recurrent encephalopathy. Not a liver transplant candidate (active alcohol use, frailty). "
         "No further disease-directed treatment options beyond viral suppression. Goals of care: comfort-focused; "
         "patient agrees to palliative care referral.", problems=[ci, hbv],
         findings=[CC((SCT, "19943007", "Cirrhosis of liver (disorder)"), text="Decompensated cirrhosis, Child-Pugh C")])
    b.sr(CC((SCT, "306206005", "Referral to service (procedure)"), text="Referral to palliative care"), "2026-11-03",
         status="active", reason=ci, cat=CC((SCT, "103735009", "Palliative care (regime/therapy)")))
    b.proc(CC((CPT, "49083", "Abdominal paracentesis (diagnostic or therapeutic); with imaging guidance")), "completed",
           "2026-11-10", reason=ci, outcome="6.5 L removed, albumin given")
    b.note("2026-11-03", CC((LOINC, "11488-4", "Consult note")), "Goals-of-care conversation with patient and sister. Explained "
           "cirrhosis is end-stage and that he is not eligible for transplant at this time; no other treatment will reverse it. "
           "He chooses comfort-focused care, DNR/DNI. Palliative referral placed. Continue tenofovir, diuretics, lactulose.")


@case(UP, "positive", "th", "Very severe COPD with chronic hypercapnic failure; pulmonology e-consult states no further treatment options and recommends hospice, documented only in notes/messages; no second opinion.",
      "COPD GOLD 4: e-consult says no options, hospice recommended")
def up_p3(b):
    b.setup("Hollister", "Gary", "male", "1953-01-25", pracs=(2, 4), extra_org="Clearwave Specialist E-Consult Network - Pulmonology")
    cop = b.cond(cm("J44.9", "Chronic obstructive pulmonary disease, unspecified", ("13645005", "Chronic obstructive lung disease (disorder)")), "2012-01-01")
    b.cond(cm("J96.12", "Chronic respiratory failure with hypercapnia"), "2024-09-01")
    b.cond(cm("I10", "Essential (primary) hypertension"), "2010-01-01")
    b.medstmt(T("fluticasone furoate / umeclidinium / vilanterol 100/62.5/25 mcg inhalation powder (Trelegy Ellipta)"),
              "2022-01-01", reason=cop, dose="1 inhalation daily")
    b.medstmt(CC((RXN, "435", "albuterol")), "2012-01-01", dose="2 puffs every 4 h as needed")
    b.medstmt(T("Home oxygen 2 L/min via nasal cannula, continuous"), "2024-09-01", reason=cop)
    b.medstmt(CC((RXN, "17767", "amlodipine")), "2010-01-01", dose="5 mg daily")
    b.obs(CC((LOINC, "20150-9", "FEV1")), "2026-08-12", Q(0.62, "L"), cat="procedure", note="19 % predicted, FEV1/FVC 0.38")
    e1 = b.enc("2026-09-08", cls="VR", typ="Video visit", reason="dyspnea at rest, COPD")
    b.vital("spo2", "2026-09-08", 87, enc=e1)
    c = b.comm("2026-09-10", "E-consult: 73M COPD GOLD 4, FEV1 19 %, on triple therapy and home O2, 3 admissions in 2026. "
               "Any further options?", b.pr[0], b.ext, cat="e-consult")
    b.comm("2026-09-24", "Pulmonology e-consult reply: Maximal inhaled therapy and O2 already in place; roflumilast previously not "
           "tolerated. Homogeneous emphysema with hypercapnia - not a candidate for valve/lung volume reduction; age excludes "
           "transplant. I do not see further treatment options. Recommend hospice referral and goals-of-care discussion.",
           b.ext, b.pr[0], cat="e-consult", reply_to=c)
    e2 = b.enc("2026-11-12", cls="VR", typ="Video visit - goals of care", reason="COPD end stage")
    b.vital("spo2", "2026-11-12", 86, enc=e2)
    b.note("2026-11-12", CC((LOINC, "11506-3", "Progress note")), "Video visit with patient and wife. Reviewed pulmonology e-consult: "
           "no further treatment options for his COPD. Discussed hospice; patient wants to stay home and agrees to hospice "
           "evaluation. POLST completed: DNR, limited interventions.", enc=e2)
    b.bp("2026-11-12", 128, 76, device=True)
    b.imm("150", "Influenza, injectable, quadrivalent, preservative free", "2026-10-01")


@case(UP, "near-miss", "de", "Palliative best-supportive-care plan for metastatic colorectal cancer, but an external second opinion (another university tumour board) is on record from September 2026 and confirmed it - flag suppressed.",
      "Palliative colorectal cancer with Zweitmeinung already obtained")
def up_n1(b):
    b.setup("Neumann", "Gisela", "female", "1958-09-09", pracs=(4, 0), extra_org="Universitätsklinikum Nordstadt, Interdisziplinäres Tumorzentrum")
    crc = b.dxgm("C18.7", "Bösartige Neubildung: Colon sigmoideum", "2023-02-14")
    b.dxgm("C78.7", "Sekundäre bösartige Neubildung der Leber und der intrahepatischen Gallengänge", "2024-06-01")
    b.medstmt(CC((ATC, "L01BC59", "Trifluridin, Kombinationen"), text="Trifluridin/Tipiracil (Lonsurf) - 3. Linie"), "2026-03-01",
              "2026-08-05", status="stopped", reason=crc, note="bei Progress beendet")
    b.ci("2026-08-12", "Interdisziplinäres Tumorboard", "Progress hepatisch und pulmonal unter Drittlinientherapie, ECOG 2. "
         "Keine weiteren tumorspezifischen Therapieoptionen; Empfehlung Best Supportive Care.", problems=[crc])
    b.sr(T("Ärztliche Zweitmeinung (externes Tumorboard)"), "2026-08-14", status="completed", reason=crc, performer=b.ext,
         note="auf Wunsch der Patientin")
    b.note("2026-09-18", "Zweitmeinung", "Zweitmeinung Interdisziplinäres Tumorzentrum Universitätsklinikum Nordstadt.\n"
           "Nach Durchsicht aller Befunde (CT 08/2026, Molekularpathologie RAS-mutiert, MSS) bestätigen wir die Empfehlung "
           "des Tumorboards Rheinau: keine weitere tumorspezifische Therapie sinnvoll, keine Studienoption. Best Supportive Care.",
           desc="Externe Zweitmeinung")
    b.careplan("Palliativversorgung", "active", "2026-09-25", T("Palliativmedizin"),
               [(CC((SCT, "103735009", "Palliative care (regime/therapy)")), "in-progress"),
                ("Schmerztherapie nach WHO-Stufenschema", "in-progress")], addresses=[crc])
    e = b.enc("2026-11-04", typ="Palliativambulanz", reason="Symptomkontrolle", pr=1)
    b.labs("2026-11-04", enc=e, hb=10.9, bili=1.6, alb=3.0, crea=0.8)
    b.vital("wt", "2026-11-04", 54.0, enc=e)
    b.medreq(atc("N02AA05", "Oxycodon", "Oxycodon retard 10 mg"), "2026-09-25", "1-0-1", reason=crc)
    b.medreq(atc("A06AD65", "Macrogol, Kombinationen", "Macrogol Pulver"), "2026-09-25", "1-0-0")
    b.note("2026-11-04", "Ambulanzbrief", "Palliativambulanz: Schmerzen unter Oxycodon gut kontrolliert (NRS 2). Patientin "
           "gut informiert, Zweitmeinung aus Nordstadt hat die Entscheidung bestätigt. Anbindung SAPV besprochen.", enc=e,
           author=b.pr[1])


@case(UP, "near-miss", "ns", "Only surgery is ruled out ('no surgical options' for lumbar stenosis because of cardiac risk); conservative treatment is active and the condition is not life-limiting - not an untreatable-prognosis situation.",
      "Lumbar stenosis, not a surgical candidate, conservative care ongoing")
def up_n2(b):
    b.setup("Olafsdottir", "Margaret", "female", "1942-05-19", pracs=(3, 2))
    st = b.cond(cm("M48.062", "Spinal stenosis, lumbar region with neurogenic claudication"), "2024-03-01")
    b.cond(cm("I35.0", "Nonrheumatic aortic (valve) stenosis"), "2021-01-01")
    b.cond(cm("N18.31", "Chronic kidney disease, stage 3a"), "2022-01-01")
    b.cond(cm("I10", "Essential (primary) hypertension"), "2005-01-01")
    b.dr(CC((CPT, "72148", "Magnetic resonance (eg, proton) imaging, spinal canal and contents, lumbar; without contrast material"), text="MRI lumbar spine without contrast"), "2026-07-08",
         "Severe multilevel central stenosis L2-L5.", cat="Radiology")
    nrs = CC((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"))
    e1 = b.enc("2026-07-22", typ="Neurosurgery consultation", reason="leg pain with walking")
    b.score(nrs, "2026-07-22", 6, enc=e1)
    b.note("2026-07-22", CC((LOINC, "11488-4", "Consult note")), "84F with neurogenic claudication, severe L2-5 stenosis. Severe "
           "aortic stenosis (AVA 0.8 cm2); cardiology advises against elective general anesthesia. Not a surgical candidate - "
           "no surgical treatment options at this time. Plan: PT, duloxetine, rolling walker, continue acetaminophen. "
           "Follow-up 3 months.", enc=e1)
    b.medreq(CC((RXN, "72625", "duloxetine")), "2026-07-22", "30 mg daily", reason=st)
    b.medstmt(CC((RXN, "161", "acetaminophen")), "2024-03-01", dose="650 mg three times daily")
    b.sr(CC((SCT, "91251008", "Physical therapy procedure (regime/therapy)")), "2026-07-22", status="active", reason=st)
    e2 = b.enc("2026-10-21", typ="Neurosurgery follow-up", reason="lumbar stenosis", pr=1)
    b.score(nrs, "2026-10-21", 4, enc=e2)
    b.note("2026-10-21", CC((LOINC, "11506-3", "Progress note")), "Walking 2 blocks with walker, better than July. Duloxetine "
           "tolerated. Continue PT and current regimen.", enc=e2, author=b.pr[1])
    b.labs("2026-10-21", crea=1.3, egfr=41, hb=12.4)
    b.bp("2026-10-21", 142, 70, enc=e2)
