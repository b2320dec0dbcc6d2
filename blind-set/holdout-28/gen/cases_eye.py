from lib import *
from sites import setup

RE = cc(sct("18944008", "Right eye structure"))
LE = cc(sct("8966001", "Left eye structure"))
REAR = cc(sct("25577004", "Right ear structure"))
LEAR = cc(sct("89644007", "Left ear structure"))


def I(code, disp, *more, text=None):
    return cc(icd(code, disp), *more, text=text)


def L(site, code, disp):
    return cc(c(f"https://{site}.example.com/fhir/CodeSystem/exam", code, disp), text=disp)


def iop(b, d, e, r, l, site, method="Goldmann applanation"):
    for v, body in ((r, RE), (l, LE)):
        b.obs(cc(sct("41633001", "Intraocular pressure")), d, v, "mm[Hg]", 10, 21, cat="exam", enc=e, body=body, method=txt(method))


def va_eye(b, d, e, r, l):
    for v, body in ((r, RE), (l, LE)):
        b.obs(cc(sct("363983007", "Visual acuity"), text="Best corrected distance visual acuity (Snellen)"), d, string=v, cat="exam",
              enc=e, body=body, interp=None)


def pta(b, d, e, r, l, site, wr=None, wl=None):
    refs = [b.obs(L(site, "PTA-R", "Pure tone average 0.5/1/2/4 kHz, right ear"), d, r, "dB", None, 25, cat="exam", enc=e, body=REAR),
            b.obs(L(site, "PTA-L", "Pure tone average 0.5/1/2/4 kHz, left ear"), d, l, "dB", None, 25, cat="exam", enc=e, body=LEAR)]
    if wr is not None:
        refs.append(b.obs(L(site, "WRS-R", "Word recognition score, right ear"), d, wr, "%", 88, 100, cat="exam", enc=e, body=REAR))
        refs.append(b.obs(L(site, "WRS-L", "Word recognition score, left ear"), d, wl, "%", 88, 100, cat="exam", enc=e, body=LEAR))
    return refs


# ---------------------------------------------------------------- PSNW positive: aural fullness + dizziness, all studies normal
def ent_fullness(b):
    o = setup(b, "E2", "Lindahl", "Kristin Ann", "female", "1980-07-14", "4410 Baseline Rd", "SOA-228104",
              "Cigna", "U77810228", "2023-01-01", plan="Cigna Open Access Plus", marital="M")
    ent = b.prac("Prakash", "Vikram", npi="1174561201")
    aud = b.prac("Hargrove", "Melissa", prefix="Dr.", suffix="AuD", npi="1174561290")
    P = lambda *a, **k: b.cond(*a, **k)
    P(I("E03.9", "Hypothyroidism, unspecified"), onset="2014-01-01", recorded="2023-01-10")
    P(I("H60.332", "Swimmer's ear, left ear"), status="resolved", onset="2023-07-10", abated="2023-07-24")
    dz = P(I("R42", "Dizziness and giddiness", sct("404640003", "Dizziness")), onset="2026-09-03", recorded="2026-09-09", asserter=ent,
           note="Episodic imbalance/lightheadedness with left aural fullness")
    visits = [("2026-09-09", "99204", "Left ear fullness and dizziness x 1 week"), ("2026-10-14", "99214", "Follow-up ear fullness/dizziness"),
              ("2026-11-18", "99214", "Follow-up - symptoms persist")]
    encs = []
    for d, code, why in visits:
        e = b.enc(d, type_=cc(cpt(code)), prac=ent, org=o, reason=txt(why), service=txt("Otolaryngology"), dx=[dz])
        encs.append(e)
        b.cond(I("H93.8X2", "Other specified disorders of left ear", text="Aural fullness, left ear"), onset="2026-09-03", recorded=d,
               cat="encounter-diagnosis", enc=e)
    r1 = pta(b, "2026-09-09", encs[0], 10, 12, "summit-ent", 100, 96)
    r1.append(b.obs(L("summit-ent", "TYMP-L", "Tympanogram type, left ear"), "2026-09-09", string="Type A (peak +10 daPa, compliance 0.8 mL)",
                    cat="exam", enc=encs[0], body=LEAR, interp="N"))
    b.dr(cc(cpt("92557", "Comprehensive audiometry threshold evaluation and speech recognition"), text="Audiologic evaluation"), "2026-09-09", r1,
         enc=encs[0], cat="AUD", perf=aud,
         conclusion="Hearing within normal limits bilaterally 250-8000 Hz. Excellent word recognition. Type A tympanograms bilaterally, acoustic reflexes present ipsi/contra. DPOAEs present bilaterally.")
    b.dr(cc(cpt("92540"), text="Videonystagmography with bithermal calorics"), "2026-10-14", enc=encs[1], cat="AUD", perf=aud,
         conclusion="No spontaneous, gaze-evoked or positional nystagmus. Dix-Hallpike negative bilaterally. Oculomotor studies normal. Caloric responses symmetric (unilateral weakness 6%). cVEMP and oVEMP present and symmetric. Normal VNG.")
    b.dr(cc(cpt("70553"), text="MRI brain and internal auditory canals without and with gadolinium"), "2026-10-28", cat="NMR",
         conclusion="Normal internal auditory canals and cerebellopontine angles. No enhancing lesion. Normal labyrinthine signal. Brain parenchyma unremarkable.")
    r3 = pta(b, "2026-11-18", encs[2], 10, 10, "summit-ent", 100, 100)
    b.dr(cc(cpt("92557", "Comprehensive audiometry threshold evaluation and speech recognition"), text="Repeat audiologic evaluation"), "2026-11-18", r3,
         enc=encs[2], cat="AUD", perf=aud, conclusion="Normal hearing bilaterally including low frequencies; unchanged. Type A tympanograms.")
    b.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-09-09", 2.1, "m[IU]/L", 0.4, 4.5, encs[0])
    b.vitals("2026-09-09", encs[0], 118, 76, 70)
    b.medreq(cc(rx("6711", "meclizine"), text="Meclizine 12.5 mg tablet"), "2026-09-09", "12.5 mg every 8 hours as needed for dizziness", requester=ent, reason=dz)
    b.medreq(cc(rx("41126", "fluticasone"), text="Fluticasone propionate 50 mcg nasal spray"), "2026-09-09", "2 sprays each nostril daily x 4 weeks",
             status="completed", requester=ent, reason=dz)
    b.medstmt(cc(rx("10582", "levothyroxine"), text="Levothyroxine 75 mcg"), "2014-01-01", dose_text="75 mcg daily")
    b.note("2026-09-09", """OTOLARYNGOLOGY NEW PATIENT
46F with 1 week of left ear pressure/fullness and intermittent lightheaded imbalance lasting minutes to hours, no true spinning, no hearing loss, no tinnitus, no otorrhea. No recent URI or flying. No headache or visual aura.
Exam: EACs and TMs normal bilaterally, Weber midline, Rinne AC>BC. Nasal endoscopy: no adenoid or nasopharyngeal mass. Cranial nerves intact, Romberg negative, no nystagmus.
Audiogram normal; type A tympanograms.
Plan: trial of nasal steroid for possible eustachian tube component; meclizine prn; VNG and MRI IAC.
V. Prakash, MD""", type_=("11488-4", "Consult note"), author=ent, enc=encs[0])
    b.note("2026-10-14", """OTOLARYNGOLOGY FOLLOW-UP
Fullness and episodic dizziness continue several times per week. Nasal steroid x4 weeks - no change. VNG/calorics/VEMP today normal. MRI pending.
Plan: MRI IAC; follow-up after.""", author=ent, enc=encs[1])
    b.note("2026-11-18", """OTOLARYNGOLOGY FOLLOW-UP
Symptoms persist now > 10 weeks: left ear fullness most days, dizziness 2-3 episodes weekly. Repeat audiogram normal incl. low frequencies - no evidence of hydrops. MRI IAC normal. VNG normal. TSH normal.
Assessment: Left aural fullness and episodic dizziness; comprehensive otologic and vestibular evaluation normal. No otologic diagnosis identified.
Plan: Reassurance. Nothing further to offer from an ENT standpoint. Follow up with PCP; return as needed.""", author=ent, enc=encs[2])


