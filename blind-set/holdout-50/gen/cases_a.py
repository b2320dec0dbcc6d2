"""Cases from the Turkish university hospital (TR): ICD-10 (WHO), SUT codes, Turkish notes, e-Nabız style labs."""
from fhirkit import Case, cc, txt, q, ref, coding, SYS, registry  # noqa: F401

CASES = []
case = registry(CASES)

SUT = "sut"
LOCALP = "https://fhir.kuzeyege-uh.example.tr/CodeSystem/yerel-islem"
ENC_POL = ("https://fhir.kuzeyege-uh.example.tr/CodeSystem/basvuru-turu", "POL", "Poliklinik başvurusu")
ENC_YAT = ("https://fhir.kuzeyege-uh.example.tr/CodeSystem/basvuru-turu", "YAT", "Yatış")
RAD = cc(("v2-0074", "RAD", "Radiology"))
LABCAT = cc(("v2-0074", "LAB", "Laboratory"))


def pol(b, when, clinic, pract, reason=None, **kw):
    dept = b.dept(clinic)
    return b.enc(when, cls="AMB", type_=cc(ENC_POL, text=clinic), pract=pract, dept=dept, reason=reason,
                 ident=(b.o["base"] + "sid/protokol", f"{b.cid.upper()}-{when[:10].replace('-', '')}"), **kw)


# ---------------------------------------------------------------------------
@case(key="tr-psa-unfollowed", org="TR", target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive",
      expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
      why="Total PSA 9.8 ng/mL (high, free/total 11%) on 2026-06-24 with no repeat PSA, urology referral or imaging "
          "in the 160 days to the anchor: a Murphy red-flag result without follow-up.",
      summary="63 y man, nocturia; raised PSA in June 2026 noted once and then lost; later visits only for blood pressure.")
def tr_psa(b: Case):
    b.patient("Yılmaz", "Hasan", "male", "1963-02-17", "KEU-4471902", phone="+90 532 418 2290", marital="M")
    dr = b.staff("dahiliye")
    fm = b.staff("aile")
    htn = b.dx("htn", onset="2016-05")
    lip = b.dx("hchol", onset="2019-11")
    e1 = pol(b, "2026-03-10 09:20", "İç Hastalıkları Polikliniği", dr, reason=txt("Yıllık kontrol"))
    b.vitals("2026-03-10 09:25", e1, bp=(136, 84), hr=72, wt=84.5)
    b.panel("cbc", "2026-03-10 10:05", e1, hb=14.6, wbc=6.8, plt=238)
    b.labs("2026-03-10 10:05", e1, creat=0.98, egfr=81, glu=97, ldl=118)
    e2 = pol(b, "2026-06-22 14:10", "İç Hastalıkları Polikliniği", dr,
             reason=cc(("icd10", "R35", "Noktüri"), text="Gece idrara çıkma"))
    b.cond(cc(("icd10", "R35", "Noktüri"), text="Noktüri (gecede 2 kez)"), onset="2026-04", cat="encounter-diagnosis",
           enc=e2, recorder=dr)
    psa = b.lab("psa", 9.8, "2026-06-24 08:40", e2)
    fpsa = b.lab("fpsa", 1.08, "2026-06-24 08:40", e2, note="Serbest/total PSA oranı %11")
    b.report(cc(("loinc", "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"), text="PSA paneli"),
             "2026-06-24 08:40", results=[psa, fpsa], category=LABCAT, enc=e2,
             conclusion="Total PSA referans aralığının üzerinde (9,8 ng/mL). Serbest/total oranı düşük.")
    b.lab("k", 4.4, "2026-06-24 08:40", e2)
    b.note("2026-06-24 16:30", dr, """
İÇ HASTALIKLARI POLİKLİNİĞİ - AYAKTAN HASTA NOTU
Şikayet: Son 2-3 aydır gecede 2 kez idrara kalkma. Dizüri yok, hematüri yok. Kilo kaybı yok.
Muayene: Genel durum iyi. TA 138/86 mmHg.
Tetkik: Total PSA 9,8 ng/mL (ref < 4), serbest PSA 1,08 ng/mL (oran %11). Kreatinin normal.
Değerlendirme: PSA yüksekliği. Üroloji değerlendirmesi uygun olur.
Plan: Hastaya sonuç telefonla bildirilecek. Antihipertansif tedaviye devam.
""", kind="progress", enc=e2, title="Poliklinik notu - PSA sonucu")
    b.medstmt(b.drug("amlodipine", "Norvasc 10 mg tablet"), "2016-06-01", dose="1x1 sabah", reason_ref=htn)
    b.medstmt(b.drug("atorvastatin", "Lipitor 20 mg tablet"), "2019-12-01", dose="1x1 akşam", reason_ref=lip)
    e3 = pol(b, "2026-09-15 10:40", "Aile Hekimliği Polikliniği", fm, reason=txt("Tansiyon kontrolü, reçete yenileme"))
    b.vitals("2026-09-15 10:45", e3, bp=(132, 82), hr=70, wt=85.0)
    b.labs("2026-09-15 11:30", e3, creat=1.01, egfr=79, k=4.3)
    b.note("2026-09-15 11:50", fm, """
AİLE HEKİMLİĞİ POLİKLİNİĞİ
Tansiyon kontrolü için başvurdu. Ev ölçümleri 125-135/80 mmHg. Şikayeti yok.
Amlodipin 10 mg ve atorvastatin 20 mg reçetesi 3 ay için yenilendi.
Kontrol: 3 ay sonra.
""", kind="progress", enc=e3, title="Reçete yenileme")
    b.medreq(b.drug("amlodipine", "Norvasc 10 mg tablet"), "2026-09-15 11:50", dose="1x1 sabah, 90 gün",
             reason_ref=htn, enc=e3, requester=fm)
    e4 = pol(b, "2026-11-17 09:10", "Aile Hekimliği Polikliniği", fm, reason=txt("Grip aşısı"))
    b.immunization(cc(("cvx", "150", "Influenza, injectable, quadrivalent, preservative free"),
                      text="İnfluenza aşısı (4 değerlikli)"), "2026-11-17 09:20", lot="FLU26-118")


# ---------------------------------------------------------------------------
@case(key="tr-cough-asthma", org="TR", target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="near-miss",
      expected=[],
      why="Ten weeks of cough with a normal chest X-ray, but spirometry showed reversible obstruction with eosinophilia "
          "and high IgE; allergic asthma was diagnosed and the cough resolved on budesonide/formoterol.",
      summary="38 y woman, chronic cough over three visits, normal chest film; reversibility and eosinophilia, asthma diagnosed, cough gone.")
