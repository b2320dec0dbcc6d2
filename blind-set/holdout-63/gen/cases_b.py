"""Organisation 2: Bệnh viện Trung ương Sông Hồng (Vietnamese central hospital). ICD-10 Vietnamese edition under a
national system URI, local service codes, notes in Vietnamese, family members speaking for the patient."""
from fhirkit import (Case, VN, VN_LOCAL, VN_DVKT, cc, coding, SCT, LOINC, ATC, THO, ACT, ORPHA)

ICDVN = VN.icd
ENC_TYPE = VN_LOCAL + "loai-kham"
ADDR = {"use": "work", "line": ["Số 18 đường Giải Phóng"], "district": "Quận Hai Bà Trưng", "city": "Hà Nội",
        "country": "VN"}


def icd(code, display):
    return cc((ICDVN, code, display), text=display)


def atc(code, display, text):
    return cc((ATC, code, display), text=text)


def dv(code, text):
    return cc((VN_DVKT, code, text), text=text)


def etype(code, text):
    return cc((ENC_TYPE, code, text), text=text)


def setup(c, docs):
    c.org = c.organization("Bệnh viện Trung ương Sông Hồng",
                           type_cc=cc((THO + "organization-type", "prov", "Healthcare Provider")),
                           ident={"system": "https://fhir.moh.gov.vn/sid/ma-co-so-kcb", "value": "01919"},
                           address=ADDR, phone="+84 24 3869 0000", alias=["BV TW Sông Hồng"])
    c.bhxh = c.organization("Bảo hiểm xã hội Việt Nam",
                            type_cc=cc((THO + "organization-type", "ins", "Insurance Company")),
                            ident={"system": "https://fhir.moh.gov.vn/sid/ma-co-quan", "value": "BHXH-VN"},
                            alias=["BHXH"], address={"line": ["Số 7 Tràng Thi"], "city": "Hà Nội", "country": "VN"})
    prs = []
    for fam, giv, spec, g in docs:
        prs.append(c.practitioner(fam, giv, prefix="BS.", gender=g, qual=cc(text=spec),
                                  ident={"system": "https://fhir.moh.gov.vn/sid/chung-chi-hanh-nghe",
                                         "value": f"{c.rng.randint(10000, 99999)}/HNO-CCHN"}))
    return prs


def vn_patient(c, family, given, gender, birth, address_line, district, city="Hà Nội", relatives=(),
               bhyt_prefix="GD4", marital="M"):
    yy = birth[2:4]
    cccd = f"001{'0' if gender == 'male' else '1'}{yy}{c.rng.randint(100000, 999999)}"
    if int(birth[:4]) >= 2000:
        cccd = f"001{'2' if gender == 'male' else '3'}{yy}{c.rng.randint(100000, 999999)}"
    bhyt = f"{bhyt_prefix}01{c.rng.randint(10 ** 9, 10 ** 10 - 1)}"
    contacts = []
    for rel in relatives:
        contacts.append({"relationship": [cc((THO + "v2-0131", "N", "Next-of-Kin"), text=rel[0])],
                         "name": {"text": rel[1]}, "telecom": [{"system": "phone", "value": rel[2]}]})
    pat = c.patient(family, given, gender, birth, [
        {"use": "official", "system": "https://fhir.gov.vn/sid/cccd", "value": cccd},
        {"use": "secondary", "system": "https://fhir.baohiemxahoi.gov.vn/sid/the-bhyt", "value": bhyt},
        {"use": "usual", "type": cc((THO + "v2-0203", "MR", "Medical record number")),
         "system": "https://fhir.bvtwsonghong.vn/sid/ma-benh-nhan", "value": f"SH{c.rng.randint(10 ** 7, 10 ** 8 - 1)}"}],
        address={"use": "home", "line": [address_line], "district": district, "city": city, "country": "VN"},
        phone=f"+84 9{c.rng.randint(10, 99)} {c.rng.randint(100, 999)} {c.rng.randint(100, 999)}",
        contact=contacts or None, marital=marital)
    c.entries[0]["resource"]["name"][0]["text"] = f"{family} {' '.join(given) if isinstance(given, list) else given}"
    c.coverage(c.bhxh, cc((ACT, "PUBLICPOL", "public healthcare"), text="Bảo hiểm y tế"), subscriber_id=bhyt,
               start="2026-01-01",
               cls=[{"type": cc((THO + "coverage-class", "plan", "Plan")), "value": bhyt_prefix[-1],
                     "name": f"Mức hưởng {'80' if bhyt_prefix[-1] == '4' else '100' if bhyt_prefix[-1] in '12' else '95'}%"}])
    return pat


# ------------------------------------------------------------------ B1  PSNW positive (FIT + IDA, no follow-up)
def b1(cid):
    c = Case(cid, VN)
    noi, = setup(c, [("Nguyễn", "Thị Thu Hà", "Bác sĩ chuyên khoa II Nội tổng hợp", "female")])
    vn_patient(c, "Nguyễn", "Văn Hùng", "male", "1964-08-15", "Số 45 ngõ 120 Trường Chinh", "Quận Đống Đa",
               relatives=[("Vợ", "Trần Thị Nga", "+84 912 334 551")])
    wife = c.related("WIFE", "wife", "Trần", "Thị Nga", "female", phone="+84 912 334 551", text="Vợ")
    htn = c.condition(icd("I10", "Bệnh lý tăng huyết áp vô căn (nguyên phát)"), onset="2019-04-01", recorder=noi)
    c.medstmt(atc("C08CA01", "amlodipine", "Amlodipin 5 mg"), "active", "2019-04-01", dosage="1 viên/ngày",
              reason_ref=[htn], asserted="2026-10-22", route="oral")
    e1 = c.encounter("2026-07-20", "AMB", etype("KB-NOI", "Khám bệnh - Nội tổng hợp"),
                     reason=cc(text="Mệt mỏi, chóng mặt khi đứng dậy 2 tháng"), prac=noi, time="08:15")
    c.vitals("2026-07-20", e1, weight=58, height=165, hr=92, bp=(124, 76))
    for loinc, disp, text, v, u, uc, lo, hi in [
            ("718-7", "Hemoglobin [Mass/volume] in Blood", "Huyết sắc tố (Hb)", 98, "g/L", "g/L", 130, 170),
            ("787-2", "MCV [Entitic volume] by Automated count", "Thể tích trung bình hồng cầu (MCV)", 71, "fL", "fL", 80, 100),
            ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "Ferritin", 7, "ng/mL", "ng/mL", 30, 400),
            ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "Bạch cầu", 6.8, "10*9/L", "10*9/L", 4, 10),
            ("777-3", "Platelets [#/volume] in Blood by Automated count", "Tiểu cầu", 412, "10*9/L", "10*9/L", 150, 450)]:
        c.lab(loinc, disp, "2026-07-20", v, u, uc, lo, hi, enc=e1, text=text)
    fit = c.obs(cc((LOINC, "29771-3", "Hemoglobin.gastrointestinal.lower [Presence] in Stool by Immunoassay"),
                   (VN_DVKT, "22.0136.1594", "Xét nghiệm tìm hồng cầu ẩn trong phân (FIT)"),
                   text="Máu ẩn trong phân (FIT)"), "2026-07-20",
                cc((SCT, "10828004", "Positive"), text="Dương tính"), interp="POS", enc=e1)
    ida = c.condition(icd("D50.9", "Thiếu máu do thiếu sắt, không đặc hiệu"), onset="2026-07-20", recorder=noi, enc=e1,
                      evidence=[{"detail": [fit]}])
    c.medreq(atc("B03AA07", "ferrous sulfate", "Sắt (II) sulfat 325 mg"), "2026-07-20", "Uống 1 viên x 2 lần/ngày sau ăn, 90 ngày",
             requester=noi, reason_ref=[ida], route="oral", freq=2, enc=e1, status="completed")
    c.note("Phiếu khám bệnh - Nội tổng hợp", "2026-07-20", "09:05",
           "Bệnh nhân nam 62 tuổi, đi khám cùng vợ. Mệt mỏi, hoa mắt chóng mặt khi đứng dậy khoảng 2 tháng. "
           "Không sốt. Ăn uống được. Vợ kể đi ngoài phân có lúc sẫm màu.\n"
           "Khám: da niêm mạc nhợt nhẹ, bụng mềm, không sờ thấy khối.\n"
           "Xét nghiệm: Hb 98 g/L, MCV 71 fL, ferritin 7 ng/mL. Máu ẩn trong phân (FIT): dương tính.\n"
           "Chẩn đoán: Thiếu máu thiếu sắt (D50.9); Tăng huyết áp (I10).\n"
           "Xử trí: sắt sulfat uống 3 tháng, tiếp tục amlodipin. Tái khám sau 3 tháng.", author=noi, enc=e1)
    e2 = c.encounter("2026-10-22", "AMB", etype("KB-NOI", "Khám bệnh - Nội tổng hợp"),
                     reason=cc(text="Tái khám tăng huyết áp"), prac=noi, time="08:40")
    c.vitals("2026-10-22", e2, weight=57, hr=84, bp=(132, 80))
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-10-22", 112, "g/L", "g/L", 130, 170, enc=e2,
          text="Huyết sắc tố (Hb)")
    c.lab("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "2026-10-22", 86, "umol/L", "umol/L", 62, 106,
          enc=e2, text="Creatinin")
    c.medreq(atc("C08CA01", "amlodipine", "Amlodipin 5 mg"), "2026-10-22", "Uống 1 viên buổi sáng, 30 ngày",
             requester=noi, reason_ref=[htn], route="oral", enc=e2)
    c.note("Phiếu khám bệnh - tái khám", "2026-10-22", "09:10",
           "Tái khám tăng huyết áp. HA 132/80 mmHg. Hết thuốc sắt. Thiếu máu cải thiện (Hb 112 g/L), còn mệt ít. "
           "Tiếp tục amlodipin 5 mg. Hẹn tái khám sau 1 tháng.", author=noi, enc=e2)
    return c