# ---------------------------------------------------------------- PSNW near miss: episodic blur/halos -> primary angle closure, LPI done
def eye_angle(b):
    o = setup(b, "E1", "Pham", "Thi Lan", "female", "1965-03-08", "212 New Holland Ave", "TC-0511872",
              "Highmark Blue Shield", "HMK5118720", "2020-01-01", plan="Highmark PPO Blue", marital="M", lang="vi")
    md = b.prac("Whitcombe", "Gerald", npi="1063451122")
    P = lambda *a, **k: b.cond(*a, **k)
    P(I("I10", "Essential (primary) hypertension"), onset="2015-01-01", recorded="2020-01-01")
    P(I("H52.03", "Hypermetropia, bilateral"), onset="2005-01-01", recorded="2020-01-01")
    blur = P(I("H53.8", "Other visual disturbances", text="Episodic blurred vision with halos, evenings"), status="resolved",
             onset="2026-06-20", recorded="2026-07-08", abated="2026-10-21", asserter=md)
    visits = [("2026-07-08", "92004", "Blurred vision with halos in the evening, brow ache"), ("2026-08-12", "92014", "Follow-up blurred vision"),
              ("2026-09-23", "92014", "Follow-up - symptoms persist")]
    encs = []
    for d, code, why in visits:
        e = b.enc(d, type_=cc(cpt(code)), prac=md, org=o, reason=txt(why), service=txt("Comprehensive ophthalmology"), dx=[blur])
        encs.append(e)
    iop(b, "2026-07-08", encs[0], 16, 17, "tricounty")
    va_eye(b, "2026-07-08", encs[0], "20/25", "20/25")
    b.dr(cc(cpt("92133"), text="OCT optic nerve/RNFL"), "2026-08-12", enc=encs[1], cat="OPH",
         conclusion="Average RNFL 96 um OD, 94 um OS, within normal limits. Symmetric.")
    b.dr(cc(cpt("92083"), text="Humphrey visual field 24-2 SITA Standard"), "2026-08-12", enc=encs[1], cat="OPH",
         conclusion="Full fields OU. MD -0.6 dB OD, -0.9 dB OS. Reliable.")
    iop(b, "2026-09-23", encs[2], 23, 25, "tricounty")
    b.obs(cc(cpt("92020"), text="Gonioscopy"), "2026-09-23", string="OU: Shaffer grade 0-1 in 3 quadrants, appositional closure 270 degrees on dark-room indentation gonioscopy; no PAS.",
          cat="exam", enc=encs[2], interp="A")
    pac = P(I("H40.063", "Primary angle closure without glaucoma damage, bilateral"), onset="2026-09-23", asserter=md,
            note="Symptomatic intermittent angle closure explains evening halos/blur and brow ache.")
    for d, eye, body in (("2026-10-07", "right", RE), ("2026-10-21", "left", LE)):
        e = b.enc(d, type_=cc(cpt("66761")), prac=md, org=o, service=txt("Laser clinic"), dx=[pac])
        b.proc(cc(cpt("66761", "Iridotomy/iridectomy by laser surgery (eg, for glaucoma) (per session)"), text=f"Laser peripheral iridotomy, {eye} eye"),
               date=d, performer=md, enc=e, reason=pac, body=body, outcome="Patent iridotomy superotemporally; IOP 1 h post 15 mmHg")
    e4 = b.enc("2026-11-18", type_=cc(cpt("92012")), prac=md, org=o, service=txt("Comprehensive ophthalmology"), dx=[pac])
    iop(b, "2026-11-18", e4, 15, 15, "tricounty")
    b.medreq(cc(rx("31444", "brimonidine"), text="Brimonidine 0.2% ophthalmic"), "2026-10-07", "1 drop pre-laser", status="completed", requester=md)
    b.medstmt(cc(rx("17767", "amlodipine"), text="Amlodipine 5 mg"), "2015-01-01", dose_text="5 mg daily")
    b.note("2026-09-23", """OPHTHALMOLOGY FOLLOW-UP (Vietnamese interpreter)
61F hyperope with 3 months of evening blurred vision with rainbow halos and right brow ache, resolving after sleep. Prior IOP and RNFL/VF normal. Today (late afternoon) IOP 23/25. Gonioscopy: narrow angles with appositional closure 270 degrees OU, no PAS. Shallow peripheral AC, lens-iris diaphragm forward.
Assessment: Primary angle closure OU, symptomatic intermittent - accounts for her episodic symptoms.
Plan: LPI OD 10/7 and OS 10/21.""", author=md, enc=encs[2])
    b.note("2026-11-18", """OPHTHALMOLOGY POST-LPI
No halos or brow ache since the second laser. PIs patent OU. Gonioscopy: angles open to scleral spur 360 degrees after LPI. IOP 15/15.
Assessment: Primary angle closure OU s/p LPI - symptoms resolved.
Plan: Annual gonioscopy and IOP check.""", author=md, enc=e4)


# ---------------------------------------------------------------- DSM positive: "dry eye" label, fatigable ptosis/diplopia unexplained
def eye_dryeye(b):
    o = setup(b, "E4", "Kaminski", "Gregory Paul", "male", "1968-10-19", "6712 Maple Canyon Ave", "NGE-114207",
              "Medical Mutual of Ohio", "MMO1142070", "2019-01-01", plan="Medical Mutual SuperMed PPO", marital="M")
    od = b.prac("Haskins", "Laura", npi="1396784411")
    P = lambda *a, **k: b.cond(*a, **k)
    P(I("I10", "Essential (primary) hypertension"), onset="2016-01-01", recorded="2019-01-01")
    P(I("E78.5", "Hyperlipidemia, unspecified"), onset="2016-01-01", recorded="2019-01-01")
    P(I("H10.13", "Acute atopic conjunctivitis, bilateral"), status="resolved", onset="2021-04-01", abated="2021-05-01")
    de = P(I("H04.123", "Dry eye syndrome of bilateral lacrimal glands"), onset="2026-05-12", asserter=od)
    e1 = b.enc("2026-05-12", type_=cc(cpt("92004")), prac=od, org=o, service=txt("Comprehensive ophthalmology"), dx=[de],
               reason=txt("Gritty eyes, intermittent blurry/doubled vision late in the day"))
    va_eye(b, "2026-05-12", e1, "20/20", "20/25")
    for d, e, sr, sl, tr in (("2026-05-12", e1, 6, 7, 5),):
        b.obs(L("northgate-eye", "SCHIRMER-R", "Schirmer I without anesthesia, right eye"), d, sr, "mm", 10, None, cat="exam", enc=e, body=RE)
        b.obs(L("northgate-eye", "SCHIRMER-L", "Schirmer I without anesthesia, left eye"), d, sl, "mm", 10, None, cat="exam", enc=e, body=LE)
        b.obs(L("northgate-eye", "TBUT", "Tear break-up time"), d, tr, "s", 10, None, cat="exam", enc=e)
    b.medreq(cc(rx("3008", "cyclosporine"), text="Cyclosporine 0.05% ophthalmic emulsion"), "2026-05-12", "1 drop each eye twice daily", requester=od, reason=de)
    b.medreq(cc(text="Preservative-free artificial tears (carboxymethylcellulose 0.5%)"), "2026-05-12", "1 drop each eye 4-6 times daily", requester=od, reason=de)
    e2 = b.enc("2026-08-18", type_=cc(cpt("92014")), prac=od, org=o, service=txt("Comprehensive ophthalmology"), dx=[de],
               reason=txt("Dry eye follow-up; double vision in evenings"))
    b.cond(I("H53.2", "Diplopia"), onset="2026-05-01", recorded="2026-08-18", cat="encounter-diagnosis", enc=e2)
    b.obs(L("northgate-eye", "TBUT", "Tear break-up time"), "2026-08-18", 8, "s", 10, None, cat="exam", enc=e2)
    b.obs(L("northgate-eye", "MRD1-L", "Margin reflex distance 1, left upper eyelid"), "2026-08-18", 1.5, "mm", 2.5, 5.0, cat="exam", enc=e2, body=LE)
    b.obs(L("northgate-eye", "MRD1-R", "Margin reflex distance 1, right upper eyelid"), "2026-08-18", 3.5, "mm", 2.5, 5.0, cat="exam", enc=e2, body=RE)
    e3 = b.enc("2026-10-27", type_=cc(cpt("92014")), prac=od, org=o, service=txt("Comprehensive ophthalmology"), dx=[de],
               reason=txt("Dry eye follow-up; droopy lids, double vision"))
    b.cond(I("H53.2", "Diplopia"), onset="2026-05-01", recorded="2026-10-27", cat="encounter-diagnosis", enc=e3)
    b.cond(I("H02.403", "Unspecified ptosis of bilateral eyelids"), onset="2026-08-18", recorded="2026-10-27", cat="encounter-diagnosis", enc=e3)
    b.obs(L("northgate-eye", "MRD1-L", "Margin reflex distance 1, left upper eyelid"), "2026-10-27", 0.5, "mm", 2.5, 5.0, cat="exam", enc=e3, body=LE)
    b.obs(L("northgate-eye", "MRD1-R", "Margin reflex distance 1, right upper eyelid"), "2026-10-27", 2.0, "mm", 2.5, 5.0, cat="exam", enc=e3, body=RE)
    b.proc(cc(cpt("68761", "Closure of the lacrimal punctum; by plug, each"), text="Punctal plugs, lower lids OU"), date="2026-10-27", performer=od, enc=e3, reason=de)
    b.medstmt(cc(rx("29046", "lisinopril"), text="Lisinopril 20 mg"), "2016-01-01", dose_text="20 mg daily")
    b.medstmt(cc(rx("83367", "atorvastatin"), text="Atorvastatin 20 mg"), "2016-01-01", dose_text="20 mg daily")
    b.note("2026-05-12", """COMPREHENSIVE EYE EXAM
57M with burning, gritty eyes and intermittent blurred/doubled vision late in the day for a few weeks. Screen time 8+ h/day.
Schirmer 6/7 mm, TBUT 5 s, inferior punctate staining OU. Lids normal. Motility full. Fundus normal.
Assessment: Dry eye syndrome OU - likely cause of fluctuating vision.
Plan: PF artificial tears, cyclosporine 0.05% BID, warm compresses. RTC 3 months.""", author=od, enc=e1)
    b.note("2026-08-18", """DRY EYE FOLLOW-UP
Ocular surface better (TBUT 8 s, staining trace). Still reports double vision in the evenings, vertical and horizontal, and his wife notices the left lid drooping at dinner. MRD1 3.5 OD / 1.5 OS. Motility full in primary gaze on brief exam.
Assessment: Dry eye syndrome, improving. Diplopia - likely tear film related. Mild left ptosis, probably age-related dermatochalasis.
Plan: continue drops. RTC 2 months.""", author=od, enc=e2)
    b.note("2026-10-27", """DRY EYE FOLLOW-UP
Eyes feel less gritty. Diplopia now most evenings and after reading, worse in upgaze; both lids now droop by evening, worse on the left, better in the morning. Mentions occasional trouble swallowing dry food and chewing steak. MRD1 2.0 OD / 0.5 OS (late afternoon visit).
Assessment: Dry eye syndrome OU. Ptosis bilateral. Diplopia.
Plan: Punctal plugs placed lower lids OU. Continue cyclosporine. RTC 3 months.
L. Haskins, MD""", author=od, enc=e3)
    b.comm("2026-11-24T13:20:00Z", "Patient called: double vision and droopy eyelids unchanged after plugs. Keep February appointment per Dr. Haskins.", od, b.pt)