def tr_cough(b: Case):
    b.patient("Kara", "Elif", "female", "1988-07-03", "KEU-5120877", phone="+90 541 227 6613", marital="M")
    gp = b.staff("aile")
    pulm = b.staff("gogus")
    cough_code = cc(("icd10", "R05", "Öksürük"), text="Kuru öksürük")
    e1 = pol(b, "2026-04-06 09:00", "Aile Hekimliği Polikliniği", gp, reason=cough_code)
    cough = b.cond(cough_code, onset="2026-03-20", clinical="resolved", abatement="2026-08-10", enc=e1, recorder=gp,
                   note="Gece ve soğuk havada artan kuru öksürük. Sigara içmiyor. ACE inhibitörü kullanmıyor.")
    b.vitals("2026-04-06 09:05", e1, bp=(112, 70), temp=36.7, spo2=98)
    b.panel("cbc", "2026-04-06 09:40", e1, hb=13.1, wbc=7.2, plt=281)
    b.lab("crp", 2.1, "2026-04-06 09:40", e1)
    cxr = b.obs(cc(("loinc", "36643-5", "XR Chest 2 Views"), text="PA ve lateral akciğer grafisi"), "2026-04-06 10:15",
                "Akciğer parankimi ve hiler yapılar doğal. Sinüsler açık.", cat="imaging", enc=e1, interp="N")
    b.report(cc(("loinc", "36643-5", "XR Chest 2 Views"), text="Akciğer grafisi"), "2026-04-06 10:15", results=[cxr],
             category=RAD, enc=e1, conclusion="Normal akciğer grafisi.")
    e2 = pol(b, "2026-05-11 10:20", "Aile Hekimliği Polikliniği", gp, reason=cough_code)
    b.obs(cc(("icd10", "R05", "Öksürük"), text="Öksürük devam ediyor"), "2026-05-11 10:25", True, cat="exam", enc=e2,
          note="Öksürük 7 haftadır sürüyor; desloratadin ile belirgin düzelme olmadı.")
    e3 = pol(b, "2026-06-15 13:30", "Göğüs Hastalıkları Polikliniği", pulm, reason=cough_code)
    b.obs(cc(("icd10", "R05", "Öksürük"), text="Öksürük devam ediyor"), "2026-06-15 13:35", True, cat="exam", enc=e3)
    fev1 = b.obs(cc(("loinc", "20150-9", "FEV1"), text="FEV1 (bronkodilatör öncesi)"), "2026-06-15 14:00",
                 q(1.92, "L"), cat="procedure", enc=e3, interp="L",
                 rng=[{"low": q(2.55, "L"), "text": "Beklenen değerin %80'i ve üzeri"}])
    ratio = b.obs(cc(("loinc", "19926-5", "FEV1/FVC"), text="FEV1/FVC"), "2026-06-15 14:00", q(68, "%"),
                  cat="procedure", enc=e3, interp="L", rng=[{"low": q(70, "%")}])
    rev = b.obs(cc((LOCALP, "SPIRO-REV", "Bronkodilatör yanıtı (FEV1 değişimi)"), text="Reversibilite"),
                "2026-06-15 14:20", q(16, "%"), cat="procedure", enc=e3, interp="A",
                note="Salbutamol 400 mcg sonrası FEV1 +310 mL (%16): anlamlı reversibilite.")
    b.report(cc((LOCALP, "SFT", "Solunum fonksiyon incelemesi"), text="Solunum fonksiyon incelemesi (spirometri)"),
             "2026-06-15 14:20", results=[fev1, ratio, rev], category=cc(("v2-0074", "PF", "Pulmonary Function")),
             enc=e3, conclusion="Hafif obstrüktif patern, anlamlı reversibilite. Astım ile uyumlu.")
    b.lab("eos", 0.62, "2026-06-15 14:40", e3)
    b.lab("ige", 340, "2026-06-15 14:40", e3)
    e4 = pol(b, "2026-06-22 11:00", "Göğüs Hastalıkları Polikliniği", pulm)
    asthma = b.dx("asthma_allergic", onset="2026-06-22", enc=e4, recorder=pulm)
    b.medreq(b.drug("budesonide_formoterol", "Symbicort Turbuhaler 160/4,5 mcg"), "2026-06-22 11:20",
             dose="Günde 2 kez 1 inhalasyon", reason_ref=asthma, enc=e4, requester=pulm)
    b.medreq(b.drug("salbutamol", "Ventolin inhaler 100 mcg"), "2026-06-22 11:20", dose="Gerektiğinde 2 puf",
             reason_ref=asthma, enc=e4, requester=pulm)
    b.note("2026-06-22 11:30", pulm, """
GÖĞÜS HASTALIKLARI POLİKLİNİĞİ
3 aydır süren kuru öksürük. Akciğer grafisi normal. Spirometride FEV1/FVC %68, salbutamol sonrası FEV1'de %16 (310 mL) artış.
Eozinofil 620/µL, total IgE 340 IU/mL. Ev tozu akarına karşı duyarlılık öyküsü.
Tanı: Alerjik astım (öksürük baskın). Öksürüğün nedeni astım olarak değerlendirildi.
Tedavi: Budesonid/formoterol 160/4,5 2x1, gerektiğinde salbutamol. İnhaler tekniği gösterildi.
Kontrol: 3 ay sonra.
""", kind="consult", enc=e4, title="Göğüs hastalıkları değerlendirmesi")
    e5 = pol(b, "2026-09-14 10:00", "Göğüs Hastalıkları Polikliniği", pulm)
    b.vitals("2026-09-14 10:05", e5, spo2=99)
    b.obs(cc(("loinc", "20150-9", "FEV1"), text="FEV1"), "2026-09-14 10:30", q(2.71, "L"), cat="procedure", enc=e5,
          interp="N", rng=[{"low": q(2.55, "L")}])
    b.note("2026-09-14 10:40", pulm, """
Kontrol: Öksürük Ağustos başından beri tamamen geçmiş. Gece uyanması yok. Kurtarıcı ilaç ihtiyacı ayda 1-2 kez.
FEV1 2,71 L (beklenenin %86'sı). Astım kontrol altında. Aynı tedaviye devam, 6 ay sonra kontrol.
""", kind="progress", enc=e5, title="Astım kontrol vizitesi")


# ---------------------------------------------------------------------------
@case(key="tr-ibs-iron-deficiency", org="TR", target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive",
      expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
      why="IBS (K58.9) has been the active label for over a year while pain continues, and it cannot explain the new "
          "iron-deficiency anaemia, raised calprotectin and CRP and 10% weight loss; these were put down to diet. "
          "The anaemia was found 35 days before the anchor, so the 60-day follow-up window has not yet passed.",
      summary="45 y woman labelled IBS since 2025; now weight loss, nocturnal diarrhoea, iron-deficiency anaemia, high calprotectin; label kept.")