# ------------------------------------------------------------------ B2  DSM positive (B34.9 for months)
def b2(cid):
    c = Case(cid, VN)
    noi, tmh = setup(c, [("Phạm", "Quang Huy", "Bác sĩ Nội khoa", "male"),
                         ("Đinh", "Thị Mỹ Linh", "Bác sĩ Tai Mũi Họng", "female")])
    vn_patient(c, "Trần", "Thị Lan", "female", "1988-03-02", "Số 12 phố Minh Khai", "Quận Hai Bà Trưng",
               relatives=[("Chồng", "Lê Văn Dũng", "+84 983 220 417")])
    husb = c.related("HUSB", "husband", "Lê", "Văn Dũng", "male", phone="+84 983 220 417", text="Chồng")
    e1 = c.encounter("2026-06-08", "AMB", etype("KB-NOI", "Khám bệnh - Nội khoa"),
                     reason=cc(text="Sốt, mệt mỏi, đau mỏi cơ 2 tuần"), prac=noi)
    c.vitals("2026-06-08", e1, weight=52, height=156, temp=38.5, hr=98, bp=(110, 70))
    c.lab("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "2026-06-08", 7.9, "10*9/L", "10*9/L", 4, 10,
          enc=e1, text="Bạch cầu")
    c.lab("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "2026-06-08", 24, "mg/L", "mg/L", None, 5,
          enc=e1, text="CRP")
    c.obs(cc((VN_DVKT, "24.0133.1718", "Dengue virus NS1Ag nhanh"), text="Dengue NS1"), "2026-06-08",
          cc((SCT, "260385009", "Negative"), text="Âm tính"), interp="NEG", enc=e1)
    viral = c.condition(icd("B34.9", "Nhiễm virus, không đặc hiệu"), onset="2026-05-25", recorded="2026-06-08",
                        recorder=noi, enc=e1)
    c.medreq(atc("N02BE01", "paracetamol", "Paracetamol 500 mg"), "2026-06-08", "Uống 1 viên khi sốt trên 38,5 độ, cách nhau 6 giờ",
             requester=noi, reason_ref=[viral], route="oral", as_needed=True, enc=e1)
    e2 = c.encounter("2026-07-15", "AMB", etype("KB-NOI", "Khám bệnh - Nội khoa"),
                     reason=cc(text="Vẫn sốt về chiều, ra mồ hôi đêm"), prac=noi)
    c.vitals("2026-07-15", e2, weight=49.5, temp=38.2)
    c.note("Phiếu khám bệnh - tái khám", "2026-07-15", "10:00",
           "Chồng bệnh nhân kể: vợ vẫn sốt về chiều 38-38,5 độ, ra nhiều mồ hôi ban đêm, ăn kém, sút 2,5 kg. "
           "Khám: không phát hiện ổ nhiễm trùng.\n"
           "Chẩn đoán: Nhiễm virus, không đặc hiệu (B34.9) - theo dõi.\n"
           "Xử trí: hạ sốt, bù nước, nghỉ ngơi.", author=noi, enc=e2)
    e3 = c.encounter("2026-10-15", "AMB", etype("KB-NOI", "Khám bệnh - Nội khoa"),
                     reason=cc(text="Sốt kéo dài, nổi hạch cổ"), prac=noi)
    c.vitals("2026-10-15", e3, weight=47, temp=38.4, hr=104)
    for loinc, disp, text, v, u, uc, lo, hi in [
            ("2532-0", "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma", "LDH", 486, "U/L", "U/L", 135, 225),
            ("4537-7", "Erythrocyte sedimentation rate by Westergren method", "Tốc độ máu lắng (giờ 1)", 78, "mm/h", "mm/h", None, 20),
            ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "CRP", 46, "mg/L", "mg/L", None, 5),
            ("718-7", "Hemoglobin [Mass/volume] in Blood", "Huyết sắc tố (Hb)", 121, "g/L", "g/L", 120, 150)]:
        c.lab(loinc, disp, "2026-10-15", v, u, uc, lo, hi, enc=e3, text=text)
    node = c.obs(cc(text="Khám hạch ngoại vi"), "2026-10-15",
                 "Hạch cổ phải nhóm V kích thước 2 x 2,5 cm, chắc, di động kém, không đau; hạch thượng đòn phải 1 cm.",
                 cat="exam", enc=e3, performer=noi, interp="A")
    c.obs(cc(text="Siêu âm vùng cổ"), "2026-10-20",
          "Nhiều hạch cổ phải, hạch lớn nhất 24 x 18 mm, mất cấu trúc rốn hạch.", cat="imaging", interp="A")
    e4 = c.encounter("2026-11-05", "AMB", etype("KB-NOI", "Khám bệnh - Nội khoa"),
                     reason=cc(text="Sốt kéo dài, sút cân"), prac=noi)
    c.vitals("2026-11-05", e4, weight=46, temp=38.6)
    c.medreq(atc("N02BE01", "paracetamol", "Paracetamol 500 mg"), "2026-11-05", "Uống 1 viên khi sốt, tối đa 4 viên/ngày",
             requester=noi, reason_ref=[viral], route="oral", as_needed=True, enc=e4)
    c.note("Phiếu khám bệnh - tái khám", "2026-11-05", "09:30",
           "Bệnh nhân nữ 38 tuổi, sốt kéo dài từ cuối tháng 5/2026. Chồng đi cùng và trả lời thay phần lớn câu hỏi. "
           "Vẫn sốt chiều, ra mồ hôi đêm, sút 6 kg (52 -> 46 kg). Hạch cổ phải 2 cm. LDH 486, máu lắng 78, CRP 46.\n"
           "Chẩn đoán: Nhiễm virus, không đặc hiệu (B34.9).\n"
           "Xử trí: điều trị triệu chứng, hạ sốt, tái khám sau 1 tháng.", author=noi, enc=e4)
    return c