# ---------------------------------------------------------------- DSM near miss: presbycusis label fits symmetric age-related loss
def aud_presby(b):
    o = setup(b, "E2", "Whitmore", "Harold Eugene", "male", "1950-05-22", "1120 Mapleton Ave", "SOA-104477",
              "Centers for Medicare and Medicaid Services", "4TR9HG2KL55", "2015-06-01", plan="Medicare Part B", marital="M")
    aud = b.prac("Hargrove", "Melissa", prefix="Dr.", suffix="AuD", npi="1174561290")
    ent = b.prac("Prakash", "Vikram", npi="1174561201")
    P = lambda *a, **k: b.cond(*a, **k)
    pb = P(I("H91.13", "Presbycusis, bilateral"), onset="2022-01-01", recorded="2024-10-08", asserter=ent)
    P(I("I10", "Essential (primary) hypertension"), onset="2008-01-01", recorded="2024-10-08")
    P(I("H61.23", "Impacted cerumen, bilateral"), status="resolved", onset="2025-03-04", abated="2025-03-04")
    e0 = b.enc("2024-10-08", type_=cc(cpt("99204")), prac=ent, org=o, service=txt("Otolaryngology"), dx=[pb], reason=txt("Hearing difficulty in groups"))
    r0 = pta(b, "2024-10-08", e0, 38, 40, "summit-ent", 88, 86)
    b.dr(cc(cpt("92557"), text="Audiologic evaluation"), "2024-10-08", r0, enc=e0, cat="AUD", perf=aud,
         conclusion="Bilateral symmetric mild sloping to moderately-severe sensorineural hearing loss. Type A tympanograms. Candidate for amplification.")
    b.proc(cc(cpt("92591", "Hearing aid examination and selection; binaural"), text="Binaural hearing aid fitting (receiver-in-canal)"), date="2025-01-14", performer=aud, reason=pb)
    b.proc(cc(cpt("69210"), text="Cerumen removal, bilateral"), date="2025-03-04", performer=ent)
    e1 = b.enc("2026-10-20", type_=cc(cpt("92557")), prac=aud, org=o, service=txt("Audiology"), dx=[pb], reason=txt("Annual hearing evaluation, hearing aid check"))
    r1 = pta(b, "2026-10-20", e1, 41, 43, "summit-ent", 84, 82)
    r1.append(b.obs(L("summit-ent", "TYMP-R", "Tympanogram type, right ear"), "2026-10-20", string="Type A", cat="exam", enc=e1, body=REAR, interp="N"))
    b.dr(cc(cpt("92557"), text="Audiologic evaluation"), "2026-10-20", r1, enc=e1, cat="AUD", perf=aud,
         conclusion="Bilateral symmetric sloping mild to moderately-severe SNHL, thresholds 3 dB poorer than 10/2024 (age-expected). Interaural difference < 10 dB at all frequencies. Word recognition good. Type A tympanograms.")
    b.obs(L("summit-ent", "HHIE-S", "Hearing Handicap Inventory for the Elderly - Screening version"), "2026-10-20", 14, "{score}", cat="survey", enc=e1, interp=None)
    b.medstmt(cc(rx("52175", "losartan"), text="Losartan 50 mg"), "2012-01-01", dose_text="50 mg daily")
    b.note("2026-10-20", """AUDIOLOGY - ANNUAL EVALUATION
76M with bilateral presbycusis, binaural RIC hearing aids since 1/2025, wears 12 h/day (datalogging). Still has difficulty in restaurants; TV fine. No asymmetry, no sudden change, no vertigo, no unilateral tinnitus.
Audiogram: symmetric sloping SNHL, slight age-expected progression (~3 dB over 2 years). Findings consistent with age-related hearing loss.
Plan: Hearing aid reprogrammed to new audiogram; added restaurant program; discussed remote microphone accessory. Annual re-evaluation.
M. Hargrove, AuD""", author=aud, enc=e1)
    b.vitals("2024-10-08", e0, 136, 82, 70)


# ---------------------------------------------------------------- MPP positive: superficial parotidectomy scheduled
def ent_parotid(b):
    o = setup(b, "E5", "Ferreira", "Luciana Maria", "female", "1977-12-03", "3318 W Bay to Bay Blvd", "BEN-338271",
              "Florida Blue", "FLB338271004", "2021-01-01", plan="Florida Blue BlueOptions PPO", marital="M")
    ent = b.prac("Castellano", "Dominic", npi="1407895501")
    path = b.prac("Rhee", "Soo-Jin", npi="1407895577")
    P = lambda *a, **k: b.cond(*a, **k)
    pa = P(I("D11.0", "Benign neoplasm of parotid gland", text="Pleomorphic adenoma, right parotid (superficial lobe), 2.4 cm"),
           onset="2026-10-09", asserter=ent)
    P(I("J45.20", "Mild intermittent asthma, uncomplicated"), onset="1995-01-01", recorded="2021-01-01")
    P(I("G43.909", "Migraine, unspecified, not intractable, without status migrainosus"), onset="2002-01-01", recorded="2021-01-01")
    P(I("N83.201", "Unspecified ovarian cyst, right side"), status="resolved", onset="2010-05-11", abated="2010-09-13")
    e1 = b.enc("2026-09-24", type_=cc(cpt("99204")), prac=ent, org=o, service=txt("Head and Neck Surgery"), reason=txt("Right preauricular mass x 8 months"))
    b.vitals("2026-09-24", e1, 116, 74, 72, wt=66.0)
    b.dr(cc(cpt("70543"), text="MRI face/neck without and with contrast"), "2026-10-02", cat="NMR",
         conclusion="2.4 x 2.1 cm well-circumscribed lobulated T2-hyperintense enhancing mass in the superficial lobe of the right parotid gland, lateral to the retromandibular vein. No deep lobe extension, no perineural spread, no cervical adenopathy.")
    b.proc(cc(cpt("10005"), text="Ultrasound-guided fine needle aspiration, right parotid"), date="2026-10-09", performer=ent, reason=pa)
    b.note("2026-10-13", """CYTOPATHOLOGY REPORT
Specimen: right parotid mass, US-guided FNA (3 passes), 10/9/2026.
Cellular smears with fibrillary chondromyxoid stroma intimately admixed with bland myoepithelial and ductal cells. No atypia, no necrosis.
DIAGNOSIS: Benign neoplasm - consistent with pleomorphic adenoma (Milan System category IVa).
S. Rhee, MD""", type_=("11526-1", "Pathology study"), author=path, title="Cytopathology report")
    e2 = b.enc("2026-10-20", type_=cc(cpt("99214")), prac=ent, org=o, service=txt("Head and Neck Surgery"), dx=[pa], reason=txt("Results and surgical planning"))
    sr = b.sr(cc(cpt("42415", "Excision of parotid tumor or parotid gland; lateral lobe, with dissection and preservation of facial nerve"),
                 text="Right superficial parotidectomy with facial nerve dissection and monitoring"),
              "2026-10-20", when="2026-12-22T12:30:00Z", reason=pa, requester=ent, performer=ent,
              note="Outpatient surgery center OR 2, general anesthesia, NIM facial nerve monitoring, 23-h observation.")
    b.appt("2026-12-22T12:30:00Z", "Right superficial parotidectomy - Bayside Surgery Center", reason=pa, practitioner=ent, based_on=sr, minutes=180)
    b.sr(cc(cpt("99213"), text="Pre-operative medical clearance"), "2026-10-20", requester=ent, status="completed")
    b.medstmt(cc(rx("37418", "sumatriptan"), text="Sumatriptan 50 mg"), "2012-01-01", dose_text="50 mg as needed for migraine")
    b.medstmt(cc(rx("435", "albuterol"), text="Albuterol HFA"), "2010-01-01", dose_text="2 puffs as needed")
    b.allergy(cc(rx("7980", "penicillin G"), text="Penicillin"), "2021-01-01", reaction="Hives")
    b.note("2026-10-20", """HEAD AND NECK SURGERY - FOLLOW-UP
49F with slowly enlarging painless right parotid mass. Facial nerve intact HB I. MRI: 2.4 cm superficial lobe mass. FNA: pleomorphic adenoma (Milan IVa).
Discussed natural history: continued growth and ~5-10% lifetime risk of malignant transformation (carcinoma ex pleomorphic adenoma) if left in place.
Recommendation: right superficial parotidectomy with facial nerve dissection and intraoperative monitoring. Risks reviewed: temporary facial weakness (~20-30%), permanent weakness (~1-2%), Frey syndrome, great auricular numbness, salivary fistula, recurrence. Patient wishes to proceed. Consent signed. Surgery 12/22/2026.
D. Castellano, MD""", author=ent, enc=e2)