def tr_ibs(b: Case):
    b.patient("Doğan", "Sevgi", "female", "1981-04-12", "KEU-3389015", phone="+90 533 640 1177", marital="M")
    gi = b.staff("gastro")
    dr = b.staff("dahiliye")
    ibs_code = cc(("icd10", "K58.9", "İrritabl barsak sendromu, diyaresiz"), text="İrritabl barsak sendromu")
    e0 = pol(b, "2025-10-14 10:00", "Gastroenteroloji Polikliniği", gi,
             reason=cc(("icd10", "R10.4", "Diğer ve tanımlanmamış karın ağrısı"), text="Karın ağrısı, şişkinlik"))
    ibs = b.cond(ibs_code, onset="2025-10-14", enc=e0, recorder=gi,
                 note="Roma IV kriterleri: 6 aydır haftada en az 1 gün karın ağrısı, dışkılama ile ilişkili.")
    b.panel("cbc", "2025-10-14 11:00", e0, hb=12.9, mcv=86, wbc=6.4, plt=270)
    b.lab("crp", 3.0, "2025-10-14 11:00", e0)
    b.medreq(b.drug("trimebutine", "Debridat 200 mg tablet"), "2025-10-14 11:20", dose="3x1 yemeklerden önce",
             reason_ref=ibs, enc=e0, requester=gi)
    b.vitals("2025-10-14 10:10", e0, wt=68.0)
    e1 = pol(b, "2026-03-09 09:30", "Gastroenteroloji Polikliniği", gi, reason=txt("Karın ağrısı devam ediyor"))
    b.score("pain", 6, "2026-03-09 09:35", e1, name="Karın ağrısı şiddeti (0-10)")
    b.note("2026-03-09 10:00", gi, """
GASTROENTEROLOJİ POLİKLİNİĞİ - KONTROL
Karın ağrısı ve şişkinlik devam ediyor, trimebutin ile kısmi fayda. Dışkılama alışkanlığı değişken.
Değerlendirme: İBS. Diyet (düşük FODMAP) önerildi, diyetisyene yönlendirildi. Tedaviye devam.
""", kind="progress", enc=e1, title="İBS kontrol")
    e2 = pol(b, "2026-07-13 11:15", "Gastroenteroloji Polikliniği", gi, reason=txt("Karın ağrısı, yorgunluk"))
    b.vitals("2026-07-13 11:20", e2, wt=65.2)
    b.score("pain", 6, "2026-07-13 11:25", e2, name="Karın ağrısı şiddeti (0-10)")
    e3 = pol(b, "2026-10-27 09:00", "İç Hastalıkları Polikliniği", dr,
             reason=txt("Halsizlik, gece ishali, kilo kaybı"))
    b.vitals("2026-10-27 09:05", e3, bp=(104, 66), hr=94, wt=61.1)
    b.panel("cbc", "2026-10-27 09:50", e3, hb=9.4, mcv=71, wbc=8.9, plt=468)
    b.panel("iron", "2026-10-27 09:50", e3, ferritin=5, iron=21, tsat=5)
    b.labs("2026-10-27 09:50", e3, crp=21, alb=3.3, b12=402)
    b.lab("calpro", 410, "2026-10-27 09:50", e3)
    b.note("2026-10-27 15:40", dr, """
İÇ HASTALIKLARI POLİKLİNİĞİ
Bilinen İBS tanılı hasta. Son 3 ayda gece uyandıran ishal (haftada 3-4 gece), 7 kg kilo kaybı (68 -> 61 kg), halsizlik.
Tetkik: Hb 9,4 g/dL, MCV 71 fL, ferritin 5 ng/mL, CRP 21 mg/L, albümin 3,3 g/dL, fekal kalprotektin 410 µg/g.
Değerlendirme: Demir eksikliği anemisi; diyet kısıtlamasına (düşük FODMAP) ve İBS'ye bağlı beslenme yetersizliği düşünüldü.
Plan: Oral demir başlandı. İBS tedavisine devam. 3 ay sonra hemogram kontrolü.
""", kind="progress", enc=e3, title="Halsizlik ve anemi")
    b.medreq(b.drug("ferrous_sulfate", "Ferro Sanol Duodenal 100 mg kapsül"), "2026-10-27 15:45", dose="1x1 aç karnına",
             reason=cc(("icd10", "D50.9", "Demir eksikliği anemisi"), text="Demir eksikliği anemisi"), enc=e3,
             requester=dr)
    b.cond(cc(("icd10", "D50.9", "Demir eksikliği anemisi"), text="Demir eksikliği anemisi"), onset="2026-10-27", enc=e3,
           recorder=dr)


# ---------------------------------------------------------------------------
@case(key="tr-fatigue-hashimoto", org="TR", target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="near-miss",
      expected=[],
      why="The catch-all fatigue code (R53) lasted one week before Hashimoto hypothyroidism (TSH 38, anti-TPO high) was "
          "diagnosed; the fatigue was explained, resolved on levothyroxine and the R53 entry is resolved.",
      summary="34 y woman with fatigue coded R53, replaced a week later by Hashimoto hypothyroidism; TSH normalised and fatigue gone.")
def tr_fatigue(b: Case):
    b.patient("Aksoy", "Büşra", "female", "1992-09-21", "KEU-6002341", phone="+90 544 902 3388", marital="S")
    gp = b.staff("aile")
    endo = b.staff("endo")
    e1 = pol(b, "2026-03-09 10:30", "Aile Hekimliği Polikliniği", gp, reason=txt("Halsizlik, kilo alma"))
    b.cond(cc(("icd10", "R53", "Kırıklık ve yorgunluk"), text="Halsizlik"), onset="2026-01", clinical="resolved",
           abatement="2026-05-18", recorded="2026-03-09", enc=e1, recorder=gp)
    b.vitals("2026-03-09 10:35", e1, bp=(118, 76), hr=58, wt=67.4)
    b.panel("cbc", "2026-03-09 11:20", e1, hb=12.8, wbc=5.9, plt=244)
    b.panel("thyroid", "2026-03-09 11:20", e1, tsh=38.2, ft4=0.61)
    b.labs("2026-03-09 11:20", e1, ferritin=38, b12=356, glu=88, creat=0.71)
    e2 = pol(b, "2026-03-16 14:00", "Endokrinoloji Polikliniği", endo)
    b.obs(cc(("loinc", "8099-4", "Thyroperoxidase Ab [Units/volume] in Serum or Plasma"), text="Anti-TPO"),
          "2026-03-16 14:10", q(486, "[IU]/mL"), enc=e2, interp="H", rng=[{"high": q(34, "[IU]/mL")}])
    b.obs(cc((LOCALP, "USG-TIROID", "Tiroid ultrasonografisi"), text="Tiroid USG"), "2026-03-16 15:00",
          "Tiroid bezi heterojen parankim ekosu, psödonodüler görünüm; belirgin nodül yok. Kronik tiroidit ile uyumlu.",
          cat="imaging", enc=e2)
    hashi = b.dx("hashimoto", onset="2026-03-16", enc=e2, recorder=endo)
    b.cond(cc(("icd10", "E03.8", "Diğer tanımlanmış hipotiroidi"), text="Hashimoto tiroiditine bağlı hipotiroidi"),
           onset="2026-03-16", enc=e2, recorder=endo)
    b.medreq(b.drug("levothyroxine", "Levotiron 50 mcg tablet"), "2026-03-16 14:30", dose="1x1 sabah aç karnına",
             reason_ref=hashi, enc=e2, requester=endo, status="stopped")
    b.note("2026-03-16 14:40", endo, """
ENDOKRİNOLOJİ POLİKLİNİĞİ
2 aydır halsizlik, üşüme, kabızlık ve 4 kg kilo alımı. TSH 38,2 mIU/L, sT4 0,61 ng/dL, anti-TPO 486 IU/mL.
USG: kronik tiroidit ile uyumlu.
Tanı: Hashimoto tiroiditine bağlı aşikar hipotiroidi. Halsizlik hipotiroidiye bağlandı.
Plan: Levotiroksin 50 mcg, 6 hafta sonra TSH ile doz ayarı.
""", kind="consult", enc=e2, title="Endokrinoloji değerlendirmesi")
    e3 = pol(b, "2026-05-18 09:40", "Endokrinoloji Polikliniği", endo)
    b.panel("thyroid", "2026-05-18 10:10", e3, tsh=6.1, ft4=1.02)
    b.medreq(b.drug("levothyroxine", "Levotiron 75 mcg tablet"), "2026-05-18 10:30", dose="1x1 sabah aç karnına",
             reason_ref=hashi, enc=e3, requester=endo)
    b.note("2026-05-18 10:40", endo, """
Kontrol: Halsizlik belirgin azalmış, enerji düzeyi normale yakın. TSH 6,1. Doz 75 mcg'a çıkarıldı.
""", kind="progress", enc=e3, title="Hipotiroidi kontrol")
    e4 = pol(b, "2026-08-24 11:00", "Endokrinoloji Polikliniği", endo)
    b.panel("thyroid", "2026-08-24 11:20", e4, tsh=2.3, ft4=1.28)
    b.vitals("2026-08-24 11:05", e4, hr=72, wt=63.9)
    b.note("2026-08-24 11:40", endo, """
Kontrol: Yakınması yok, halsizlik tamamen geçti, kilo 63,9 kg. TSH 2,3 (ötiroid). Levotiroksin 75 mcg ile devam, 6 ay sonra kontrol.
""", kind="progress", enc=e4, title="Hipotiroidi kontrol - ötiroid")