# ------------------------------------------------------------------ B3  MPP positive (mitral valve replacement)
def b3(cid):
    c = Case(cid, VN)
    tim, pt = setup(c, [("Vũ", "Đức Thắng", "Bác sĩ Tim mạch", "male"),
                        ("Lương", "Minh Tuấn", "Phẫu thuật viên Tim mạch - Lồng ngực", "male")])
    vn_patient(c, "Lê", "Thị Hoa", "female", "1971-10-10", "Thôn Đông, xã Tân Hội", "Huyện Đan Phượng",
               relatives=[("Con trai", "Nguyễn Văn Khánh", "+84 977 105 662")], bhyt_prefix="HN2")
    son = c.related("SON", "natural son", "Nguyễn", "Văn Khánh", "male", phone="+84 977 105 662", text="Con trai")
    c.allergy(cc((ATC, "N02BB02", "metamizole sodium"), text="Analgin (metamizol)"), "2018-06-11",
              reaction=cc((SCT, "271807003", "Eruption of skin"), text="Nổi mẩn đỏ toàn thân"))
    ms = c.condition(icd("I05.0", "Hẹp van hai lá do thấp"), onset="2009-01-01", recorder=tim,
                     severity=cc((SCT, "24484000", "Severe")))
    af = c.condition(icd("I48", "Rung nhĩ và cuồng nhĩ"), onset="2022-03-01", recorder=tim)
    e1 = c.encounter("2026-10-02", "AMB", etype("KB-TIM", "Khám bệnh - Tim mạch"),
                     reason=cc(text="Khó thở khi gắng sức tăng dần, phù chân"), prac=tim)
    c.vitals("2026-10-02", e1, weight=48, height=152, hr=104, bp=(108, 72), spo2=95)
    mva = c.obs(cc(text="Diện tích lỗ van hai lá (siêu âm tim)"), "2026-10-05", 0.9, "cm2", cat="imaging",
                rng=(4, 6), interp="L")
    grad = c.obs(cc(text="Chênh áp trung bình qua van hai lá"), "2026-10-05", 14, "mmHg", "mm[Hg]", cat="imaging",
                 interp="H")
    paps = c.obs(cc(text="Áp lực động mạch phổi tâm thu"), "2026-10-05", 55, "mmHg", "mm[Hg]", cat="imaging",
                 rng=(None, 35), interp="H")
    c.report(dv("02.0089.1805", "Siêu âm Doppler tim"), "2026-10-05", results=[mva, grad, paps],
             cat=("CUS", "Cardiac Ultrasound"), performer=tim,
             conclusion="Hẹp van hai lá khít (MVA 0,9 cm2, chênh áp trung bình 14 mmHg), van dày, vôi hóa mép van, "
                        "điểm Wilkins 11 - không phù hợp nong van bằng bóng qua da. Hở van ba lá vừa. "
                        "ALĐMP tâm thu 55 mmHg. Nhĩ trái giãn 58 mm, không thấy huyết khối.")
    c.lab("6301-6", "INR in Platelet poor plasma by Coagulation assay", "2026-11-20", 2.4, "{INR}", "{INR}", 2.0, 3.0,
          text="INR")
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-11-20", 128, "g/L", "g/L", 120, 150, text="Hb")
    c.lab("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "2026-11-20", 71, "umol/L", "umol/L", 44, 80,
          text="Creatinin")
    for code, disp, text, dose in [("B01AA07", "acenocoumarol", "Acenocoumarol 4 mg (Sintrom)", "1/2 viên/ngày theo INR"),
                                   ("C07AB07", "bisoprolol", "Bisoprolol 2,5 mg", "1 viên/ngày"),
                                   ("C03CA01", "furosemide", "Furosemid 40 mg", "1 viên buổi sáng")]:
        c.medstmt(atc(code, disp, text), "active", "2026-10-02", dosage=dose, reason_ref=[ms], route="oral",
                  asserted="2026-11-20")
    c.medstmt(atc("J01CE08", "benzathine benzylpenicillin", "Benzathin penicilin G 1,2 triệu đơn vị"), "active",
              "2009-01-01", dosage="Tiêm bắp mỗi 4 tuần (phòng thấp)", route="im", asserted="2026-11-20")
    e2 = c.encounter("2026-10-28", "AMB", etype("HC", "Hội chẩn liên khoa Tim mạch - Phẫu thuật tim"),
                     reason=cc(text="Hẹp van hai lá khít"), prac=pt)
    c.note("Biên bản hội chẩn", "2026-10-28", "15:00",
           "Hội chẩn liên khoa (Tim mạch - Phẫu thuật Tim mạch Lồng ngực - Gây mê hồi sức).\n"
           "Bệnh nhân nữ 55 tuổi, hẹp van hai lá khít do thấp, rung nhĩ, suy tim NYHA III, tăng áp động mạch phổi. "
           "Van vôi hóa, điểm Wilkins 11, không phù hợp nong van bằng bóng.\n"
           "Kết luận: chỉ định phẫu thuật thay van hai lá cơ học, tuần hoàn ngoài cơ thể, kết hợp sửa van ba lá. "
           "Dự kiến mổ ngày 09/12/2026. Đã giải thích cho bệnh nhân và con trai (anh Khánh); gia đình đồng ý và "
           "ký cam kết phẫu thuật.", author=pt, enc=e2,
           type_cc=cc((LOINC, "11488-4", "Consult note"), text="Biên bản hội chẩn"))
    proc = c.procedure(dv("03.3912.0431", "Phẫu thuật thay van hai lá cơ học"), status="preparation",
                       reason_ref=[ms], performer=pt, enc=e2,
                       note="Lịch mổ dự kiến 09/12/2026, nhập viện 07/12/2026. Chuẩn bị: chuyển từ acenocoumarol sang "
                            "heparin trước mổ, dự trù 4 đơn vị khối hồng cầu.",
                       body_site=cc((SCT, "91134007", "Mitral valve structure")))
    c.servicerequest(dv("01.0011.PTM", "Khám tiền phẫu - Gây mê hồi sức"), "2026-10-28", status="completed",
                     category=cc((SCT, "103693007", "Diagnostic procedure")), requester=pt, occurrence="2026-11-20")
    c.servicerequest(dv("01.0098.RHM", "Khám và điều trị răng miệng trước mổ tim"), "2026-10-28", status="completed",
                     category=cc((SCT, "103693007", "Diagnostic procedure")), requester=pt, occurrence="2026-11-06")
    c.appointment(c.dt("2026-12-07", "07:30"), c.dt("2026-12-07", "09:00"), "Nhập viện chuẩn bị mổ thay van hai lá",
                  [c.pat, pt])
    return c