# ---------------------------------------------------------------- MPP near miss: in-office Nd:YAG capsulotomy scheduled
def eye_yag(b):
    o = setup(b, "E4", "Bhatt", "Savita", "female", "1954-06-11", "1840 Morse Rd", "NGE-098233",
              "Centers for Medicare and Medicaid Services", "6PL3WE9RT12", "2019-07-01", plan="Medicare Part B", marital="W")
    md = b.prac("Oduya", "Emmanuel", npi="1396784470")
    P = lambda *a, **k: b.cond(*a, **k)
    P(I("I10", "Essential (primary) hypertension"), onset="2004-01-01", recorded="2019-07-01")
    P(I("E03.9", "Hypothyroidism, unspecified"), onset="2011-01-01", recorded="2019-07-01")
    cat_r = P(I("H25.11", "Age-related nuclear cataract, right eye"), status="resolved", onset="2022-01-01", abated="2024-09-17")
    P(I("H25.12", "Age-related nuclear cataract, left eye"), status="resolved", onset="2022-01-01", abated="2024-10-15")
    b.proc(cc(cpt("66984"), text="Phacoemulsification with IOL, right eye"), date="2024-09-17", performer=md, reason=cat_r, body=RE)
    b.proc(cc(cpt("66984"), text="Phacoemulsification with IOL, left eye"), date="2024-10-15", performer=md, body=LE)
    pco = P(I("H26.491", "Other secondary cataract, right eye", text="Posterior capsule opacification, right eye"), onset="2026-06-01",
            recorded="2026-11-16", asserter=md)
    P(I("Z96.1", "Presence of intraocular lens"), onset="2024-09-17")
    e1 = b.enc("2026-11-16", type_=cc(cpt("92014")), prac=md, org=o, service=txt("Comprehensive ophthalmology"), dx=[pco],
               reason=txt("Gradual blur and glare right eye"))
    va_eye(b, "2026-11-16", e1, "20/50", "20/25")
    b.obs(L("northgate-eye", "BAT-R", "Brightness acuity, right eye, medium setting"), "2026-11-16", string="20/100", cat="exam", enc=e1, body=RE, interp="A")
    iop(b, "2026-11-16", e1, 15, 14, "northgate")
    b.dr(cc(cpt("92134"), text="OCT macula"), "2026-11-16", enc=e1, cat="OPH", conclusion="Normal foveal contour OU. No CME or ERM.")
    yag = b.sr(cc(cpt("66821", "Discission of secondary membranous cataract (opacified posterior lens capsule and/or anterior hyaloid); laser surgery (eg, YAG laser) (one or more stages)"),
                  text="Nd:YAG laser posterior capsulotomy, right eye (in office)"),
               "2026-11-16", when="2026-12-09T14:00:00Z", reason=pco, requester=md, performer=md, note="Laser room 2. Brimonidine pre-treatment. IOP check 1 h post.")
    b.appt("2026-12-09T14:00:00Z", "YAG capsulotomy OD - office laser", reason=pco, practitioner=md, based_on=yag, minutes=30)
    b.medstmt(cc(rx("10582", "levothyroxine"), text="Levothyroxine 50 mcg"), "2011-01-01", dose_text="50 mcg daily")
    b.medstmt(cc(rx("29046", "lisinopril"), text="Lisinopril 10 mg"), "2004-01-01", dose_text="10 mg daily")
    b.note("2026-11-16", """OPHTHALMOLOGY
72F pseudophakic OU (2024). Gradual blur and glare OD over 5 months, worse driving at night. BCVA 20/50 OD (BAT 20/100), 20/25 OS. Dense posterior capsule opacification OD, IOL centered. Macula normal on OCT. Retina attached, no holes on dilated exam.
Assessment: Posterior capsule opacification OD, visually significant.
Plan: Nd:YAG capsulotomy OD in office 12/9. Risks (IOP spike, floaters, rare RD/CME) discussed; consent signed.
E. Oduya, MD""", author=md, enc=e1)
    b.vitals("2026-11-16", e1, 138, 80, 74)


# ---------------------------------------------------------------- MPP near miss: total thyroidectomy already performed
def ent_thyroid(b):
    o = setup(b, "E5", "Gallagher", "Maureen Theresa", "female", "1971-02-25", "905 S Dale Mabry Hwy", "BEN-241190",
              "Aetna", "W661241190", "2020-01-01", plan="Aetna Open Access Managed Choice", marital="D")
    ent = b.prac("Castellano", "Dominic", npi="1407895501")
    path = b.prac("Rhee", "Soo-Jin", npi="1407895577")
    P = lambda *a, **k: b.cond(*a, **k)
    mng = P(I("E04.2", "Nontoxic multinodular goiter"), status="resolved", onset="2023-05-01", abated="2026-10-14", asserter=ent,
            note="Substernal extension, tracheal deviation, compressive dysphagia")
    hypo = P(I("E89.0", "Postprocedural hypothyroidism"), onset="2026-10-14", asserter=ent)
    P(I("E89.2", "Postprocedural hypoparathyroidism"), status="resolved", onset="2026-10-15", abated="2026-10-27", note="Transient")
    P(I("K21.9", "Gastro-esophageal reflux disease without esophagitis"), onset="2018-01-01", recorded="2020-01-01")
    b.dr(cc(cpt("70490"), cpt("71250"), text="CT neck/chest without contrast"), "2026-07-21", cat="CT",
         conclusion="Enlarged multinodular thyroid with right substernal extension to the level of the aortic arch; tracheal deviation to the left with narrowing to 8 mm.")
    b.proc(cc(cpt("60240", "Thyroidectomy, total or complete"), text="Total thyroidectomy with recurrent laryngeal nerve monitoring"), date="2026-10-14",
           performer=ent, reason=mng, outcome="Uncomplicated; both RLNs intact on monitoring; 4 parathyroids identified and preserved")
    b.sr(cc(cpt("60240", "Thyroidectomy, total or complete"), text="Total thyroidectomy"), "2026-08-11", status="completed", when="2026-10-14T12:00:00Z",
         reason=mng, requester=ent, performer=ent)
    b.note("2026-10-14", """OPERATIVE NOTE
Procedure: Total thyroidectomy with intraoperative nerve monitoring.
Indication: Multinodular goiter with substernal extension and compressive dysphagia/dyspnea.
Findings: 142 g multinodular gland; right substernal component delivered cervically. Both recurrent laryngeal nerves identified and preserved with intact signal. Four parathyroid glands identified and preserved in situ.
EBL 40 mL. No complications. Discharged POD1.
D. Castellano, MD""", type_=("11504-8", "Surgical operation note"), author=ent)
    b.note("2026-10-19", """SURGICAL PATHOLOGY
Thyroid, total thyroidectomy: Multinodular hyperplasia (nodular goiter), 142 g. Negative for malignancy.
S. Rhee, MD""", type_=("11526-1", "Pathology study"), author=path)
    e1 = b.enc("2026-10-27", type_=cc(cpt("99024")), prac=ent, org=o, service=txt("Head and Neck Surgery"), dx=[hypo], reason=txt("Post-op visit"))
    b.lab("17861-6", "Calcium [Mass/volume] in Serum or Plasma", "2026-10-27", 9.0, "mg/dL", 8.6, 10.3, e1)
    b.lab("2731-8", "Parathyrin.intact [Mass/volume] in Serum or Plasma", "2026-10-27", 28, "pg/mL", 15, 65, e1)
    e2 = b.enc("2026-11-24", type_=cc(cpt("99213")), prac=ent, org=o, service=txt("Head and Neck Surgery"), dx=[hypo], reason=txt("Post-thyroidectomy follow-up"))
    b.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-11-24", 2.8, "m[IU]/L", 0.4, 4.5, e2)
    b.vitals("2026-11-24", e2, 122, 78, 70, wt=71.2)
    b.medreq(cc(rx("10582", "levothyroxine"), text="Levothyroxine 112 mcg"), "2026-10-15", "112 mcg daily before breakfast", requester=ent, reason=hypo)
    b.medstmt(cc(rx("1897", "calcium carbonate"), text="Calcium carbonate 1250 mg"), "2026-10-15", status="completed", end="2026-11-01")
    b.medstmt(cc(rx("40790", "pantoprazole"), text="Pantoprazole 40 mg"), "2018-01-01", dose_text="40 mg daily")
    b.note("2026-11-24", """HEAD AND NECK SURGERY - POST-OP
6 weeks s/p total thyroidectomy. Swallowing and breathing markedly improved. Voice normal; flexible laryngoscopy 10/27 showed normal bilateral vocal fold mobility. Incision well healed. Calcium normal off supplements. TSH 2.8 on levothyroxine 112 mcg. Pathology benign.
Plan: Continue levothyroxine; PCP to manage TSH. Return as needed.""", author=ent, enc=e2)


# ---------------------------------------------------------------- UP positive: bilateral subfoveal GA, "no treatment available"
def eye_ga(b):
    o = setup(b, "E3", "Pennington", "Ruth Evelyn", "female", "1942-08-30", "715 Signal Mountain Rd", "RRG-007731",
              "Centers for Medicare and Medicaid Services", "2WQ8RT5YU67", "2007-09-01", plan="Medicare Part B", marital="W")
    ret = b.prac("Lockhart", "Susan", npi="1285673301")
    P = lambda *a, **k: b.cond(*a, **k)
    ga = P(I("H35.3134", "Nonexudative age-related macular degeneration, bilateral, advanced atrophic with subfoveal involvement",
             text="Geographic atrophy OU with subfoveal involvement"), onset="2024-04-10", recorded="2026-11-10", asserter=ret,
           note="Retina: geographic atrophy both eyes, now subfoveal OU. Patient informed there is no treatment available for this condition. Monitoring only; low vision referral.")
    P(I("I10", "Essential (primary) hypertension"), onset="1998-01-01", recorded="2018-01-01")
    P(I("M81.0", "Age-related osteoporosis without current pathological fracture"), onset="2012-01-01", recorded="2018-01-01")
    P(I("Z96.1", "Presence of intraocular lens"), onset="2016-03-01")
    P(I("H43.813", "Vitreous degeneration, bilateral"), status="inactive", onset="2019-01-01")
    e1 = b.enc("2026-11-10", type_=cc(cpt("92014")), prac=ret, org=o, service=txt("Retina"), dx=[ga], reason=txt("Geographic atrophy follow-up; reading harder"))
    va_eye(b, "2026-11-10", e1, "20/200", "20/160")
    iop(b, "2026-11-10", e1, 14, 15, "riverbend")
    b.dr(cc(cpt("92134"), text="OCT macula OU"), "2026-11-10", enc=e1, cat="OPH",
         conclusion="OD: complete RPE and outer retinal atrophy (cRORA) involving fovea, no fluid. OS: cRORA involving fovea, no fluid, no CNV. Progression of atrophy compared with 11/2025.")
    b.dr(cc(cpt("92250"), text="Fundus autofluorescence OU"), "2026-11-10", enc=e1, cat="OPH",
         conclusion="Multifocal confluent hypoautofluorescent GA lesions OU with hyperautofluorescent junctional zones; total area 11.8 mm2 OD, 9.6 mm2 OS. Foveal involvement OU.")
    b.sr(cc(sct("3457005", "Patient referral"), text="Referral - low vision rehabilitation (magnification, lighting, daily living aids)"), "2026-11-10",
         requester=ret, reason=ga)
    b.medstmt(cc(text="AREDS2 formula vitamin (vitamin C, vitamin E, zinc, copper, lutein, zeaxanthin)"), "2020-01-01", dose_text="1 capsule twice daily")
    b.medstmt(cc(rx("17767", "amlodipine"), text="Amlodipine 5 mg"), "2010-01-01", dose_text="5 mg daily")
    b.medstmt(cc(rx("46041", "alendronate"), text="Alendronate 70 mg weekly"), "2012-01-01", dose_text="70 mg weekly")
    b.note("2026-11-10", """RETINA CLINIC
84F with bilateral geographic atrophy. Reports she can no longer read the newspaper or recognize faces across the room; stopped driving. Amsler: central scotoma OU. No distortion or new blur.
BCVA 20/200 OD, 20/160 OS. IOP 14/15. OCT/FAF: GA involving the fovea OU, enlarging, no CNV.
Assessment: Advanced dry AMD - geographic atrophy OU, subfoveal.
Plan: Explained to patient and daughter that there are no treatment options to restore or preserve her central vision and nothing further can be offered from a retina standpoint. Continue AREDS2. Low vision rehabilitation referral. Amsler grid at home; call for any sudden change. Return 12 months.
S. Lockhart, MD""", author=ret, enc=e1)
    b.vitals("2026-11-10", e1, 142, 78, 70)