# ---------------------------------------------------------------------------
@case(key="tr-lumbar-fusion-planned", org="TR", target="MAJOR_PROCEDURE_PLANNED", kind="positive",
      expected=["MAJOR_PROCEDURE_PLANNED"],
      why="L4-L5 decompression with posterior instrumentation and fusion is booked for 2026-12-14 (Procedure in "
          "preparation, planned admission); it has not been performed.",
      summary="59 y woman with degenerative spondylolisthesis and stenosis, failed conservative care; lumbar fusion in preparation for December.")
def tr_spine(b: Case):
    b.patient("Aksu", "Fatma", "female", "1967-01-30", "KEU-2874410", phone="+90 535 771 0482", marital="W")
    nsg = b.staff("bcerrahi")
    ftr = b.staff("fizik")
    b.dx("htn", onset="2018-03")
    b.dx("obesity", onset="2015")
    spondy = b.cond(cc(("icd10", "M43.16", "Spondilolistezis, lomber bölge"), text="L4-L5 dejeneratif spondilolistezis (grade 1)"),
                    onset="2024-09", recorder=nsg)
    sten = b.cond(cc(("icd10", "M48.06", "Spinal stenoz, lomber bölge"), text="L4-L5 lomber spinal stenoz, nörojenik kladikasyo"),
                  onset="2024-09", recorder=nsg)
    e1 = pol(b, "2025-11-04 10:00", "Fiziksel Tıp ve Rehabilitasyon Polikliniği", ftr, reason=txt("Bel ve bacak ağrısı"))
    b.proc(cc((SUT, "801620", "Fizik tedavi ve rehabilitasyon, 15 seans"), text="Fizik tedavi programı (15 seans)"),
           "2025-11-10", end="2025-11-28", reason_ref=sten, enc=e1, perf=ftr)
    b.medstmt(b.drug("pregabalin", "Lyrica 75 mg kapsül"), "2025-11-04", dose="2x1", reason_ref=sten)
    b.proc(cc((SUT, "550340", "Epidural steroid enjeksiyonu, lomber, floroskopi eşliğinde"), text="Lomber epidural steroid enjeksiyonu"),
           "2026-04-08 11:00", reason_ref=sten, perf=nsg, note="Geçici (yaklaşık 6 hafta) fayda.")
    e2 = pol(b, "2026-08-18 09:30", "Beyin ve Sinir Cerrahisi Polikliniği", nsg)
    b.score("pain", 7, "2026-08-18 09:35", e2, name="Bel-bacak ağrısı (NRS)")
    b.score(("ODI", "Oswestry Disabilite İndeksi (%)"), 48.0, "2026-08-18 09:40", e2, unit="%")
    mri = b.obs(cc((LOCALP, "MR-LOMBER", "Lomber MR"), text="Lomber vertebra MR"), "2026-08-20 13:00",
                "L4-L5 grade 1 anterolistezis (7 mm), ileri derecede santral kanal darlığı ve bilateral lateral reses darlığı. "
                "Fleksiyon-ekstansiyon grafilerinde 4 mm instabilite.", cat="imaging", enc=e2, interp="A")
    b.report(cc((LOCALP, "MR-LOMBER", "Lomber MR"), text="Lomber MR raporu"), "2026-08-20 13:00", results=[mri],
             category=RAD, enc=e2, conclusion="L4-L5 dejeneratif spondilolistezis ve ileri spinal stenoz.")
    e3 = pol(b, "2026-10-20 10:30", "Beyin ve Sinir Cerrahisi Polikliniği", nsg)
    b.score("pain", 7, "2026-10-20 10:35", e3, name="Bel-bacak ağrısı (NRS)")
    b.note("2026-10-20 11:15", nsg, """
BEYİN VE SİNİR CERRAHİSİ POLİKLİNİĞİ
Yürüme mesafesi 150-200 metre, sonra her iki bacakta ağrı ve uyuşma; oturunca geçiyor. 12 aydır fizik tedavi, pregabalin ve
epidural enjeksiyona rağmen yakınmalar sürüyor. Nörolojik defisit yok.
MR: L4-L5 grade 1 spondilolistezis, ileri spinal stenoz, dinamik grafilerde instabilite.
Karar: L4-L5 total laminektomi + posterior transpediküler enstrümantasyon ve füzyon (TLIF). Hasta ve yakınları bilgilendirildi,
aydınlatılmış onam alındı. Operasyon tarihi: 14.12.2026. Anestezi konsültasyonu istendi.
""", kind="consult", enc=e3, title="Cerrahi karar notu")
    b.proc(cc((SUT, "612370", "Posterior transpediküler enstrümantasyon ve füzyon, lomber, tek seviye"),
              (SUT, "612130", "Laminektomi, lomber, tek seviye"),
              text="L4-L5 dekompresyon + posterior enstrümantasyon ve füzyon (TLIF)"),
           status="preparation", reason_ref=[spondy, sten], perf=nsg,
           note="Planlanan operasyon tarihi 14.12.2026. Ameliyat öncesi kan grubu ve koagülasyon çalışıldı.")
    b.panel("coag", "2026-11-24 08:30", None, inr=1.0, aptt=29)
    b.panel("cbc", "2026-11-24 08:30", None, hb=13.0, wbc=7.1, plt=256)
    b.sreq(cc((LOCALP, "ANES-KONS", "Anestezi konsültasyonu"), text="Ameliyat öncesi anestezi değerlendirmesi"),
           "2026-10-20 11:20", occurrence="2026-12-02", reason_ref=[sten], requester=nsg, enc=e3)
    b.enc("2026-12-13 08:00", cls="IMP", type_=cc(ENC_YAT, text="Beyin ve Sinir Cerrahisi Servisi - planlı yatış"),
          pract=nsg, dept=b.dept("Beyin ve Sinir Cerrahisi Servisi"), status="planned", reason_ref=[sten])