# ------------------------------------------------------------------ B4  UP positive (gastric cancer, palliative)
def b4(cid):
    c = Case(cid, VN)
    ub, tieuhoa, gn = setup(c, [("Hoàng", "Văn Bình", "Bác sĩ Ung bướu", "male"),
                                ("Trịnh", "Thu Trang", "Bác sĩ Tiêu hóa", "female"),
                                ("Mai", "Thị Hạnh", "Bác sĩ Chăm sóc giảm nhẹ", "female")])
    vn_patient(c, "Phạm", "Văn Minh", "male", "1950-05-19", "Xóm 3, xã Yên Sở", "Huyện Hoài Đức",
               relatives=[("Con trai", "Phạm Quốc Tuấn", "+84 904 612 883")], bhyt_prefix="HT3")
    son = c.related("SON", "natural son", "Phạm", "Quốc Tuấn", "male", phone="+84 904 612 883",
                    text="Con trai cả, người đại diện gia đình")
    c.condition(icd("I10", "Bệnh lý tăng huyết áp vô căn (nguyên phát)"), onset="2012-01-01", recorder=ub)
    e1 = c.encounter("2026-08-25", "IMP", etype("NT-TH", "Điều trị nội trú - Tiêu hóa"),
                     reason=cc(text="Đau thượng vị, sút cân, đi ngoài phân đen"), prac=tieuhoa, end="2026-09-12",
                     admit=("outp", "From outpatient department"), discharge=("home", "Home"))
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-08-25", 92, "g/L", "g/L", 130, 170, enc=e1, text="Hb")
    c.lab("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-08-25", 26, "g/L", "g/L", 35, 52, enc=e1,
          text="Albumin")
    c.lab("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", "2026-08-25", 64, "ng/mL", "ng/mL", None,
          5, enc=e1, text="CEA")
    c.procedure(dv("02.0301.0135", "Nội soi thực quản - dạ dày - tá tràng có sinh thiết"),
                date=c.dt("2026-08-27", "09:00"), performer=tieuhoa, enc=e1,
                note="Khối sùi loét vùng hang vị - bờ cong nhỏ, thâm nhiễm cứng (Borrmann IV). Sinh thiết 6 mảnh.")
    c.report(dv("25.0002.1730", "Xét nghiệm mô bệnh học sinh thiết"), "2026-08-31", cat=("SP", "Surgical Pathology"),
             enc=e1, conclusion="Ung thư biểu mô tuyến dạ dày kém biệt hóa, có tế bào nhẫn.")
    ct = c.report(dv("18.0056.0041", "Chụp cắt lớp vi tính ổ bụng có tiêm thuốc cản quang"), "2026-09-02",
                  cat=("RAD", "Radiology"), enc=e1,
                  conclusion="Dày thành hang vị, thâm nhiễm mỡ quanh dạ dày; nhiều nốt di căn phúc mạc và gan "
                             "(lớn nhất 28 mm); dịch ổ bụng mức độ vừa.")
    ca = c.condition(icd("C16.3", "U ác của hang vị"), onset="2026-08-31", recorder=ub, enc=e1,
                     stage=[{"summary": cc(text="cT4a N2 M1 (phúc mạc, gan) - giai đoạn IV")}])
    c.condition(icd("C78.6", "U ác thứ phát của sau phúc mạc và phúc mạc"), onset="2026-09-02", recorder=ub)
    c.condition(icd("C78.7", "U ác thứ phát của gan và ống mật trong gan"), onset="2026-09-02", recorder=ub)
    c.obs(cc((LOINC, "89247-1", "ECOG Performance Status score"), text="Thể trạng ECOG"), "2026-09-10",
          cc((VN_LOCAL + "ecog", "3", "ECOG 3"), text="ECOG 3"), cat="exam", performer=ub)
    e2 = c.encounter("2026-09-10", "AMB", etype("HC", "Hội chẩn Ung bướu"), reason=cc(text="Ung thư dạ dày giai đoạn IV"),
                     prac=ub)
    c.note("Biên bản hội chẩn Ung bướu", "2026-09-10", "14:00",
           "Bệnh nhân nam 76 tuổi, ung thư biểu mô tuyến hang vị dạ dày có tế bào nhẫn, di căn phúc mạc và gan, "
           "dịch ổ bụng. ECOG 3, albumin 26 g/L, sút 9 kg trong 3 tháng.\n"
           "Kết luận hội chẩn: không còn chỉ định phẫu thuật triệt căn; thể trạng không cho phép hóa trị. "
           "Không còn phương pháp điều trị đặc hiệu. Chuyển chăm sóc giảm nhẹ.\n"
           "Gia đình (con trai cả anh Tuấn) đề nghị chưa thông báo đầy đủ tiên lượng cho bệnh nhân; bác sĩ đã "
           "trao đổi với gia đình.", author=ub, enc=e2,
           type_cc=cc((LOINC, "11488-4", "Consult note"), text="Biên bản hội chẩn"))
    c.flag(cc((VN_LOCAL + "canh-bao", "KHONG-THONG-BAO-TL", "Gia đình đề nghị không thông báo đầy đủ tiên lượng"),
              text="Gia đình (con trai cả) đề nghị trao đổi tiên lượng với gia đình trước, không thông báo trực tiếp "
                   "cho bệnh nhân"), "2026-09-10", author=ub, category=("admin", "Administrative"))
    c.servicerequest(cc((SCT, "306237005", "Referral to palliative care service"),
                        text="Chuyển khám Đơn vị Chăm sóc giảm nhẹ"), "2026-09-10", status="active",
                     category=cc((SCT, "3457005", "Patient referral")), reason_ref=[ca], requester=ub, performer=gn,
                     enc=e2)
    c.careplan("Kế hoạch chăm sóc giảm nhẹ", "active", "plan", "2026-09-12", author=gn, addresses=[ca],
               category=cc((SCT, "103735009", "Palliative care"), text="Chăm sóc giảm nhẹ"),
               description="Kiểm soát đau, chọc tháo dịch ổ bụng khi cần, hỗ trợ dinh dưỡng, hỗ trợ tâm lý gia đình.",
               activities=[{"text": "Giảm đau bậc 3 - morphin uống", "status": "in-progress"},
                           {"text": "Chọc tháo dịch ổ bụng khi căng tức", "status": "in-progress"},
                           {"text": "Tư vấn gia đình, chăm sóc tại nhà", "status": "in-progress"}])
    c.medreq(atc("N02AA01", "morphine", "Morphin sulfat 10 mg viên"), "2026-09-12", "Uống 1 viên mỗi 6 giờ, thêm 1 viên khi đau",
             requester=gn, reason_ref=[ca], route="oral", freq=4, dose=(10, "mg"), category="discharge")
    c.medreq(atc("A02BC01", "omeprazole", "Omeprazol 20 mg"), "2026-09-12", "Uống 1 viên trước ăn sáng",
             requester=gn, route="oral", category="discharge")
    e3 = c.encounter("2026-10-20", "IMP", etype("NT-GN", "Điều trị nội trú - Chăm sóc giảm nhẹ"),
                     reason=cc(text="Bụng căng tức do dịch ổ bụng"), prac=gn, end="2026-10-23",
                     admit=("outp", "From outpatient department"), discharge=("home", "Home"))
    c.procedure(dv("01.0262.0083", "Chọc tháo dịch màng bụng"), date=c.dt("2026-10-21", "10:00"), performer=gn,
                enc=e3, note="Rút 3 lít dịch vàng chanh.")
    c.score(cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-10-21", 4,
            enc=e3)
    c.note("Tóm tắt ra viện - Chăm sóc giảm nhẹ", "2026-10-23", "10:00",
           "Bệnh nhân ung thư dạ dày giai đoạn IV, điều trị chăm sóc giảm nhẹ. Chọc tháo 3 lít dịch ổ bụng, "
           "bệnh nhân dễ chịu hơn. Đau kiểm soát (VAS 4/10) với morphin uống. Con trai chăm sóc tại nhà. "
           "Hẹn khám lại Đơn vị Chăm sóc giảm nhẹ sau 2 tuần hoặc khi bụng căng.", author=gn, enc=e3,
           type_cc=cc((LOINC, "18842-5", "Discharge summary"), text="Giấy ra viện"))
    return c