# ---------------------------------------------------------------- UP positive: profound SNHL, "no further treatment options"
def aud_profound(b):
    o = setup(b, "E1", "Brubaker", "Leonard Amos", "male", "1955-01-19", "48 Strasburg Pike", "TC-0388421",
              "Centers for Medicare and Medicaid Services", "8NM5TY3UI44", "2020-02-01", plan="Medicare Part B", marital="M")
    aud = b.prac("Esterly", "Janine", prefix="Dr.", suffix="AuD", npi="1063451190")
    ent = b.prac("Nwachukwu", "Chidi", npi="1063451155")
    P = lambda *a, **k: b.cond(*a, **k)
    hl = P(I("H90.3", "Sensorineural hearing loss, bilateral", text="Bilateral profound sensorineural hearing loss"), onset="2014-01-01",
           recorded="2020-02-11", asserter=ent, severity=cc(sct("24484000", "Severe")))
    P(I("H93.13", "Tinnitus, bilateral"), onset="2014-01-01", recorded="2020-02-11")
    P(I("I10", "Essential (primary) hypertension"), onset="2005-01-01", recorded="2020-02-11")
    dm = P(I("E11.9", "Type 2 diabetes mellitus without complications"), onset="2012-01-01", recorded="2020-02-11")
    b.dr(cc(cpt("70553"), text="MRI brain/IAC without and with contrast"), "2020-03-03", cat="NMR",
         conclusion="Normal IACs and cochlear nerves bilaterally. Normal cochlear fluid signal. Mild chronic small vessel change.")
    e0 = b.enc("2024-09-10", type_=cc(cpt("92557")), prac=aud, org=o, service=txt("Audiology"), dx=[hl])
    pta(b, "2024-09-10", e0, 85, 88, "tricounty-eye-ent", 24, 20)
    e1 = b.enc("2026-10-05", type_=cc(cpt("92557")), prac=aud, org=o, service=txt("Audiology"), dx=[hl], reason=txt("Hearing aid not helping; can't follow conversation"))
    r = pta(b, "2026-10-05", e1, 92, 95, "tricounty-eye-ent", 12, 8)
    r.append(b.obs(L("tricounty-eye-ent", "AIDED-SENT", "Aided sentence recognition in quiet, binaural (AzBio)"), "2026-10-05", 14, "%", cat="exam", enc=e1, interp="L"))
    b.dr(cc(cpt("92557"), text="Audiologic evaluation"), "2026-10-05", r, enc=e1, cat="AUD", perf=aud,
         conclusion="Bilateral profound sensorineural hearing loss, slightly poorer than 2024. Word recognition 12% R / 8% L. Best-aided sentence recognition 14% with properly fit super-power BTE aids (verified with real-ear measures).")
    e2 = b.enc("2026-10-19", type_=cc(cpt("99214")), prac=ent, org=o, service=txt("Otolaryngology"), dx=[hl], reason=txt("Profound hearing loss follow-up"))
    b.medstmt(cc(rx("6809", "metformin"), text="Metformin 500 mg"), "2012-01-01", dose_text="1000 mg twice daily", reason=dm)
    b.medstmt(cc(rx("29046", "lisinopril"), text="Lisinopril 20 mg"), "2005-01-01", dose_text="20 mg daily")
    b.proc(cc(cpt("92591", "Hearing aid examination and selection; binaural"), text="Super-power BTE hearing aids, binaural"), date="2021-05-12", performer=aud, reason=hl)
    b.note("2026-10-05", """AUDIOLOGY
71M, progressive bilateral SNHL, now profound. Wears super-power BTEs all waking hours; reports he cannot follow conversation even with his wife in a quiet room; relies on lip-reading and texting. Real-ear verification: aids meet targets. Aided AzBio 14%.
Assessment: Bilateral profound SNHL; amplification maximized with limited benefit.
Plan: Results to ENT.
J. Esterly, AuD""", author=aud, enc=e1)
    b.note("2026-10-19", """OTOLARYNGOLOGY FOLLOW-UP
Reviewed audiology. Exam: normal canals and TMs.
Assessment: Bilateral profound sensorineural hearing loss, presumed presbycusis with possible diabetic/vascular contribution.
Plan: He has maximized hearing aid benefit. There are no further treatment options available for his hearing loss. Recommended communication strategies, captioned telephone (CapTel), visual alerting devices, and community ASL/speechreading classes. Return as needed.
C. Nwachukwu, MD""", author=ent, enc=e2)


# ---------------------------------------------------------------- HIT positive: definitive radiotherapy for T1a glottic SCC
def ent_glottic(b):
    o = setup(b, "E2", "Haugen", "Thomas Arne", "male", "1963-04-27", "2900 Valmont Rd", "SOA-419902",
              "Anthem Blue Cross and Blue Shield Colorado", "COA419902001", "2018-01-01", plan="Anthem Blue Priority PPO", marital="M")
    ent = b.prac("Prakash", "Vikram", npi="1174561201")
    slp = b.prac("Yates", "Corinne", prefix=None, suffix="CCC-SLP", npi="1174561233")
    radonc = b.org("Front Range Radiation Oncology", "prov", "1174568999")
    ro = b.prac("Albrecht", "Hanna", npi="1174568977")
    P = lambda *a, **k: b.cond(*a, **k)
    hoarse = P(I("R49.0", "Dysphonia"), onset="2026-07-01", recorded="2026-09-22", cat="encounter-diagnosis")
    ca = P(I("C32.0", "Malignant neoplasm of glottis", text="Squamous cell carcinoma, left true vocal fold, cT1a N0 M0"),
           onset="2026-10-13", recorded="2026-10-16", asserter=ent, stage=txt("cT1a N0 M0, AJCC 8th stage I"))
    P(I("K21.9", "Gastro-esophageal reflux disease without esophagitis"), onset="2015-01-01", recorded="2018-01-01")
    P(I("F17.210", "Nicotine dependence, cigarettes, uncomplicated"), onset="1981-01-01", recorded="2018-01-01", note="1 ppd, 40 pack-years")
    e1 = b.enc("2026-09-22", type_=cc(cpt("99204")), prac=ent, org=o, service=txt("Otolaryngology"), dx=[hoarse], reason=txt("Hoarseness x 3 months"))
    b.proc(cc(cpt("31579", "Laryngoscopy, flexible or rigid telescopic, with stroboscopy"), text="Videostroboscopy"), date="2026-09-22", performer=ent, enc=e1,
           reason=hoarse, outcome="Exophytic leukoplakic lesion mid-third left true vocal fold, absent mucosal wave; normal mobility bilaterally; anterior commissure spared")
    e2 = b.enc("2026-10-13", type_=txt("Outpatient surgery"), prac=ent, org=o, service=txt("Otolaryngology - ambulatory surgery"), dx=[hoarse])
    b.proc(cc(cpt("31536", "Laryngoscopy, direct, with biopsy; with operating microscope or telescope"), text="Direct microlaryngoscopy with excisional biopsy, left vocal fold"),
           date="2026-10-13", performer=ent, enc=e2, reason=hoarse)
    b.note("2026-10-16", """SURGICAL PATHOLOGY
Left true vocal fold, excisional biopsy: Invasive squamous cell carcinoma, well differentiated, keratinizing, depth of invasion 1.2 mm. Deep margin involved. p16 negative.
""", type_=("11526-1", "Pathology study"))
    b.dr(cc(cpt("70491"), text="CT neck with contrast"), "2026-10-22", cat="CT", conclusion="No cervical lymphadenopathy. Left true vocal fold thickening, no paraglottic or cartilage involvement.")
    b.dr(cc(cpt("78815"), text="PET/CT skull base to mid-thigh"), "2026-10-28", cat="RAD", conclusion="Mild FDG uptake left glottis (SUV 3.4). No nodal or distant disease.")
    e3 = b.enc("2026-11-04", type_=txt("Multidisciplinary head and neck tumor board"), prac=ent, org=o, service=txt("Head and neck tumor board"), dx=[ca])
    rt = b.sr(cc(sct("33195004", "External beam radiation therapy procedure"), cpt("77386", "Intensity modulated radiation treatment delivery (IMRT), includes guidance and tracking, when performed; complex"),
                 text="Definitive radiotherapy, larynx: 63 Gy in 28 fractions"),
              "2026-11-04", when="2027-01-04T08:00:00Z", reason=ca, requester=ent, performer=radonc,
              note="Simulation 12/14/2026; first fraction 1/4/2027; daily Mon-Fri x 28.")
    b.careplan("Definitive radiotherapy - T1a glottic SCC", txt("Radiation oncology treatment plan"), "2026-11-04", addresses=[ca], author=ro,
               desc="Radiation oncology consult 11/18/2026: definitive RT 63 Gy/28 fx to larynx, start 1/4/2027. Voice therapy and smoking cessation.",
               activities=[{"status": "scheduled", "description": "CT simulation 12/14/2026"},
                           {"status": "scheduled", "description": "Daily radiotherapy 1/4/2027 - 2/11/2027"}])
    b.sr(cc(cpt("92524"), text="Voice evaluation and therapy, pre- and post-radiation"), "2026-11-04", requester=ent, performer=slp, reason=ca)
    b.medreq(cc(rx("7407", "nicotine"), text="Nicotine 21 mg/24 h patch"), "2026-11-04",
             "Apply 1 patch daily", requester=ent)
    b.medstmt(cc(rx("7646", "omeprazole"), text="Omeprazole 20 mg"), "2015-01-01", dose_text="20 mg daily")
    b.note("2026-11-04", """HEAD AND NECK TUMOR BOARD SUMMARY
63M smoker with 4 months hoarseness. Microlaryngoscopy 10/13: well-differentiated invasive SCC left mid vocal fold, deep margin involved. Mobile cords, anterior commissure free. CT/PET: no nodal/distant disease. cT1a N0 M0.
Options discussed with patient: (1) transoral CO2 laser cordectomy, (2) definitive radiotherapy. Equivalent local control; patient is a professional auctioneer and prioritizes voice quality.
Decision: Definitive radiotherapy 63 Gy/28 fx, start 1/4/2027. Pre-RT voice evaluation. Smoking cessation - nicotine replacement started.
V. Prakash, MD""", author=ent, enc=e3)