# ---------------------------------------------------------------------------
@case(key="tr-nsclc-palliative", org="TR", target="UNTREATABLE_PROGNOSIS", kind="positive",
      expected=["UNTREATABLE_PROGNOSIS"],
      why="Stage IV squamous lung cancer; the tumour board (ECOG 3-4) recorded that no active oncological treatment "
          "option exists and referred him to the palliative care service; no second opinion is on record.",
      summary="71 y man with metastatic squamous NSCLC, PD-L1 <1%, ECOG 3-4; tumour board: no treatment options, palliative referral.")
def tr_nsclc(b: Case):
    b.patient("Çetin", "Mustafa", "male", "1955-05-08", "KEU-1190443", phone="+90 532 550 9034", marital="M",
              contact=("Oğlu", "Emre Çetin", "+90 533 412 8890"))
    gog = b.staff("gogus")
    onk = b.staff("onko")
    pal = b.staff("palyatif")
    copd = b.dx("copd", onset="2017", recorder=gog)
    b.obs(cc(("loinc", "72166-2", "Tobacco smoking status"), text="Sigara kullanımı"), "2026-09-08", 
          cc(("sct", "8517006", "Ex-smoker"), text="Bırakmış (50 paket-yıl, 2019'da bıraktı)"), cat="social-history")
    e1 = pol(b, "2026-09-08 10:00", "Göğüs Hastalıkları Polikliniği", gog,
             reason=txt("Öksürük, kanlı balgam, 3 ayda 9 kg kilo kaybı"))
    b.vitals("2026-09-08 10:05", e1, bp=(128, 78), hr=96, wt=58.5, spo2=93)
    ct = b.obs(cc(("loinc", "24627-2", "CT Chest"), text="Toraks BT (kontrastlı)"), "2026-09-12 14:00",
               "Sağ üst lobda 55x48 mm spiküle kitle, sağ paratrakeal ve subkarinal lenf nodları (en büyüğü 24 mm). "
               "Karaciğerde en büyüğü 31 mm çok sayıda metastaz, T8 ve L2 vertebralarda litik lezyonlar.",
               cat="imaging", enc=e1, interp="A")
    b.report(cc(("loinc", "24627-2", "CT Chest"), text="Toraks-batın BT"), "2026-09-12 14:00", results=[ct],
             category=RAD, enc=e1, conclusion="Sağ üst lob primer akciğer malignitesi, mediastinal, hepatik ve kemik metastazları.")
    e2 = b.enc("2026-09-17 08:00", "2026-09-24 12:00", cls="IMP", type_=cc(ENC_YAT, text="Göğüs Hastalıkları Servisi"),
               pract=gog, dept=b.dept("Göğüs Hastalıkları Servisi"))
    bx = b.proc(cc((SUT, "603990", "Endobronşiyal ultrason eşliğinde transbronşiyal iğne aspirasyonu (EBUS-TBNA)"),
                   text="EBUS-TBNA (4R ve 7 no'lu lenf nodları)"), "2026-09-18 10:30", enc=e2, perf=gog)
    path = b.obs(cc((LOCALP, "PATOLOJI", "Patoloji raporu"), text="Patoloji (EBUS-TBNA)"), "2026-09-23 16:00",
                 "Skuamöz hücreli karsinom metastazı. PD-L1 (22C3) TPS <%1. EGFR/ALK/ROS1: uygulanmadı (skuamöz histoloji).",
                 cat="laboratory", enc=e2, interp="A")
    b.report(cc(("loinc", "60567-5", "Comprehensive pathology report panel"), text="Patoloji raporu"), "2026-09-23 16:00",
             results=[path], category=cc(("v2-0074", "SP", "Surgical Pathology")), enc=e2,
             conclusion="Akciğer skuamöz hücreli karsinomu, lenf nodu metastazı.")
    ca = b.cond(cc(("icd10", "C34.1", "Üst lob, bronş veya akciğer malign neoplazmı"),
                   text="Sağ üst lob skuamöz hücreli akciğer karsinomu, evre IVB (cT3N2M1c)"),
                onset="2026-09-23", enc=e2, recorder=onk, stage=txt("Evre IVB (cT3N2M1c)"),
                note="Tümör konseyi 07.10.2026: aktif onkolojik tedavi seçeneği yok; palyatif bakım.")
    b.cond(cc(("icd10", "C78.7", "Karaciğerin sekonder malign neoplazmı"), text="Karaciğer metastazları"),
           onset="2026-09-12", enc=e2, recorder=onk)
    b.cond(cc(("icd10", "C79.5", "Kemik ve kemik iliğinin sekonder malign neoplazmı"), text="Kemik metastazları (T8, L2)"),
           onset="2026-09-12", enc=e2, recorder=onk)
    b.panel("bmp", "2026-09-18 06:30", e2, alb=2.9, alp=212, alt=58, bili=0.9, ca=10.1, creat=0.92, na=133)
    b.panel("cbc", "2026-09-18 06:30", e2, hb=10.6, wbc=11.2, plt=412)
    b.score("ecog", 3, "2026-10-05 10:00", None, name="ECOG performans skoru")
    b.note("2026-10-07 15:00", onk, """
TÜMÖR KONSEYİ KARARI (07.10.2026)
Hasta: 71 yaş, erkek. Sağ üst lob skuamöz hücreli karsinom, evre IVB (karaciğer, kemik, mediastinal lenf nodu). PD-L1 <%1.
Genel durum: ECOG 3-4, son 3 ayda %15 kilo kaybı, albümin 2,9 g/dL, yatağa bağımlılık artıyor. KOAH (FEV1 %48).
Karar: Genel durum nedeniyle kemoterapi, immünoterapi ve radyoterapi önerilmemiştir. Küratif veya yaşam uzatıcı aktif onkolojik
tedavi seçeneği bulunmamaktadır. Semptom kontrolü amacıyla palyatif bakım servisine yönlendirilmiştir.
Hasta ve oğlu bilgilendirildi. Katılanlar: Tıbbi Onkoloji, Göğüs Hastalıkları, Radyasyon Onkolojisi, Göğüs Cerrahisi, Radyoloji.
""", kind="consult", title="Tümör konseyi kararı")
    b.sreq(cc(("sct", "306237005", "Referral to palliative care service"), text="Palyatif bakım servisine sevk"),
           "2026-10-07 15:30", status="active", intent="order", occurrence="2026-10-20", reason_ref=[ca],
           requester=onk, performer=[pal], note="Aktif onkolojik tedavi seçeneği yok; semptom kontrolü ve bakım planlaması.")
    e3 = pol(b, "2026-10-20 11:00", "Palyatif Bakım Polikliniği", pal)
    b.score("pain", 6, "2026-10-20 11:10", e3, name="Ağrı (NRS)")
    b.medreq(b.drug("morphine", "Morfin sülfat 10 mg uzatılmış salımlı tablet"), "2026-10-20 11:40", dose="2x1",
             reason_ref=ca, enc=e3, requester=pal)
    b.medreq(b.drug("lactulose", "Laktuloz şurup"), "2026-10-20 11:40", dose="2x15 mL", enc=e3, requester=pal)
    b.note("2026-10-20 12:00", pal, """
PALYATİF BAKIM POLİKLİNİĞİ
Tümör konseyi kararı ile yönlendirildi. Sırt ve sağ üst kadranda ağrı (NRS 6), iştahsızlık, nefes darlığı.
Plan: Morfin SR 10 mg 2x1, kurtarma dozu; laksatif. Evde bakım hizmetleri ile iletişime geçildi. Hasta ve ailesiyle
bakım hedefleri konuşuldu; yeniden canlandırma tercihleri görüşülecek.
""", kind="consult", enc=e3, title="Palyatif bakım ilk değerlendirme")