# ------------------------------------------------------------------ B5  HIT positive (haemodialysis started)
def b5(cid):
    c = Case(cid, VN)
    than, cc_doc, dd = setup(c, [("Đỗ", "Thị Minh Phương", "Bác sĩ Thận - Tiết niệu", "female"),
                                 ("Ngô", "Xuân Trường", "Bác sĩ Hồi sức cấp cứu", "male"),
                                 ("Lý", "Thị Hằng", "Điều dưỡng Thận nhân tạo", "female")])
    vn_patient(c, "Đỗ", "Văn Thành", "male", "1976-12-03", "Số 7 ngõ 31 Hoàng Cầu", "Quận Đống Đa",
               relatives=[("Vợ", "Phan Thị Thúy", "+84 936 771 205")])
    wife = c.related("WIFE", "wife", "Phan", "Thị Thúy", "female", phone="+84 936 771 205", text="Vợ")
    e1 = c.encounter("2026-10-05", "EMER", etype("CC", "Cấp cứu"), reason=cc(text="Khó thở, phù toàn thân, nôn"),
                     prac=cc_doc, time="21:10", end_time="23:40", priority=("EM", "emergency"))
    c.vitals("2026-10-05", e1, hr=112, bp=(196, 118), spo2=90, time="21:15")
    for loinc, disp, text, v, u, uc, lo, hi in [
            ("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "Creatinin", 1120, "umol/L", "umol/L", 62, 106),
            ("22664-7", "Urea [Moles/volume] in Serum or Plasma", "Ure", 38.2, "mmol/L", "mmol/L", 2.5, 7.5),
            ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "Kali", 6.1, "mmol/L", "mmol/L", 3.5, 5.0),
            ("718-7", "Hemoglobin [Mass/volume] in Blood", "Hb", 78, "g/L", "g/L", 130, 170)]:
        c.lab(loinc, disp, "2026-10-05", v, u, uc, lo, hi, enc=e1, text=text)
    esrd = c.condition(icd("N18.5", "Bệnh thận mạn, giai đoạn 5"), onset="2026-10-05", recorder=than, enc=e1,
                       note="Lần đầu phát hiện; siêu âm hai thận teo nhỏ (8,1 và 7,9 cm), mất phân biệt vỏ tủy.")
    c.condition(icd("I12.0", "Bệnh thận do tăng huyết áp có suy thận"), onset="2026-10-05", recorder=than)
    e2 = c.encounter("2026-10-05", "IMP", etype("NT-THAN", "Điều trị nội trú - Thận tiết niệu"),
                     reason=cc(text="Bệnh thận mạn giai đoạn cuối"), prac=than, time="23:40", end="2026-10-19",
                     admit=("emd", "From accident/emergency department"), discharge=("home", "Home"))
    c.procedure(dv("01.0155.0240", "Thận nhân tạo cấp cứu (catheter tĩnh mạch đùi)"), period={
                "start": c.dt("2026-10-06", "01:30"), "end": c.dt("2026-10-06", "03:30")},
                performer=than, reason_ref=[esrd], enc=e2)
    c.procedure(dv("03.2512.0265", "Phẫu thuật tạo thông động tĩnh mạch (AVF) cẳng tay trái"),
                date=c.dt("2026-11-02", "09:00"), performer=than, reason_ref=[esrd],
                note="Cầu nối quay - đầu tĩnh mạch tay trái, đang chờ trưởng thành.")
    cp = c.careplan("Thận nhân tạo chu kỳ", "active", "plan", "2026-10-12", author=than, addresses=[esrd],
                    category=cc((SCT, "302497006", "Hemodialysis"), text="Thận nhân tạo chu kỳ"),
                    description="Chạy thận nhân tạo 3 buổi/tuần (thứ 2-4-6), mỗi buổi 4 giờ, qua catheter hầm "
                                "tĩnh mạch cảnh trong phải cho đến khi AVF trưởng thành.",
                    activities=[{"text": "Thận nhân tạo 3 buổi/tuần x 4 giờ",
                                 "code": cc((SCT, "302497006", "Hemodialysis")), "status": "in-progress"},
                                {"text": "Erythropoietin 4000 UI tiêm dưới da 2 lần/tuần", "status": "in-progress"},
                                {"text": "Chế độ ăn hạn chế kali, phospho, muối, nước", "status": "in-progress"}])
    for d in ["2026-11-23", "2026-11-25", "2026-11-27"]:
        e = c.encounter(d, "AMB", etype("TNT", "Thận nhân tạo chu kỳ"), reason=cc(text="Chạy thận định kỳ"),
                        prac=dd, time="07:00", end_time="11:15")
        c.procedure(cc((SCT, "302497006", "Hemodialysis"), (VN_DVKT, "01.0156.0241", "Thận nhân tạo chu kỳ"),
                       text="Thận nhân tạo chu kỳ"),
                    period={"start": c.dt(d, "07:10"), "end": c.dt(d, "11:10")}, performer=dd, reason_ref=[esrd],
                    enc=e)
        if d == "2026-11-23":
            c.lab("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", d, 742, "umol/L", "umol/L", 62, 106,
                  enc=e, text="Creatinin trước lọc")
            c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", d, 5.2, "mmol/L", "mmol/L", 3.5, 5.0,
                  enc=e, text="Kali trước lọc")
            c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", d, 92, "g/L", "g/L", 130, 170, enc=e, text="Hb")
        if d != "2026-11-25":
            c.medadmin(atc("B03XA01", "erythropoietin", "Epoetin alfa 4000 UI"), d, "11:00", dose=(4000, "[iU]"),
                       route="sc", performer=dd, enc=e)
    for code, disp, text, dose in [("C08CA01", "amlodipine", "Amlodipin 10 mg", "1 viên/ngày"),
                                   ("V03AE02", "sevelamer", "Sevelamer 800 mg", "1 viên x 3 lần trong bữa ăn"),
                                   ("A12AA04", "calcium carbonate", "Calci carbonat 500 mg", "1 viên/ngày")]:
        c.medreq(atc(code, disp, text), "2026-10-19", dose, requester=than, reason_ref=[esrd], route="oral",
                 category="discharge")
    c.note("Tóm tắt bệnh án ra viện", "2026-10-19", "10:00",
           "Bệnh nhân nam 50 tuổi, vào cấp cứu 05/10/2026 vì khó thở, phù, nôn. Chưa từng khám thận. "
           "Creatinin 1120 umol/L, kali 6,1, Hb 78. Siêu âm thận teo hai bên. Chẩn đoán: Bệnh thận mạn giai đoạn "
           "cuối do tăng huyết áp.\nĐã lọc máu cấp cứu qua catheter đùi, sau đó đặt catheter hầm cảnh phải và "
           "bắt đầu thận nhân tạo chu kỳ từ 12/10/2026, 3 buổi/tuần. Đã giải thích cho bệnh nhân và vợ về điều trị "
           "thay thế thận suốt đời; gia đình đồng ý chạy thận, sẽ tìm hiểu thêm về ghép thận sau.",
           author=than, enc=e2, type_cc=cc((LOINC, "18842-5", "Discharge summary"), text="Giấy ra viện"))
    return c


# ------------------------------------------------------------------ B6  HIT near miss (tamoxifen, QoL below MCID)
def b6(cid):
    c = Case(cid, VN)
    ub, ngoai = setup(c, [("Hoàng", "Văn Bình", "Bác sĩ Ung bướu", "male"),
                          ("Tạ", "Thị Kim Oanh", "Bác sĩ Ngoại vú", "female")])
    vn_patient(c, "Vũ", "Thị Mai", "female", "1954-07-21", "Số 88 phố Kim Mã", "Quận Ba Đình",
               relatives=[("Con gái", "Nguyễn Thị Hồng", "+84 915 448 023")], bhyt_prefix="HT3", marital="W")
    dau = c.related("DAU", "natural daughter", "Nguyễn", "Thị Hồng", "female", phone="+84 915 448 023",
                    text="Con gái")
    c.condition(icd("E78.5", "Tăng lipid máu, không đặc hiệu"), onset="2016-01-01", recorder=ub)
    ca = c.condition(icd("C50.4", "U ác của góc phần tư trên ngoài của vú"), onset="2026-02-10", recorder=ngoai,
                     stage=[{"summary": cc(text="pT1c N0 (0/3 hạch cửa) M0, giai đoạn IA, RE+ RP+ HER2-")}])
    c.procedure(dv("12.0318.1109", "Phẫu thuật cắt rộng u vú và sinh thiết hạch cửa"), date=c.dt("2026-02-26", "08:30"),
                performer=ngoai, reason_ref=[ca], outcome=cc(text="Diện cắt âm tính"))
    e1 = c.encounter("2026-03-18", "AMB", etype("KB-UB", "Khám bệnh - Ung bướu"),
                     reason=cc(text="Điều trị bổ trợ sau mổ ung thư vú"), prac=ub)
    qol1 = c.score(cc((VN_LOCAL + "pro", "QLQ-C30-GHS", "EORTC QLQ-C30 Tình trạng sức khỏe chung/chất lượng cuộc sống"),
                      text="EORTC QLQ-C30 - điểm sức khỏe chung"), "2026-03-18", 75.0, enc=e1, unit="{score}")
    tam = c.medreq(atc("L02BA01", "tamoxifen", "Tamoxifen 20 mg"), "2026-03-18", "Uống 1 viên/ngày, 5 năm",
                   requester=ub, reason_ref=[ca], route="oral", dose=(20, "mg"), enc=e1,
                   validity={"start": "2026-03-18", "end": "2031-03-18"})
    c.note("Phiếu khám - Ung bướu", "2026-03-18", "10:30",
           "Bệnh nhân nữ 72 tuổi, sau mổ cắt rộng u vú trái + sinh thiết hạch cửa (26/02/2026): ung thư biểu mô "
           "ống xâm nhập 14 mm, độ 1, hạch 0/3, RE 95 %, RP 80 %, HER2 âm tính.\n"
           "Hội chẩn: nguy cơ thấp, tuổi > 70 - không xạ trị, không hóa trị; điều trị nội tiết tamoxifen 5 năm. "
           "Con gái đi cùng, đồng ý thay mẹ ký phiếu.", author=ub, enc=e1)
    e2 = c.encounter("2026-09-16", "AMB", etype("KB-UB", "Khám bệnh - Ung bướu"),
                     reason=cc(text="Tái khám điều trị nội tiết"), prac=ub)
    c.vitals("2026-09-16", e2, weight=54, bp=(128, 78))
    c.score(cc((VN_LOCAL + "pro", "QLQ-C30-GHS", "EORTC QLQ-C30 Tình trạng sức khỏe chung/chất lượng cuộc sống"),
               text="EORTC QLQ-C30 - điểm sức khỏe chung"), "2026-09-16", 66.7, enc=e2, unit="{score}")
    c.obs(cc(text="Siêu âm tuyến vú hai bên"), "2026-09-16", "Không thấy tổn thương tái phát.", cat="imaging",
          interp="N", enc=e2)
    for loinc, disp, text, v, u, uc, lo, hi in [
            ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "ALT", 24, "U/L", "U/L", None, 40),
            ("718-7", "Hemoglobin [Mass/volume] in Blood", "Hb", 128, "g/L", "g/L", 120, 150)]:
        c.lab(loinc, disp, "2026-09-16", v, u, uc, lo, hi, enc=e2, text=text)
    c.note("Phiếu khám - Ung bướu, tái khám", "2026-09-16", "10:45",
           "Đang uống tamoxifen 6 tháng, dung nạp tốt. Bốc hỏa nhẹ ban đêm, không ra máu âm đạo. "
           "Con gái cho biết mẹ vẫn sinh hoạt, đi chợ bình thường. EORTC QLQ-C30 sức khỏe chung 75 -> 66,7 "
           "(giảm dưới mức có ý nghĩa lâm sàng). Khám vú không phát hiện bất thường. Tiếp tục tamoxifen. "
           "Tái khám sau 6 tháng.", author=ub, enc=e2)
    return c