# ---------------------------------------------------------------- HIT near miss: glaucoma drops, VFQ-25 dips below MCID
def eye_vfq(b):
    o = setup(b, "E3", "Dunmore", "Wallace Lee", "male", "1960-11-02", "4100 Hixson Pike", "RRG-015582",
              "BlueCross BlueShield of Tennessee", "BCT015582001", "2019-01-01", plan="BlueCross Network P PPO", marital="M")
    gl = b.prac("Nair", "Anjali", npi="1285673344")
    P = lambda *a, **k: b.cond(*a, **k)
    poag = P(I("H40.1132", "Primary open-angle glaucoma, bilateral, moderate stage"), onset="2026-05-05", asserter=gl)
    P(I("I10", "Essential (primary) hypertension"), onset="2010-01-01", recorded="2019-01-01")
    P(I("N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms"), onset="2018-01-01", recorded="2019-01-01")
    vfq = cc(c("https://riverbend-eye.example.com/fhir/CodeSystem/pro", "NEI-VFQ25", "NEI VFQ-25 composite score"), text="NEI VFQ-25 composite score")
    for d, r, l, mdr, mdl, q in (("2026-05-05", 26, 25, -6.1, -5.4, 84.2), ("2026-08-11", 17, 16, None, None, None), ("2026-11-10", 16, 16, -6.3, -5.5, 81.6)):
        e = b.enc(d, type_=cc(cpt("92014" if d != "2026-05-05" else "92004")), prac=gl, org=o, service=txt("Glaucoma"), dx=[poag])
        iop(b, d, e, r, l, "riverbend")
        if mdr is not None:
            b.dr(cc(cpt("92083"), text="Humphrey visual field 24-2 SITA Standard"), d, enc=e, cat="OPH",
                 conclusion=f"OD: superior arcuate defect, MD {mdr} dB, VFI 86%. OS: inferior nasal step, MD {mdl} dB, VFI 89%. Reliable.")
        if q is not None:
            b.obs(vfq, d, q, "{score}", cat="survey", enc=e, interp=None, rr_text="0-100; higher is better")
    b.dr(cc(cpt("92133"), text="OCT RNFL OU"), "2026-11-10", enc=e, cat="OPH", conclusion="Average RNFL 68 um OD, 72 um OS; stable vs 5/2026 (guided progression analysis: no change).")
    b.medreq(cc(rx("43611", "latanoprost"), text="Latanoprost 0.005% ophthalmic solution"), "2026-05-05", "1 drop both eyes at bedtime", requester=gl, reason=poag)
    b.medstmt(cc(rx("29046", "lisinopril"), text="Lisinopril 10 mg"), "2010-01-01", dose_text="10 mg daily")
    b.medstmt(cc(rx("77492", "tamsulosin"), text="Tamsulosin 0.4 mg"), "2018-01-01", dose_text="0.4 mg at bedtime")
    b.note("2026-11-10", """GLAUCOMA CLINIC
66M with moderate POAG OU diagnosed 5/2026, on latanoprost qhs since diagnosis. Adherent. Mild redness first month, now resolved; occasional eye irritation.
IOP 16/16 (baseline 26/25) - at target. VF stable (MD -6.3/-5.5). OCT RNFL stable.
VFQ-25 composite 81.6 (84.2 at baseline) - small change, within measurement variability; driving and reading subscales unchanged.
Assessment: POAG OU, controlled on monotherapy.
Plan: Continue latanoprost. RTC 4 months with IOP; VF and OCT in 6 months.
A. Nair, MD""", author=gl, enc=e)


# ---------------------------------------------------------------- PRC positive: tinnitus clinic intake - wants second opinion
def aud_tinnitus(b):
    o = setup(b, "E1", "Moyer", "Deborah Jean", "female", "1974-09-09", "1502 Millport Rd", "TC-0442918",
              "Capital Blue Cross", "CBC442918003", "2019-01-01", plan="Capital Blue Cross PPO", marital="M")
    aud = b.prac("Esterly", "Janine", prefix="Dr.", suffix="AuD", npi="1063451190")
    ent = b.prac("Nwachukwu", "Chidi", npi="1063451155")
    P = lambda *a, **k: b.cond(*a, **k)
    tin = P(I("H93.11", "Tinnitus, right ear"), onset="2024-03-01", recorded="2024-04-16", asserter=ent)
    snhl = P(I("H90.41", "Sensorineural hearing loss, unilateral, right ear, with unrestricted hearing on the contralateral side"), onset="2024-04-16", asserter=ent)
    P(I("F41.1", "Generalized anxiety disorder"), onset="2019-01-01", recorded="2019-01-01")
    P(I("H66.91", "Otitis media, unspecified, right ear"), status="resolved", onset="2016-02-01", abated="2016-02-20")
    b.dr(cc(cpt("70553"), text="MRI brain/IAC without and with contrast"), "2024-05-02", cat="NMR", conclusion="No vestibular schwannoma or other retrocochlear lesion. Normal study.")
    e0 = b.enc("2024-04-16", type_=cc(cpt("99204")), prac=ent, org=o, service=txt("Otolaryngology"), dx=[tin, snhl])
    pta(b, "2024-04-16", e0, 24, 8, "tricounty-eye-ent", 96, 100)
    e1 = b.enc("2026-11-16", type_=cc(cpt("92557")), prac=aud, org=o, service=txt("Audiology - tinnitus evaluation"), dx=[tin, snhl],
               reason=txt("Ongoing right-sided tinnitus"))
    r = pta(b, "2026-11-16", e1, 25, 8, "tricounty-eye-ent", 96, 100)
    b.dr(cc(cpt("92557"), text="Audiologic evaluation"), "2026-11-16", r, enc=e1, cat="AUD", perf=aud,
         conclusion="Right mild high-frequency SNHL (4-8 kHz), unchanged since 4/2024. Left normal. Tinnitus pitch match 6 kHz right, loudness 8 dB SL.")
    b.obs(L("tricounty-eye-ent", "THI", "Tinnitus Handicap Inventory total score"), "2026-11-16", 56, "{score}", cat="survey", enc=e1, interp=None,
          note="THI 58 on 4/16/2024")
    b.qr("https://tricounty-eye-ent.example.com/fhir/Questionnaire/visit-intake-v3", "2026-11-16T08:41:00Z", [
        {"linkId": "1", "text": "What is the main reason for today's visit?", "answer": [{"valueString": "Ringing in my right ear, still every day for 2.5 years"}]},
        {"linkId": "2", "text": "Since your last visit, are your symptoms better, the same, or worse?", "answer": [{"valueCoding": c("http://loinc.org", "LA11112-2", "Same")}]},
        {"linkId": "3", "text": "Do you feel your concerns were addressed at your previous visits?", "answer": [{"valueCoding": c("http://loinc.org", "LA32-8", "No")}]},
        {"linkId": "4", "text": "Would you like to be referred for a second opinion about your diagnosis or treatment plan?",
         "answer": [{"valueCoding": c("http://loinc.org", "LA33-6", "Yes")}]},
        {"linkId": "4.1", "text": "If yes, please tell us more", "answer": [{"valueString": "I have been told twice to just learn to live with it. I'd like someone else, maybe a specialized tinnitus program, to look at my case."}]},
    ])
    b.medstmt(cc(rx("321988", "escitalopram"), text="Escitalopram 10 mg"), "2019-01-01", dose_text="10 mg daily")
    b.note("2026-11-16", """AUDIOLOGY - TINNITUS EVALUATION
52F with constant right-sided high-pitched tinnitus since 3/2024. MRI IAC 5/2024 normal. Audiogram stable: right mild 4-8 kHz SNHL. THI 56 (moderate handicap), similar to 2024. Sleep affected. Sound generator app tried.
Intake: patient indicates she does not feel her concerns have been addressed and requests a second opinion.
Plan: Discussed CBT for tinnitus and tinnitus retraining; forwarded second-opinion request to Dr. Nwachukwu and front desk.
J. Esterly, AuD""", author=aud, enc=e1)