# ---------------------------------------------------------------------------
@case(key="tr-haemodialysis-started", org="TR", target="HIGH_IMPACT_TREATMENT", kind="positive",
      expected=["HIGH_IMPACT_TREATMENT"],
      why="Maintenance haemodialysis (three 4-hour sessions a week through an AV fistula) was started on 2026-09-08 "
          "for diabetic end-stage kidney disease and is ongoing: dialysis is a high-impact treatment.",
      summary="67 y man with diabetic nephropathy reaching ESKD; AV fistula in June, chronic haemodialysis since September 2026.")
def tr_hd(b: Case):
    b.patient("Şen", "İbrahim", "male", "1959-11-02", "KEU-0987312", phone="+90 536 118 4402", marital="M")
    nef = b.staff("nefro")
    hem = b.staff("hemsire")
    dm = b.cond(cc(("icd10", "E11.2", "Tip 2 diabetes mellitus, böbrek komplikasyonları ile"),
                   text="Tip 2 DM, diyabetik nefropati"), onset="2004", recorder=nef)
    ckd = b.cond(cc(("icd10", "N18.5", "Kronik böbrek hastalığı, evre 5"), text="Kronik böbrek hastalığı evre 5D"),
                 onset="2025-12", recorder=nef)
    b.cond(cc(("icd10", "I12.0", "Böbrek yetmezliği ile birlikte hipertansif böbrek hastalığı"), text="Hipertansif böbrek hastalığı"),
           onset="2012", recorder=nef)
    anem = b.cond(cc(("icd10", "D63.8", "Diğer kronik hastalıklarda anemi"), text="Kronik böbrek hastalığına bağlı anemi"),
                  onset="2025-06", recorder=nef)
    e1 = pol(b, "2026-05-12 10:00", "Nefroloji Polikliniği", nef)
    b.labs("2026-05-12 10:30", e1, creat=6.1, egfr=9, k=5.4, urea=168, hb=9.3)
    b.note("2026-05-12 11:00", nef, """
NEFROLOJİ POLİKLİNİĞİ
KBH evre 5 (eGFR 9). Üremik semptomlar başlıyor: iştahsızlık, kaşıntı. Renal replasman tedavi seçenekleri (hemodiyaliz,
periton diyalizi, transplantasyon) hasta ve eşi ile konuşuldu. Canlı vericisi yok; kadavra listesine kayıt için değerlendirme başlatıldı.
Hasta hemodiyalizi tercih etti. Sol radiosefalik AV fistül için kalp-damar cerrahisine yönlendirildi.
""", kind="progress", enc=e1, title="Renal replasman tedavisi planlaması")
    avf = b.proc(cc((SUT, "550720", "Arteriyovenöz fistül oluşturulması (radiosefalik)"), text="Sol radiosefalik AV fistül"),
                 "2026-06-10 09:00", reason_ref=ckd, perf=nef)
    e2 = b.enc("2026-09-07 09:00", "2026-09-11 14:00", cls="IMP", type_=cc(ENC_YAT, text="Nefroloji Servisi"),
               pract=nef, dept=b.dept("Nefroloji Servisi"), reason_ref=[ckd])
    b.labs("2026-09-07 10:00", e2, creat=7.9, egfr=6, k=5.9, urea=212, ca=8.1, phos=6.8, pth=512)
    b.careplan("Kronik hemodiyaliz programı", "2026-09-08 09:00", category=[
        cc((LOCALP, "HD-PROG", "Kronik hemodiyaliz programı"), text="Hemodiyaliz bakım planı")], addresses=[ckd],
        author=nef, period_start="2026-09-08",
        description="Haftada 3 gün (Pazartesi-Çarşamba-Cuma) 4 saat hemodiyaliz, sol kol AV fistül, düşük molekül ağırlıklı heparin.",
        activities=[{"kind": "ServiceRequest", "code": cc(("sct", "302497006", "Hemodialysis"), text="Hemodiyaliz"),
                     "status": "in-progress", "scheduledString": "Haftada 3 kez, 4 saat",
                     "description": "Diyaliz ünitesi, kan akımı 300 mL/dk, diyalizat 500 mL/dk"}])
    for d in ("2026-09-08", "2026-11-25", "2026-11-27"):
        b.proc(cc(("sct", "302497006", "Hemodialysis"), (SUT, "704230", "Hemodiyaliz, kronik, seans"), text="Hemodiyaliz seansı"),
               d + " 08:00", end=d + " 12:00", reason_ref=ckd, perf=hem)
    b.medreq(b.drug("epoetin", "Eritropoetin beta 4000 IU enjektör"), "2026-09-10 10:00", dose="Diyaliz sonrası haftada 3 kez IV",
             reason_ref=anem, enc=e2, requester=nef)
    b.medreq(b.drug("sevelamer", "Renvela 800 mg tablet"), "2026-09-10 10:00", dose="3x1 yemeklerle", reason_ref=ckd,
             enc=e2, requester=nef)
    b.medreq(b.drug("calcitriol", "Rocaltrol 0,25 mcg kapsül"), "2026-09-10 10:00", dose="1x1", reason_ref=ckd, enc=e2,
             requester=nef)
    b.medstmt(b.drug("glargine", "Lantus SoloStar 100 IU/mL"), "2019-04-01", dose="Gece 14 IU", reason_ref=dm)
    b.note("2026-09-11 13:00", nef, """
EPİKRİZ - NEFROLOJİ SERVİSİ
Yatış nedeni: KBH evre 5, hiperpotasemi (5,9 mmol/L), üremik semptomlar.
Seyir: 08.09.2026 tarihinde sol radiosefalik AV fistül kullanılarak hemodiyalize başlandı. Komplikasyon gelişmedi.
Taburculuk: Kronik hemodiyaliz programına (haftada 3 gün, 4 saat) alındı. Eritropoetin, sevelamer, kalsitriol başlandı.
Sıvı kısıtlaması (günde 1 L) ve diyet eğitimi verildi.
""", kind="discharge", enc=e2, title="Epikriz")
    e3 = pol(b, "2026-11-24 11:00", "Nefroloji Polikliniği", nef)
    b.labs("2026-11-24 11:30", e3, hb=10.4, k=4.8, alb=3.8)
    b.vitals("2026-11-24 11:05", e3, bp=(142, 84), wt=77.2)