# ------------------------------------------------------------------ B7  PRC positive (son asks for second opinion)
def b7(cid):
    c = Case(cid, VN)
    thk, = setup(c, [("Bùi", "Thanh Sơn", "Bác sĩ Thần kinh - Cột sống", "male")])
    vn_patient(c, "Hoàng", "Thị Bích", "female", "1958-01-30", "Số 3 ngõ 66 Lạc Long Quân", "Quận Tây Hồ",
               relatives=[("Con trai", "Trần Hoàng Nam", "+84 988 305 114")], bhyt_prefix="HT3", marital="W")
    son = c.related("SON", "natural son", "Trần", "Hoàng Nam", "male", phone="+84 988 305 114", text="Con trai")
    c.condition(icd("I10", "Bệnh lý tăng huyết áp vô căn (nguyên phát)"), onset="2015-01-01", recorder=thk)
    st = c.condition(icd("M48.0", "Hẹp ống sống"), onset="2026-04-01", recorded="2026-05-12", recorder=thk,
                     body_site=cc(text="Cột sống thắt lưng L4-L5"))
    c.medstmt(atc("C09CA01", "losartan", "Losartan 50 mg"), "active", "2015-01-01", dosage="1 viên/ngày",
              route="oral", asserted="2026-11-03")
    e1 = c.encounter("2026-05-12", "AMB", etype("KB-TK", "Khám bệnh - Thần kinh"),
                     reason=cc(text="Đau lưng lan xuống hai chân, tê chân khi đi bộ"), prac=thk)
    c.score(cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-05-12", 6,
            enc=e1)
    c.report(dv("18.0112.0068", "Chụp cộng hưởng từ cột sống thắt lưng"), "2026-05-14", cat=("RAD", "Radiology"),
             conclusion="Thoái hóa cột sống thắt lưng; phì đại dây chằng vàng và khối khớp L4-L5 gây hẹp ống sống "
                        "mức độ vừa (đường kính trước sau 9 mm). Không trượt đốt sống.")
    c.medreq(atc("N03AX16", "pregabalin", "Pregabalin 75 mg"), "2026-05-14", "Uống 1 viên x 2 lần/ngày",
             requester=thk, reason_ref=[st], route="oral", freq=2)
    c.medreq(atc("M01AH01", "celecoxib", "Celecoxib 200 mg"), "2026-05-14", "Uống 1 viên/ngày sau ăn, khi đau",
             requester=thk, reason_ref=[st], route="oral", as_needed=True)
    c.servicerequest(dv("17.0005.PHCN", "Vật lý trị liệu cột sống thắt lưng"), "2026-05-14", status="completed",
                     category=cc(text="Phục hồi chức năng"), requester=thk, reason_ref=[st],
                     occurrence_period={"start": "2026-05-18", "end": "2026-07-31"})
    e2 = c.encounter("2026-11-03", "AMB", etype("KB-TK", "Khám bệnh - Thần kinh"),
                     reason=cc(text="Tái khám hẹp ống sống thắt lưng"), prac=thk)
    c.score(cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-11-03", 6,
            enc=e2)
    c.note("Phiếu khám - Thần kinh, tái khám", "2026-11-03", "09:20",
           "Bệnh nhân nữ 68 tuổi, hẹp ống sống thắt lưng L4-L5 mức độ vừa. Con trai đi cùng. Vẫn đau lưng, tê hai "
           "chân khi đi bộ khoảng 300 m, VAS 6/10. Đã tập vật lý trị liệu 10 tuần.\n"
           "Khám: không yếu cơ, phản xạ gân xương bình thường, không rối loạn cơ tròn.\n"
           "Hướng xử trí: tiếp tục điều trị nội khoa bảo tồn, tập luyện tại nhà. Tái khám sau 3 tháng.",
           author=thk, enc=e2)
    msg = c.communication(c.dt("2026-11-10", "20:45"), son, thk,
                          "Kính gửi bác sĩ Sơn, tôi là Trần Hoàng Nam, con trai bệnh nhân Hoàng Thị Bích (đã khám tại "
                          "phòng khám Thần kinh ngày 03/11/2026). Mẹ tôi vẫn đau lưng và tê chân hơn 6 tháng nay, đi bộ được rất ít, "
                          "mẹ tôi thấy lo lắng vì mỗi lần khám chỉ được dặn tiếp tục uống thuốc. Mẹ tôi và gia đình "
                          "mong muốn được xin ý kiến của một bác sĩ chuyên khoa khác (ý kiến thứ hai) về việc điều trị, "
                          "kể cả có cần mổ hay không. Xin bác sĩ giới thiệu giúp gia đình. Mẹ tôi đã đồng ý để tôi "
                          "gửi tin nhắn này. Trân trọng cảm ơn.",
                          category="notification", medium=("ONLINEWRIT", "online written"),
                          topic=cc(text="Xin ý kiến chuyên gia thứ hai"), received=c.dt("2026-11-11", "07:30"))
    c.communication(c.dt("2026-11-11", "10:15"), thk, son,
                    "Phòng khám đã nhận tin nhắn của gia đình. Bác sĩ sẽ trao đổi thêm khi bệnh nhân tái khám.",
                    in_response_to=[msg], medium=("ONLINEWRIT", "online written"))
    return c