# ---------------------------------------------------------------- PRC near miss: diabetic eye visit questionnaire answers "No"
def eye_npdr(b):
    o = setup(b, "E3", "Rutledge", "Carl Dwayne", "male", "1967-03-15", "2230 Bonny Oaks Dr", "RRG-021156",
              "Humana", "H21156077", "2022-01-01", plan="Humana ChoiceCare PPO", marital="M")
    ret = b.prac("Lockhart", "Susan", npi="1285673301")
    P = lambda *a, **k: b.cond(*a, **k)
    dr_ = P(I("E11.3393", "Type 2 diabetes mellitus with moderate nonproliferative diabetic retinopathy without macular edema, bilateral"),
            onset="2025-10-14", asserter=ret)
    P(I("I10", "Essential (primary) hypertension"), onset="2012-01-01", recorded="2022-01-01")
    P(I("H04.123", "Dry eye syndrome of bilateral lacrimal glands"), status="resolved", onset="2023-02-01", abated="2023-06-01")
    e1 = b.enc("2026-10-19", type_=cc(cpt("92014")), prac=ret, org=o, service=txt("Retina"), dx=[dr_], reason=txt("Diabetic retinopathy monitoring"))
    va_eye(b, "2026-10-19", e1, "20/25", "20/20")
    iop(b, "2026-10-19", e1, 17, 16, "riverbend")
    b.dr(cc(cpt("92134"), text="OCT macula OU"), "2026-10-19", enc=e1, cat="OPH", conclusion="CST 262 um OD, 258 um OS. No intraretinal or subretinal fluid. No center-involving DME.")
    b.dr(cc(cpt("92250"), text="Widefield fundus photography OU"), "2026-10-19", enc=e1, cat="OPH",
         conclusion="Scattered dot-blot hemorrhages and microaneurysms in 4 quadrants OU, few cotton-wool spots; no venous beading, IRMA or neovascularization. Moderate NPDR OU, stable vs 4/2026.")
    b.qr("https://riverbend-eye.example.com/fhir/Questionnaire/previsit-checkin", "2026-10-19T13:02:00Z", [
        {"linkId": "q1", "text": "Any new eye symptoms since your last visit?", "answer": [{"valueCoding": c("http://loinc.org", "LA32-8", "No")}]},
        {"linkId": "q2", "text": "Do you understand your current treatment plan?", "answer": [{"valueCoding": c("http://loinc.org", "LA33-6", "Yes")}]},
        {"linkId": "q3", "text": "Would you like a second opinion about your diagnosis or treatment?", "answer": [{"valueCoding": c("http://loinc.org", "LA32-8", "No")}]},
        {"linkId": "q4", "text": "Most recent A1c, if known", "answer": [{"valueString": "7.2 in September"}]},
    ])
    b.medstmt(cc(rx("6809", "metformin"), text="Metformin 1000 mg"), "2015-01-01", dose_text="1000 mg twice daily")
    b.medstmt(cc(rx("1991302", "semaglutide"), text="Semaglutide 1 mg weekly injection"), "2024-03-01", dose_text="1 mg weekly")
    b.medstmt(cc(rx("29046", "lisinopril"), text="Lisinopril 20 mg"), "2012-01-01", dose_text="20 mg daily")
    b.note("2026-10-19", """RETINA CLINIC
59M T2DM (A1c 7.2 per patient), moderate NPDR OU since 10/2025. No visual complaints. BCVA 20/25, 20/20. OCT: no DME. Photos: moderate NPDR, stable.
Assessment: Moderate NPDR without DME OU, stable.
Plan: Observation; no treatment indicated. Continue glycemic and BP control with PCP. Return 6 months with OCT and photos.
Pre-visit questionnaire reviewed: no new symptoms; understands plan; does not want a second opinion.
S. Lockhart, MD""", author=ret, enc=e1)


# ---------------------------------------------------------------- WDT positive: glaucoma progressing despite maximal drops
def eye_glaucoma_prog(b):
    o = setup(b, "E4", "Okonjo", "Grace Ifeoma", "female", "1958-07-22", "955 E Dublin-Granville Rd", "NGE-077190",
              "Anthem Blue Cross and Blue Shield Ohio", "OHA077190002", "2018-01-01", plan="Anthem Blue Access PPO", marital="W")
    gl = b.prac("Oduya", "Emmanuel", npi="1396784470")
    P = lambda *a, **k: b.cond(*a, **k)
    poag = P(I("H40.1132", "Primary open-angle glaucoma, bilateral, moderate stage"), onset="2024-02-06", asserter=gl)
    P(I("I10", "Essential (primary) hypertension"), onset="2008-01-01", recorded="2018-01-01")
    P(I("E03.9", "Hypothyroidism, unspecified"), onset="2013-01-01", recorded="2018-01-01")
    b.medreq(cc(rx("43611", "latanoprost"), text="Latanoprost 0.005% ophthalmic"), "2024-02-06", "1 drop both eyes at bedtime", requester=gl, reason=poag)
    b.medreq(cc(rx("60207", "dorzolamide"), rx("10600", "timolol"), text="Dorzolamide 2%/timolol 0.5% ophthalmic"), "2025-01-14",
             "1 drop both eyes twice daily", requester=gl, reason=poag)
    b.medreq(cc(rx("31444", "brimonidine"), text="Brimonidine 0.1% ophthalmic"), "2025-09-09", "1 drop both eyes three times daily", requester=gl, reason=poag)
    md_code = cc(c("https://northgate-eye.example.com/fhir/CodeSystem/exam", "HVF-MD", "Humphrey 24-2 mean deviation"), text="Visual field mean deviation (24-2)")
    visits = [("2026-02-10", 18, 19, -4.8, -5.2), ("2026-05-19", 21, 22, -5.3, -6.4), ("2026-08-25", 22, 25, -5.9, -8.1), ("2026-11-17", 24, 27, -6.6, -9.6)]
    for d, r, l, mdr, mdl in visits:
        e = b.enc(d, type_=cc(cpt("92014")), prac=gl, org=o, service=txt("Glaucoma"), dx=[poag], reason=txt("Glaucoma follow-up"))
        iop(b, d, e, r, l, "northgate")
        b.obs(md_code, d, mdr, "dB", cat="exam", enc=e, body=RE, interp=None)
        b.obs(md_code, d, mdl, "dB", cat="exam", enc=e, body=LE, interp=None)
    b.dr(cc(cpt("92133"), text="OCT RNFL OU"), "2026-11-17", enc=e, cat="OPH",
         conclusion="Average RNFL 71 um OD (74 in 2/2026), 58 um OS (66 in 2/2026). Guided progression analysis: likely progression OS, possible OD.")
    b.medstmt(cc(rx("10582", "levothyroxine"), text="Levothyroxine 75 mcg"), "2013-01-01", dose_text="75 mcg daily")
    b.medstmt(cc(rx("17767", "amlodipine"), text="Amlodipine 5 mg"), "2008-01-01", dose_text="5 mg daily")
    b.note("2026-11-17", """GLAUCOMA FOLLOW-UP
68F with moderate POAG OU on latanoprost (since 2/2024), dorzolamide-timolol (since 1/2025) and brimonidine (since 9/2025). Adherence confirmed by pharmacy refill record and drop-instillation check today; good technique.
IOP rising: OS 19 -> 22 -> 25 -> 27 mmHg over 9 months (target < 16), OD 18 -> 24. HVF MD OS -5.2 -> -9.6 dB over 9 months (new superior paracentral defect); OD -4.8 -> -6.6. OCT RNFL thinning OS.
Assessment: POAG OU progressing despite maximal tolerated medical therapy, OS > OD.
Plan: Discussed options (SLT, MIGS, trabeculectomy/tube). Patient wants time to think and to talk with her daughter. Return in 4 weeks to decide.
E. Oduya, MD""", author=gl, enc=e)


# ---------------------------------------------------------------- WDT positive: CRSwNP SNOT-22 rising despite maximal medical therapy
def ent_snot(b):
    o = setup(b, "E5", "Quintero", "Javier Alonso", "male", "1982-01-30", "4702 N Armenia Ave", "BEN-377014",
              "UnitedHealthcare", "UHC377014998", "2020-01-01", plan="UHC Choice Plus", marital="M", lang="es")
    ent = b.prac("Bellamy", "Richard", npi="1407895533")
    P = lambda *a, **k: b.cond(*a, **k)
    crs = P(I("J32.4", "Chronic pansinusitis", text="Chronic rhinosinusitis with nasal polyps"), onset="2021-01-01", recorded="2022-06-14", asserter=ent)
    P(I("J33.9", "Nasal polyp, unspecified"), onset="2021-01-01", recorded="2022-06-14")
    P(I("J45.40", "Moderate persistent asthma, uncomplicated"), onset="2016-01-01", recorded="2020-01-01")
    b.proc(cc(cpt("31267"), text="Bilateral FESS: maxillary antrostomy, total ethmoidectomy, frontal sinusotomy"), date="2023-03-08", performer=ent, reason=crs)
    b.medreq(cc(rx("108118", "mometasone"), text="Mometasone furoate 50 mcg nasal spray"), "2023-03-20", "2 sprays each nostril twice daily", requester=ent, reason=crs)
    b.medreq(cc(rx("19831", "budesonide"), text="Budesonide 0.5 mg/2 mL respule in 240 mL saline irrigation"), "2025-09-16",
             "Irrigate each nostril twice daily", requester=ent, reason=crs)
    b.medreq(cc(rx("88249", "montelukast"), text="Montelukast 10 mg"), "2024-01-10", "10 mg nightly", requester=ent, reason=crs)
    b.medreq(cc(rx("8640", "prednisone"), text="Prednisone 10 mg"), "2026-07-01", "30 mg daily x 5 days, then taper over 5 days", status="completed",
             requester=ent, reason=crs)
    snot = cc(c("https://bayside-ent.example.com/fhir/CodeSystem/pro", "SNOT22", "SNOT-22 total score"), text="SNOT-22 sino-nasal outcome score, total")
    nps = cc(c("https://bayside-ent.example.com/fhir/CodeSystem/exam", "NPS", "Nasal polyp score (0-8)"), text="Endoscopic nasal polyp score")
    for d, s, n in (("2026-03-03", 34, 3), ("2026-06-09", 45, 4), ("2026-09-15", 52, 5), ("2026-11-17", 58, 6)):
        e = b.enc(d, type_=cc(cpt("31231"), text="Office visit with nasal endoscopy"), prac=ent, org=o, service=txt("Rhinology"), dx=[crs])
        b.obs(snot, d, s, "{score}", cat="survey", enc=e, interp=None, rr_text="0-110; higher is worse; MCID 8.9")
        b.obs(nps, d, n, "{score}", cat="exam", enc=e, interp=None)
    b.dr(cc(cpt("70486"), text="CT sinuses without contrast"), "2026-10-06", cat="CT", conclusion="Lund-Mackay 18/24. Recurrent polypoid disease in ethmoid cavities and frontal recesses bilaterally; maxillary antrostomies patent.")
    b.obs(cc(ln("711-2", "Eosinophils [#/volume] in Blood by Automated count")), "2026-10-06", 0.62, "10*3/uL", 0.0, 0.5)
    b.medstmt(cc(rx("435", "albuterol"), text="Albuterol HFA"), "2016-01-01", dose_text="2 puffs as needed")
    b.note("2026-11-17", """RHINOLOGY FOLLOW-UP (Spanish interpreter)
44M with CRSwNP and moderate asthma, s/p FESS 3/2023. Continuous mometasone BID since 3/2023, montelukast since 1/2024, budesonide irrigations since 9/2025 - adherent. Prednisone burst 7/2026 helped 3 weeks only.
Now anosmic, nasal obstruction constant, facial pressure, poor sleep. SNOT-22 34 (3/26) -> 45 (6/26) -> 52 (9/26) -> 58 today. Endoscopy: polyp score 6/8 (3/8 in March). CT Lund-Mackay 18. Eos 620.
Assessment: CRSwNP, recurrent and worsening despite maximal medical therapy.
Plan: Discussed options: biologic (anti-IL-4R/anti-IgE), revision FESS, aspirin desensitization workup. Patient would like to think about options; will return in 4 weeks.
R. Bellamy, MD""", author=ent, enc=e)