# ---------------------------------------------------------------------------
@case(key="tr-thyroid-second-opinion-message", org="TR", target="PATIENT_REPORTED_CONCERN", kind="positive",
      expected=["PATIENT_REPORTED_CONCERN"],
      why="The patient wrote through the hospital portal that she feels unheard and explicitly asked how to obtain a "
          "second opinion on her Bethesda III thyroid nodule; no second opinion has been recorded.",
      summary="49 y woman, Hashimoto and a Bethesda III nodule with repeat aspiration in 3 months; portal message asks for a second opinion.")
def tr_msg(b: Case):
    b.patient("Aydemir", "Gülsen", "female", "1977-06-19", "KEU-7730118", phone="+90 542 301 7756", marital="M")
    endo = b.staff("endo")
    hashi = b.dx("hashimoto", onset="2019-02", recorder=endo)
    b.medstmt(b.drug("levothyroxine", "Euthyrox 100 mcg tablet"), "2019-03-01", dose="1x1 sabah aç karnına",
              reason_ref=hashi)
    nod = b.cond(cc(("icd10", "E04.1", "Nontoksik tek tiroid nodülü"), text="Sağ lob tiroid nodülü (21 mm, TI-RADS 4)"),
                 onset="2026-07-14", recorder=endo)
    e1 = pol(b, "2026-07-14 09:30", "Endokrinoloji Polikliniği", endo)
    b.panel("thyroid", "2026-07-14 10:00", e1, tsh=1.9, ft4=1.31)
    b.lab("ca", 9.4, "2026-07-14 10:00", e1)
    us = b.obs(cc((LOCALP, "USG-TIROID", "Tiroid ultrasonografisi"), text="Tiroid USG"), "2026-07-14 11:00",
               "Sağ lob orta kesimde 21x15x13 mm, hipoekoik, düzgün sınırlı solid nodül; mikrokalsifikasyon yok. ACR TI-RADS 4.",
               cat="imaging", enc=e1, interp="A")
    b.report(cc((LOCALP, "USG-TIROID", "Tiroid ultrasonografisi"), text="Tiroid USG raporu"), "2026-07-14 11:00",
             results=[us], category=RAD, enc=e1, conclusion="Sağ lobda TI-RADS 4 nodül; İİAB önerilir.")
    fna = b.proc(cc((SUT, "530920", "Tiroid ince iğne aspirasyon biyopsisi, USG eşliğinde"), text="USG eşliğinde tiroid İİAB"),
                 "2026-08-05 10:00", reason_ref=nod, perf=endo)
    cyt = b.obs(cc((LOCALP, "SITOLOJI", "Sitopatoloji"), text="Tiroid İİAB sitolojisi"), "2026-08-12 15:00",
                "Bethesda kategori III: Önemi belirsiz atipi (AUS). Hashimoto zemininde Hürthle hücreleri.", enc=e1,
                interp="A")
    e2 = pol(b, "2026-08-19 14:00", "Endokrinoloji Polikliniği", endo)
    b.note("2026-08-19 14:30", endo, """
ENDOKRİNOLOJİ POLİKLİNİĞİ
Sitoloji: Bethesda III (AUS). Hashimoto zemininde atipi sık görülür. Hastaya endişe edilecek bir durum olmadığı,
3 ay sonra İİAB'nin tekrarlanacağı anlatıldı. Boyunda baskı hissi nodül boyutu ile açıklanamaz, Hashimoto'ya bağlı olabilir.
Levotiroksin 100 mcg devam.
""", kind="progress", enc=e2, title="Sitoloji sonucu değerlendirmesi")
    m1 = b.comm("2026-09-02 22:14", (
        "Merhaba Zeynep Hocam, 19 Ağustos'taki görüşmemizde 'korkulacak bir şey yok, 3 ay sonra tekrar bakarız' dediniz. "
        "Ama boynumdaki baskı hissi ve yutkunurken takılma hâlâ geçmedi, geceleri uyuyamıyorum. Biyopsi sonucunda 'atipi' "
        "yazıyor ve bu bana hiç açıklanmadı. Kendimi dinlenmemiş hissediyorum. Başka bir endokrinoloji veya genel cerrahi "
        "uzmanından ikinci görüş almak istiyorum. Dosyamı ve patoloji preparatlarımı nasıl alabilirim?"),
        sender=b.pat, recipient=[endo], medium=cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "ELECTRONIC",
                                                   "electronic data"), text="Hasta portalı mesajı"),
        category=txt("Hasta mesajı"), about=[nod], received="2026-09-03 08:05")
    b.comm("2026-09-03 10:20", (
        "Sayın Gülsen Hanım, mesajınız hocamıza iletilmiştir. Epikriz ve patoloji raporunuz e-Nabız üzerinden görüntülenebilir; "
        "preparat teslimi için patoloji sekreterliğine dilekçe ile başvurabilirsiniz."),
        sender=b.hosp, recipient=[b.pat], in_response_to=[m1], category=txt("Sekreterlik yanıtı"))


# ---------------------------------------------------------------------------
@case(key="tr-hba1c-rising", org="TR", target="WORSENING_DESPITE_TREATMENT", kind="positive",
      expected=["WORSENING_DESPITE_TREATMENT"],
      why="HbA1c rose 7.4 -> 8.1 -> 8.9 -> 9.6% over nine months (+2.2 points, well above the 0.5-point minimal "
          "important change) while metformin and empagliflozin ran throughout and gliclazide was added; adherence documented.",
      summary="56 y man with type 2 diabetes on metformin + empagliflozin (+ gliclazide from May); HbA1c climbs over four quarters.")