# ------------------------------------------------------------------ B8  WDT near miss (BP rising off treatment)
def b8(cid):
    c = Case(cid, VN)
    noi, = setup(c, [("Nguyễn", "Thị Thu Hà", "Bác sĩ chuyên khoa II Nội tổng hợp", "female")])
    vn_patient(c, "Bùi", "Văn Long", "male", "1969-04-12", "Số 21 phố Nguyễn Trãi", "Quận Thanh Xuân",
               relatives=[("Vợ", "Đào Thị Hương", "+84 912 887 640")])
    htn = c.condition(icd("I10", "Bệnh lý tăng huyết áp vô căn (nguyên phát)"), onset="2021-03-01", recorder=noi)
    lip = c.condition(icd("E78.5", "Tăng lipid máu, không đặc hiệu"), onset="2021-03-01", recorder=noi)
    c.medstmt(atc("C08CA01", "amlodipine", "Amlodipin 5 mg"), "stopped", "2021-03-01", end="2026-05-10",
              dosage="1 viên/ngày", reason_ref=[htn], asserted="2026-06-18", route="oral",
              status_reason=cc(text="Bệnh nhân tự ngừng thuốc (hết thuốc, không tái khám)"),
              note="Bệnh nhân khai tự ngừng amlodipin từ khoảng 10/05/2026 vì thấy khỏe.")
    c.medstmt(atc("C10AA05", "atorvastatin", "Atorvastatin 10 mg"), "active", "2021-03-01", dosage="1 viên buổi tối",
              reason_ref=[lip], asserted="2026-11-12", route="oral")
    readings = [("2026-06-18", 148, 94, "Khám sức khỏe định kỳ"), ("2026-08-20", 156, 96, "Đau khớp gối phải"),
                ("2026-11-12", 164, 100, "Đau đầu vùng chẩm buổi sáng")]
    for d, s, di, why in readings:
        e = c.encounter(d, "AMB", etype("KB-NOI", "Khám bệnh - Nội tổng hợp"), reason=cc(text=why), prac=noi)
        c.vitals(d, e, bp=(s, di), hr=80, weight=76)
        if d == "2026-06-18":
            c.lab("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", d, 92, "umol/L", "umol/L", 62, 106,
                  enc=e, text="Creatinin")
            c.lab("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", d, 4.6, "mmol/L", "mmol/L", None, 5.2,
                  enc=e, text="Cholesterol toàn phần")
            c.note("Phiếu khám sức khỏe định kỳ", d, "10:00",
                   "HA 148/94 mmHg. Bệnh nhân cho biết đã tự ngừng amlodipin khoảng 1 tháng nay vì hết thuốc và thấy "
                   "khỏe. Tư vấn dùng lại thuốc và tái khám; bệnh nhân hẹn sẽ quay lại.", author=noi, enc=e)
        if d == "2026-08-20":
            c.note("Phiếu khám - Nội", d, "09:30",
                   "Đau khớp gối phải khi leo cầu thang. HA 156/96. Vẫn chưa dùng lại thuốc huyết áp. "
                   "Kê paracetamol khi đau, dặn mua lại amlodipin.", author=noi, enc=e)
        if d == "2026-11-12":
            c.lab("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", d, 95, "umol/L", "umol/L", 62, 106,
                  enc=e, text="Creatinin")
            c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", d, 4.2, "mmol/L", "mmol/L", 3.5, 5.0,
                  enc=e, text="Kali")
            c.obs(cc((LOINC, "11524-6", "EKG study"), text="Điện tâm đồ"), d, "Nhịp xoang 78 ck/ph, không dày thất trái.",
                  cat="procedure", enc=e, interp="N")
            c.medreq(atc("C08CA01", "amlodipine", "Amlodipin 5 mg"), d, "Uống 1 viên buổi sáng", requester=noi,
                     reason_ref=[htn], route="oral", enc=e)
            c.medreq(atc("C09CA01", "losartan", "Losartan 50 mg"), d, "Uống 1 viên buổi sáng", requester=noi,
                     reason_ref=[htn], route="oral", enc=e)
            c.note("Phiếu khám - Nội", d, "09:50",
                   "Đau đầu vùng chẩm buổi sáng. HA 164/100. Bệnh nhân vẫn không uống thuốc huyết áp từ tháng 5. "
                   "Vợ đi cùng, cam kết nhắc chồng uống thuốc. Kê lại amlodipin 5 mg + losartan 50 mg. "
                   "Tái khám sau 2 tuần.", author=noi, enc=e)
    return c


# ------------------------------------------------------------------ B9  RCC positive (Wilson disease)
def b9(cid):
    c = Case(cid, VN)
    nhi, gan = setup(c, [("Lã", "Thị Ngọc Anh", "Bác sĩ Nhi - Tiêu hóa gan mật", "female"),
                         ("Kiều", "Văn Hải", "Bác sĩ Thần kinh", "male")])
    vn_patient(c, "Ngô", "Minh Khoa", "male", "2009-09-05", "Thôn Phú Mỹ, xã Mỹ Hưng", "Huyện Thanh Oai",
               relatives=[("Bố", "Ngô Văn Sơn", "+84 966 102 378")], bhyt_prefix="HS4", marital="S")
    dad = c.related("FTH", "father", "Ngô", "Văn Sơn", "male", phone="+84 966 102 378", text="Bố, người giám hộ")
    e1 = c.encounter("2026-04-06", "IMP", etype("NT-NHI", "Điều trị nội trú - Nhi tiêu hóa gan mật"),
                     reason=cc(text="Run tay, nói khó, men gan tăng"), prac=nhi, end="2026-04-17",
                     admit=("outp", "From outpatient department"), discharge=("home", "Home"))
    cer = c.lab("2064-4", "Ceruloplasmin [Mass/volume] in Serum or Plasma", "2026-04-07", 0.06, "g/L", "g/L", 0.2, 0.6,
                enc=e1, text="Ceruloplasmin")
    cu = c.obs(cc((VN_DVKT, "23.0033.1482", "Định lượng đồng niệu 24 giờ"), text="Đồng niệu 24 giờ"), "2026-04-08",
               320, "ug/(24.h)", "ug/(24.h)", rng=(None, 40), interp="H", enc=e1)
    alt = c.lab("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "2026-04-07",
                186, "U/L", "U/L", None, 40, enc=e1, text="ALT")
    kf = c.obs(cc(text="Khám đèn khe (mắt)"), "2026-04-09", "Vòng Kayser-Fleischer hai mắt.", cat="exam", enc=e1,
               interp="A")
    gen = c.report(cc((VN_LOCAL + "xn-gen", "ATP7B-SEQ", "Giải trình tự gen ATP7B"), text="Xét nghiệm gen ATP7B"),
                   "2026-05-20", cat=("GE", "Genetics"),
                   conclusion="Dị hợp tử kép ATP7B: c.2333G>T (p.Arg778Leu) và c.2975C>T (p.Pro992Leu), "
                              "đều phân loại gây bệnh. Phù hợp bệnh Wilson.")
    wd = c.condition(cc((ICDVN, "E83.0", "Rối loạn chuyển hóa đồng"), (ORPHA, "905", "Wilson disease"),
                        (SCT, "88518009", "Wilson's disease"), text="Bệnh Wilson (thể gan - thần kinh)"),
                     onset="2026-04-09", recorder=nhi, enc=e1, evidence=[{"detail": [cer, cu, kf, gen]}])
    c.medstmt(atc("M01CC01", "penicillamine", "D-penicillamin 250 mg"), "active", "2026-04-12",
              dosage="Uống 2 viên x 2 lần/ngày, lúc đói", reason_ref=[wd], route="oral", asserted="2026-10-19")
    c.medstmt(atc("A11HA02", "pyridoxine (vit B6)", "Vitamin B6 25 mg"), "active", "2026-04-12", dosage="1 viên/ngày",
              route="oral", asserted="2026-10-19")
    c.medstmt(atc("A12CB01", "zinc sulfate", "Kẽm sulfat 50 mg"), "active", "2026-06-15",
              dosage="1 viên x 3 lần/ngày, xa bữa ăn", reason_ref=[wd], route="oral", asserted="2026-10-19")
    c.note("Tóm tắt bệnh án ra viện", "2026-04-17", "10:00",
           "Bệnh nhi nam 16 tuổi, bố đưa đi khám và cung cấp bệnh sử. Run tay 4 tháng, nói khó, học sút. ALT 186, "
           "ceruloplasmin 0,06 g/L, đồng niệu 24 giờ 320 ug, vòng Kayser-Fleischer hai mắt. Điểm Leipzig 6.\n"
           "Chẩn đoán: Bệnh Wilson thể gan - thần kinh. Bắt đầu D-penicillamin tăng liều dần + vitamin B6.\n"
           "Đã tư vấn di truyền: khám sàng lọc cho em gái 12 tuổi.", author=nhi, enc=e1,
           type_cc=cc((LOINC, "18842-5", "Discharge summary"), text="Giấy ra viện"))
    for d, altv in [("2026-07-13", 88), ("2026-10-19", 52)]:
        e = c.encounter(d, "AMB", etype("KB-NHI", "Khám bệnh - Nhi tiêu hóa gan mật"),
                        reason=cc(text="Tái khám bệnh Wilson"), prac=nhi)
        c.lab("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", d, altv, "U/L",
              "U/L", None, 40, enc=e, text="ALT")
        c.lab("6690-2", "Leukocytes [#/volume] in Blood by Automated count", d, 6.1, "10*9/L", "10*9/L", 4, 10, enc=e,
              text="Bạch cầu")
    e3 = c.encounter("2026-10-19", "AMB", etype("KB-TK", "Khám bệnh - Thần kinh"), reason=cc(text="Run tay, nói khó"),
                     prac=gan)
    c.note("Phiếu khám - Thần kinh", "2026-10-19", "14:00",
           "Bệnh Wilson đang điều trị D-penicillamin + kẽm. Run tay giảm, nói rõ hơn. ALT giảm dần (186 -> 52). "
           "Bố cho biết cháu đã đi học lại. Tiếp tục điều trị, theo dõi công thức máu, nước tiểu mỗi 3 tháng.",
           author=gan, enc=e3)
    return c