# ---------------------------------------------------------------- WDT near miss: wet AMD acuity loss occurred during treatment gap
def eye_wetamd(b):
    o = setup(b, "E3", "Abernathy", "Roy Clinton", "male", "1947-12-14", "1207 Ashland Terrace", "RRG-009914",
              "Centers for Medicare and Medicaid Services", "5GH2JK8LM33", "2012-12-01", plan="Medicare Part B", marital="M")
    ret = b.prac("Lockhart", "Susan", npi="1285673301")
    P = lambda *a, **k: b.cond(*a, **k)
    nv = P(I("H35.3221", "Exudative age-related macular degeneration, left eye, with active choroidal neovascularization"), onset="2024-08-06", asserter=ret)
    P(I("I10", "Essential (primary) hypertension"), onset="2000-01-01", recorded="2012-12-01")
    P(I("S72.001A", "Fracture of unspecified part of neck of right femur, initial encounter for closed fracture"), status="resolved",
      onset="2026-01-07", abated="2026-05-01", note="Hemiarthroplasty 1/8/2026; inpatient rehab then home")
    P(I("H35.3111", "Nonexudative age-related macular degeneration, right eye, early dry stage"), onset="2024-08-06")
    b.medreq(cc(hcpcs("J0178", "Injection, aflibercept, 1 mg"), text="Aflibercept 2 mg intravitreal, left eye"), "2024-08-06",
             "2 mg intravitreal OS; interval per treat-and-extend (currently every 4 weeks)", requester=ret, reason=nv,
             note="Treatment interrupted 12/9/2025 - 6/2/2026 (hip fracture, rehab, missed visits). Resumed 6/2/2026.")
    letters = cc(c("https://riverbend-eye.example.com/fhir/CodeSystem/exam", "ETDRS-OS", "ETDRS letter score, left eye"), text="BCVA ETDRS letters, left eye")
    cst = cc(c("https://riverbend-eye.example.com/fhir/CodeSystem/exam", "CST-OS", "OCT central subfield thickness, left eye"), text="Central subfield thickness OS")
    data = [("2025-12-09", 70, 298, True), ("2026-06-02", 50, 412, True), ("2026-07-28", 57, 341, True), ("2026-09-22", 63, 305, True), ("2026-11-17", 68, 289, True)]
    for d, lt, th, inj in data:
        e = b.enc(d, type_=cc(cpt("67028")), prac=ret, org=o, service=txt("Retina"), dx=[nv])
        b.obs(letters, d, lt, "{letters}", cat="exam", enc=e, body=LE, interp=None)
        b.obs(cst, d, th, "um", cat="exam", enc=e, body=LE, interp=None)
        b.proc(cc(cpt("67028", "Intravitreal injection of a pharmacologic agent (separate procedure)"), hcpcs("J0178", "Injection, aflibercept, 1 mg"),
                  text="Intravitreal aflibercept 2 mg, left eye"), date=d, performer=ret, enc=e, reason=nv, body=LE)
    b.medstmt(cc(rx("52175", "losartan"), text="Losartan 50 mg"), "2010-01-01", dose_text="50 mg daily")
    b.note("2026-06-02", """RETINA CLINIC
79M with nAMD OS. Last injection 12/9/2025 (then 8-week interval). Missed Feb, Apr and May appointments: hip fracture 1/7/2026 with hemiarthroplasty, inpatient rehab, then no transport. Six months without treatment.
BCVA OS 50 letters (20/100), was 70 (20/40) in December. OCT OS: new SRF and subretinal hyperreflective material, CST 412.
Assessment: nAMD OS, reactivated during treatment gap.
Plan: Resume aflibercept OS q4 weeks (loading), then treat-and-extend. Transport arranged via county senior services.""", author=ret)
    b.note("2026-11-17", """RETINA CLINIC
Monthly aflibercept OS since 6/2/2026 without missed doses. BCVA OS improving: 50 -> 57 -> 63 -> 68 letters (70 before the gap). OCT: SRF resolved, CST 289. Dry.
Assessment: nAMD OS, responding to resumed therapy.
Plan: Injection today; extend to 6 weeks next.
S. Lockhart, MD""", author=ret, enc=e)


# ---------------------------------------------------------------- ROC positive: hereditary haemorrhagic telangiectasia (HHT1)
def ent_hht(b):
    o = setup(b, "E1", "Stoltzfus", "Rebecca Lynn", "female", "1979-05-05", "311 Gap Rd", "TC-0290514",
              "Highmark Blue Shield", "HMK2905140", "2019-01-01", plan="Highmark PPO Blue", marital="M")
    ent = b.prac("Nwachukwu", "Chidi", npi="1063451155")
    P = lambda *a, **k: b.cond(*a, **k)
    hht = P(I("I78.0", "Hereditary hemorrhagic telangiectasia", text="Hereditary hemorrhagic telangiectasia (Osler-Weber-Rendu), HHT1"), onset="2012-06-01",
            recorded="2019-01-10", asserter=ent, note="Curacao criteria 4/4. ENG pathogenic variant c.1088G>A (HHT1). Mother affected.")
    ida = P(I("D50.0", "Iron deficiency anemia secondary to blood loss (chronic)"), onset="2024-01-01", recorded="2024-02-01")
    P(I("Q25.72", "Congenital pulmonary arteriovenous malformation"), status="inactive", onset="2019-02-01", note="Right lower lobe PAVM embolized 3/2019; surveillance CT 2024 stable")
    b.proc(cc(cpt("37242"), text="Coil embolization, right lower lobe pulmonary AVM"), date="2019-03-14")
    ess = cc(c("https://tricounty-eye-ent.example.com/fhir/CodeSystem/pro", "ESS", "HHT Epistaxis Severity Score"), text="Epistaxis Severity Score (ESS)")
    e1 = b.enc("2026-06-16", type_=txt("Ambulatory surgery"), prac=ent, org=o, service=txt("Otolaryngology - ambulatory surgery"), dx=[hht])
    b.obs(ess, "2026-06-02", 5.8, "{score}", cat="survey", interp=None)
    b.proc(cc(cpt("30117", "Excision or destruction (eg, laser), intranasal lesion; internal approach"), text="KTP laser photocoagulation of nasal telangiectasias, bilateral"),
           date="2026-06-16", performer=ent, enc=e1, reason=hht, outcome="Treated septal and inferior turbinate telangiectasias bilaterally")
    e2 = b.enc("2026-09-15", type_=cc(cpt("31231")), prac=ent, org=o, service=txt("Otolaryngology"), dx=[hht])
    b.obs(ess, "2026-09-15", 3.4, "{score}", cat="survey", enc=e2, interp=None)
    b.cbc("2026-09-15", e2, 11.9, 6.0, 288, mcv=82, sex="F")
    b.lab("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-09-15", 34, "ng/mL", 11, 307, e2)
    b.medreq(cc(rx("10691", "tranexamic acid"), text="Tranexamic acid 650 mg tablet"), "2025-03-01", "1300 mg three times daily during heavy bleeding weeks", requester=ent, reason=hht)
    b.medreq(cc(text="Ferrous sulfate 325 mg"), "2024-02-01", "325 mg every other day", requester=ent, reason=ida)
    b.medstmt(cc(text="Nasal saline gel / emollient"), "2019-01-10", dose_text="Apply to septum twice daily")
    b.note("2026-09-15", """OTOLARYNGOLOGY - HHT CLINIC
47F with HHT1 (ENG variant), recurrent epistaxis. 3 months after bilateral KTP laser: nosebleeds 2-3/week, short (< 5 min), ESS 3.4 (5.8 before laser). No transfusions this year. Hgb 11.9, ferritin 34 on oral iron. PAVM embolized 2019 - next surveillance CT chest 2027. Brain MRI 2019 negative for AVM.
Plan: Continue saline gel, TXA during heavy weeks, iron. Repeat laser as needed. Family screening offered to her two children (genetic counseling).
C. Nwachukwu, MD""", author=ent, enc=e2)
    b.note("2026-06-16", """PROCEDURE NOTE
KTP laser photocoagulation of bilateral anterior septal and inferior turbinate telangiectasias under general anesthesia, outpatient. No packing required. Discharged home.""", type_=("28570-0", "Procedure note"), author=ent, enc=e1)