def tr_dm(b: Case):
    b.patient("Yıldız", "Ahmet", "male", "1970-03-25", "KEU-4409876", phone="+90 530 882 1409", marital="M")
    endo = b.staff("endo")
    dm = b.dx("t2dm", onset="2019-06", recorder=endo)
    htn = b.dx("htn", onset="2020-01", recorder=endo)
    b.dx("hchol", onset="2020-01", recorder=endo)
    b.medstmt(b.drug("metformin", "Glifor 1000 mg film tablet"), "2019-07-01", dose="2x1 yemekle", reason_ref=dm)
    b.medstmt(b.drug("empagliflozin", "Jardiance 10 mg tablet"), "2024-05-15", dose="1x1 sabah", reason_ref=dm)
    b.medstmt(b.drug("perindopril", "Coversyl 5 mg tablet"), "2020-02-01", dose="1x1", reason_ref=htn)
    b.medstmt(b.drug("atorvastatin", "Ator 20 mg tablet"), "2020-02-01", dose="1x1 akşam")
    visits = [("2026-02-10", 7.4, 142, (134, 82), 91.0), ("2026-05-18", 8.1, 158, (136, 84), 91.4),
              ("2026-08-17", 8.9, 176, (132, 80), 90.8), ("2026-11-16", 9.6, 194, (138, 84), 91.2)]
    encs = []
    for d, a1c, glu, bp, wt in visits:
        e = pol(b, d + " 09:00", "Endokrinoloji Polikliniği", endo)
        encs.append(e)
        b.lab("hba1c", a1c, d + " 09:40", e)
        b.lab("glu", glu, d + " 09:40", e)
        b.vitals(d + " 09:05", e, bp=bp, wt=wt)
    b.labs("2026-11-16 09:40", encs[3], creat=0.94, egfr=88, acr=22)
    b.medreq(b.drug("gliclazide", "Diamicron MR 60 mg tablet"), "2026-05-18 10:00", dose="1x1 kahvaltıda",
             reason_ref=dm, enc=encs[1], requester=endo)
    b.note("2026-08-17 10:10", endo, """
ENDOKRİNOLOJİ POLİKLİNİĞİ
T2DM, metformin 2x1000 mg + empagliflozin 10 mg + gliklazid MR 60 mg (Mayıs'tan beri). HbA1c 8,9 (Mayıs: 8,1).
İlaç uyumu iyi: eczane kayıtları düzenli, hipoglisemi yok. Diyet ve egzersiz önerileri tekrarlandı; diyetisyen görüşmesi yapıldı.
Plan: Aynı tedavi, 3 ay sonra HbA1c.
""", kind="progress", enc=encs[2], title="Diyabet kontrol")
    b.note("2026-11-16 10:20", endo, """
ENDOKRİNOLOJİ POLİKLİNİĞİ
HbA1c 9,6 (Şubat 7,4 -> Mayıs 8,1 -> Ağustos 8,9). Tedaviye uyum iyi, ilaçlarını düzenli aldığını eşi de doğruluyor.
Kilo stabil. Poliüri ve polidipsi yakınması başlamış. Retinopati taraması: diyabetik retinopati yok.
Plan: Bazal insülin başlanması konuşuldu, hasta düşünmek istedi. 2 hafta sonra kontrol.
""", kind="progress", enc=encs[3], title="Diyabet kontrol - kötüleşme")


# ---------------------------------------------------------------------------
@case(key="tr-multimorbidity", org="TR", target="RARE_OR_COMPLEX_CONDITION", kind="positive",
      expected=["RARE_OR_COMPLEX_CONDITION"],
      why="Seven active chronic conditions (type 2 diabetes, CKD 3b, COPD, permanent AF, HFpEF, Parkinson's disease, "
          "gout) followed by endocrinology, nephrology, pulmonology, cardiology, neurology and rheumatology; all stable.",
      summary="76 y man with seven chronic conditions under six specialties and eleven long-term drugs; stable measures.")
def tr_multi(b: Case):
    b.patient("Kaplan", "Osman", "male", "1950-08-14", "KEU-0554127", phone="+90 532 004 7781", marital="M",
              contact=("Kızı", "Derya Kaplan Tuna", "+90 535 661 2044"))
    dah = b.staff("dahiliye")
    kar = b.staff("kardiyo")
    neu = b.staff("noro")
    nef = b.staff("nefro")
    gog = b.staff("gogus")
    dm = b.dx("t2dm", onset="2008", recorder=dah)
    ckd = b.cond(cc(("icd10", "N18.3", "Kronik böbrek hastalığı, evre 3"), text="KBH evre 3b"), onset="2021", recorder=nef)
    copd = b.dx("copd", onset="2014", recorder=gog)
    af = b.dx("af", onset="2019", recorder=kar)
    hf = b.cond(cc(("icd10", "I50.0", "Konjestif kalp yetmezliği"), text="Korunmuş ejeksiyon fraksiyonlu kalp yetmezliği (HFpEF)"),
                onset="2022", recorder=kar)
    pd = b.cond(cc(("icd10", "G20", "Parkinson hastalığı"), text="İdiyopatik Parkinson hastalığı (Hoehn-Yahr 2)"),
                onset="2020", recorder=neu)
    gout = b.dx("gout", onset="2016", recorder=dah)
    meds = [("metformin", "Glifor 500 mg tablet", "2x1", dm), ("dapagliflozin", "Forziga 10 mg tablet", "1x1", hf),
            ("tiotropium", "Spiriva Respimat 2,5 mcg", "1x2 puf", copd), ("apixaban", "Eliquis 5 mg tablet", "2x1", af),
            ("bisoprolol", "Concor 5 mg tablet", "1x1", af), ("furosemide", "Lasix 40 mg tablet", "1x1 sabah", hf),
            ("levodopa_benserazide", "Madopar 125 mg tablet", "3x1", pd), ("allopurinol", "Ürikoliz 100 mg tablet", "1x1", gout),
            ("atorvastatin", "Ator 20 mg tablet", "1x1", None)]
    for key, text, dose, r in meds:
        b.medstmt(b.drug(key, text), "2025-01-01", dose=dose, reason_ref=r)
    e1 = pol(b, "2026-03-03 10:00", "Nefroloji Polikliniği", nef)
    b.labs("2026-03-03 10:30", e1, creat=1.72, egfr=38, k=4.7, hba1c=7.1, uric=5.8)
    e2 = pol(b, "2026-06-09 09:30", "Kardiyoloji Polikliniği", kar)
    b.vitals("2026-06-09 09:35", e2, bp=(128, 74), hr=76, wt=79.0)
    b.lab("ntprobnp", 640, "2026-06-09 10:00", e2)
    b.obs(cc(("loinc", "10230-1", "Left ventricular Ejection fraction"), text="Sol ventrikül EF (EKO)"), "2026-06-09 11:00",
          q(58, "%"), cat="imaging", enc=e2, interp="N", rng=[{"low": q(52, "%")}])
    e3 = pol(b, "2026-09-08 13:00", "Nöroloji Polikliniği", neu)
    b.note("2026-09-08 13:40", neu, """
NÖROLOJİ POLİKLİNİĞİ
Parkinson hastalığı, Hoehn-Yahr evre 2. Levodopa/benserazid 3x125 mg ile motor bulgular stabil, dalgalanma yok.
Düşme yok. Kognisyon korunmuş. Aynı tedaviye devam.
""", kind="progress", enc=e3, title="Nöroloji kontrol")
    e4 = pol(b, "2026-10-13 10:00", "Nefroloji Polikliniği", nef)
    b.labs("2026-10-13 10:30", e4, creat=1.69, egfr=39, k=4.9, hba1c=7.0, hb=12.6)
    e5 = pol(b, "2026-11-10 11:00", "İç Hastalıkları Polikliniği", dah)
    b.note("2026-11-10 11:30", dah, """
İÇ HASTALIKLARI POLİKLİNİĞİ - ÇOKLU HASTALIK İZLEMİ
Tanılar: T2DM (HbA1c 7,0), KBH evre 3b (eGFR 38-39, stabil), KOAH (GOLD 2, son 1 yılda alevlenme yok), kalıcı AF
(apiksaban), HFpEF (NYHA II), Parkinson hastalığı, gut (son atak 2024).
Takip eden birimler: Endokrinoloji/Dahiliye, Nefroloji, Göğüs Hastalıkları, Kardiyoloji, Nöroloji, Romatoloji.
11 kalem ilaç kullanıyor; ilaç etkileşimleri gözden geçirildi, metformin dozu eGFR'ye göre 2x500 mg'da tutuldu.
""", kind="progress", enc=e5, title="Çoklu hastalık değerlendirmesi")