# ------------------------------------------------------------------ B10  RCC near miss (only four chronic conditions)
def b10(cid):
    c = Case(cid, VN)
    noi, = setup(c, [("Phạm", "Quang Huy", "Bác sĩ Nội khoa", "male")])
    vn_patient(c, "Đặng", "Văn Tư", "male", "1956-11-25", "Số 140 đường Âu Cơ", "Quận Tây Hồ",
               relatives=[("Con gái", "Đặng Thu Hiền", "+84 913 550 291")], bhyt_prefix="HT3")
    dau = c.related("DAU", "natural daughter", "Đặng", "Thu Hiền", "female", phone="+84 913 550 291", text="Con gái")
    htn = c.condition(icd("I10", "Bệnh lý tăng huyết áp vô căn (nguyên phát)"), onset="2010-01-01", recorder=noi)
    dm = c.condition(icd("E11.9", "Bệnh đái tháo đường không phụ thuộc insulin, không có biến chứng"),
                     onset="2016-01-01", recorder=noi)
    lip = c.condition(icd("E78.5", "Tăng lipid máu, không đặc hiệu"), onset="2016-01-01", recorder=noi)
    gout = c.condition(icd("M10.9", "Bệnh gút, không đặc hiệu"), onset="2019-06-01", recorder=noi)
    c.condition(icd("J18.9", "Viêm phổi, không đặc hiệu"), onset="2025-12-02", clinical="resolved",
                abatement="2025-12-20", cat="encounter-diagnosis", recorder=noi)
    c.condition(icd("N39.0", "Nhiễm khuẩn hệ tiết niệu, vị trí không xác định"), onset="2026-05-11", clinical="resolved",
                abatement="2026-05-20", cat="encounter-diagnosis", recorder=noi)
    c.condition(icd("K29.1", "Viêm dạ dày cấp khác"), onset="2026-08-03", clinical="resolved", abatement="2026-08-20",
                cat="encounter-diagnosis", recorder=noi)
    for code, disp, text, dose, cond in [("C09CA01", "losartan", "Losartan 50 mg", "1 viên/ngày", htn),
                                         ("A10BA02", "metformin", "Metformin 850 mg", "1 viên x 2 lần/ngày", dm),
                                         ("C10AA05", "atorvastatin", "Atorvastatin 20 mg", "1 viên buổi tối", lip),
                                         ("M04AA01", "allopurinol", "Allopurinol 300 mg", "1 viên/ngày", gout)]:
        c.medstmt(atc(code, disp, text), "active", "2026-01-01", dosage=dose, reason_ref=[cond], route="oral",
                  asserted="2026-11-16")
    for d, a1c, ua, bpv in [("2026-05-18", 6.9, 352, (130, 80)), ("2026-08-17", 7.0, 340, (128, 78)),
                            ("2026-11-16", 6.8, 331, (126, 78))]:
        e = c.encounter(d, "AMB", etype("KB-NOI", "Khám bệnh - Nội khoa (bệnh mạn tính)"),
                        reason=cc(text="Tái khám định kỳ bệnh mạn tính"), prac=noi)
        c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", d, a1c, "%", "%", 4.0, 6.0, enc=e, text="HbA1c")
        c.obs(
            cc((LOINC, "14933-6", "Urate [Moles/volume] in Serum or Plasma"), text="Acid uric"), d, ua, "umol/L",
            rng=(202, 416), interp="N", enc=e)
        c.vitals(d, e, bp=bpv, weight=68)
    c.lab("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)",
          "2026-11-16", 74, "mL/min/1.73m2", "mL/min/{1.73_m2}", 60, None, text="eGFR")
    c.note("Phiếu khám bệnh mạn tính - tái khám", "2026-11-16", "09:00",
           "Bệnh nhân nam 70 tuổi, con gái đi cùng. Tăng huyết áp, đái tháo đường typ 2, rối loạn lipid máu, gút - "
           "ổn định. Viêm phổi 12/2025, nhiễm khuẩn tiết niệu 05/2026 và viêm dạ dày cấp 08/2026 đã khỏi.\n"
           "HbA1c 6,8 %, acid uric 331 umol/L, HA 126/78. Không có cơn gút từ đầu năm.\n"
           "Tiếp tục đơn thuốc cũ, tái khám sau 3 tháng.", author=noi)
    return c


CASES = [
    (b1, "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
     "Positive faecal immunochemical assay with iron-deficiency anaemia (Hb 98 g/L, ferritin 7) in July 2026; only oral "
     "iron given, with no colonoscopy or referral in the four months since (Murphy red flag without follow-up).",
     "FIT-positive iron-deficiency anaemia treated with iron only, no colonoscopy"),
    (b2, "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
     "'Viral infection, unspecified' (B34.9) has stayed the diagnosis for over five months while fever, night sweats "
     "and 6 kg weight loss continue and lymphadenopathy, LDH 486 and ESR 78 appear that the label cannot explain.",
     "Prolonged fever kept as 'viral infection unspecified' despite nodes and raised LDH"),
    (b3, "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
     "Mechanical mitral valve replacement on cardiopulmonary bypass is in preparation (Procedure status preparation) "
     "for 2026-12-09 for severe rheumatic mitral stenosis unsuitable for balloon valvotomy.",
     "Rheumatic mitral stenosis, valve replacement scheduled 2026-12-09"),
    (b4, "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
     "Stage IV gastric cancer judged to have no specific treatment left (no surgery, unfit for chemotherapy); "
     "palliative referral and care plan active, no second opinion on record.",
     "Metastatic gastric cancer, tumour board: no specific treatment, palliative care"),
    (b5, "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
     "Maintenance haemodialysis three times a week started October 2026 for newly presenting end-stage kidney "
     "disease (care plan active, fistula maturing) — a treatment that severely affects quality of life.",
     "New end-stage kidney disease, lifelong haemodialysis started"),
    (b6, "HIGH_IMPACT_TREATMENT", "near-miss", [],
     "Only adjuvant tamoxifen is running after an already completed breast-conserving excision (no radiotherapy or "
     "chemotherapy); EORTC QLQ-C30 global health fell 75.0 -> 66.7, below the 10-point MCID.",
     "Early breast cancer on tamoxifen, small QoL dip below MCID"),
    (b7, "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
     "The patient's son, writing on her behalf and with her agreement, sends a portal message asking for a second "
     "specialist opinion on her spinal stenosis; no second opinion has taken place.",
     "Son messages, with mother's consent, asking for a second opinion"),
    (b8, "WORSENING_DESPITE_TREATMENT", "near-miss", [],
     "Blood pressure rose 148/94 -> 156/96 -> 164/100 over five months, but the patient had stopped amlodipine in May "
     "2026, so no antihypertensive treatment was running during the rise.",
     "BP rising after patient stopped amlodipine"),
    (b9, "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
     "Wilson disease (ORPHA:905), confirmed by low ceruloplasmin, raised urinary copper, Kayser-Fleischer rings and "
     "biallelic ATP7B variants, active on chelation.",
     "Adolescent with Wilson disease on penicillamine and zinc"),
    (b10, "RARE_OR_COMPLEX_CONDITION", "near-miss", [],
     "Only four active chronic conditions (hypertension, type 2 diabetes, dyslipidaemia, gout), all stable; pneumonia, "
     "urinary infection and gastritis are resolved, so the >=5-condition complexity threshold is not met.",
     "Four stable chronic conditions plus three resolved acute episodes"),
]
