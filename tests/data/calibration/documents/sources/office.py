#!/usr/bin/env python3
"""Writes the calibration documents' .docx and .xlsx files as plain Office Open XML (zip + XML), with no library.

Usage: office.py OUT_DIR
The content lives in docx_documents() and xlsx_documents() below; every name, figure and date in it is invented for
calibration (the cities 江屿市, 澄湾市, 霁川市, 榆泷市 and 棠溪市 do not exist).
"""
import os
import sys
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"


def write_zip(path, entries):
    # A fixed timestamp keeps the output byte-identical from run to run.
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in entries:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


def content_types(overrides):
    parts = "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
    return ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>' + parts + "</Types>")


def root_rels(target):
    return (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
            f'<Relationship Id="rId1" Type="{OFFICE_DOC}" Target="{target}"/></Relationships>')


# ---- Word ----

def para(text, style=None):
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def numbered(text):
    # A Word list item: the number ("1.") comes from numbering.xml (NUMBERING below), not from the text.
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
            f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')


def table(rows):
    cells = lambda row: "".join(f"<w:tc>{para(c)}</w:tc>" for c in row)
    return "<w:tbl>" + "".join(f"<w:tr>{cells(r)}</w:tr>" for r in rows) + "</w:tbl>"


STYLES = (f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W}">'
          '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>'
          "</w:styles>")


NUMBERING = (f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W}">'
             '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
             '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


def write_docx(path, blocks):
    body = "".join(blocks)
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    # Only a document with list items gets a numbering part, so the older documents keep their bytes.
    lists = "<w:numPr>" in body
    numbering_rel = ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
                     if lists else "")
    rels = (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            + numbering_rel + "</Relationships>")
    overrides = [
        ("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
        ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml")]
    if lists:
        overrides.append(("/word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"))
    entries = [
        ("[Content_Types].xml", content_types(overrides)),
        ("_rels/.rels", root_rels("word/document.xml")),
        ("word/_rels/document.xml.rels", rels),
        ("word/document.xml", document),
        ("word/styles.xml", STYLES),
    ]
    if lists:
        entries.append(("word/numbering.xml", NUMBERING))
    write_zip(path, entries)


# ---- Excel ----

def column(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def sheet_xml(rows, merges):
    out = []
    for r, row in enumerate(rows, 1):
        cells = "".join(
            f'<c r="{column(c)}{r}" t="inlineStr"><is><t xml:space="preserve">{escape(v)}</t></is></c>'
            for c, v in enumerate(row) if v)
        out.append(f'<row r="{r}">{cells}</row>')
    merged = "".join(f'<mergeCell ref="{m}"/>' for m in merges)
    merged = f'<mergeCells count="{len(merges)}">{merged}</mergeCells>' if merges else ""
    return f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{S}"><sheetData>{"".join(out)}</sheetData>{merged}</worksheet>'


def write_xlsx(path, sheets):
    names = "".join(f'<sheet name="{escape(n)}" sheetId="{i}" r:id="rId{i}"/>' for i, (n, _, _) in enumerate(sheets, 1))
    workbook = f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{S}" xmlns:r="{R}"><sheets>{names}</sheets></workbook>'
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(sheets) + 1))
    entries = [
        ("[Content_Types].xml", content_types(
            [("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")]
            + [(f"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")
               for i in range(1, len(sheets) + 1)])),
        ("_rels/.rels", root_rels("xl/workbook.xml")),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">{rels}</Relationships>'),
    ]
    entries += [(f"xl/worksheets/sheet{i}.xml", sheet_xml(rows, merges)) for i, (_, rows, merges) in enumerate(sheets, 1)]
    write_zip(path, entries)


# ---- The documents ----

def docx_documents():
    residence = [
        para("江屿市居住证办理指南", "Title"),
        para("江屿市公安局人口管理支队  2025年3月"),
        para("一、事项名称", "Heading1"),
        para("居住证申领（首次申领）。"),
        para("二、办理对象", "Heading1"),
        para("离开常住户口所在地，到本市居住半年以上，并有合法稳定就业、合法稳定住所或者连续就读条件之一的公民。"),
        para("三、申请材料", "Heading1"),
        para("表1 申请材料清单"),
        table([
            ["序号", "材料名称", "份数", "材料形式", "备注"],
            ["1", "居民身份证", "1", "原件", "现场核验后退还"],
            ["2", "近期一寸白底免冠彩色照片", "2", "原件", "可在受理点现场采集"],
            ["3", "居住登记凭证", "1", "复印件", "由社区警务室出具"],
            ["4", "劳动合同或营业执照", "1", "复印件", "以就业条件申请时提供"],
            ["5", "房屋租赁合同或房产证", "1", "复印件", "以住所条件申请时提供"],
        ]),
        para("四、办理流程", "Heading1"),
        para("申请人持材料到居住地派出所户籍窗口提交申请，民警审核后采集照片和指纹，制证完成后短信通知领取。"),
        para("五、办理时限", "Heading1"),
        para("材料齐全、符合条件的，自受理之日起15个工作日内发放居住证。"),
        para("六、收费标准", "Heading1"),
        para("首次申领居住证不收费；因损坏、遗失申请补领或换领的，按每证20元收取工本费。"),
        para("七、办理地点", "Heading1"),
        para("居住地所在派出所户籍窗口，或江屿市政务服务中心二楼公安综合窗口（滨江大道188号）。"),
        para("八、办公时间", "Heading1"),
        para("周一至周五上午8:30-12:00，下午14:00-17:30，法定节假日除外。"),
        para("九、咨询电话", "Heading1"),
        para("0799-12345678。"),
    ]
    rental_expired = [
        para("江屿市2022年住房租赁补贴实施细则", "Title"),
        para("江屿市住房和城乡建设局  江住建发〔2022〕5号"),
        para("第一条 为减轻新就业大学生住房负担，制定本细则。本细则自2022年3月1日起施行，有效期至2023年12月31日。"),
        para("第二条 在本市新就业的全日制本科毕业生，每人每月发放住房租赁补贴500元，硕士研究生每人每月800元。"),
        para("第三条 补贴最长发放36个月，按季度发放至本人社保卡金融账户。"),
        para("第四条 申请人应在办理就业登记后6个月内，通过江屿人才网提交申请。"),
    ]
    disability = [
        para("澄湾市残疾人证办理指南", "Title"),
        para("澄湾市残疾人联合会  2025年5月"),
        para("一、适用范围", "Heading1"),
        para("户籍在本市、符合残疾标准的视力、听力、言语、肢体、智力、精神残疾人，首次申领第二代残疾人证。"),
        para("二、所需材料", "Heading1"),
        table([
            ["序号", "材料名称", "份数", "要求"],
            ["1", "户口簿", "1", "原件及复印件"],
            ["2", "居民身份证", "1", "原件及复印件，未满16周岁的可不提供"],
            ["3", "两寸白底彩色照片", "3", "近6个月内拍摄"],
            ["4", "残疾人证申请表", "1", "在乡镇（街道）残联领取或网上下载"],
        ]),
        para("三、办理程序", "Heading1"),
        para("申请人向户籍所在地乡镇（街道）残联提出申请，到指定医院进行残疾评定，县级残联审核后制发证件。"),
        para("四、办理时限", "Heading1"),
        para("自收到评定结论之日起20个工作日内完成审核发证。"),
        para("五、收费", "Heading1"),
        para("残疾人证免费办理，残疾评定费用由县级财政承担。"),
        para("六、受理地点", "Heading1"),
        para("户籍所在地乡镇（街道）残疾人联合会，或澄湾市残疾人服务中心一楼大厅（东湖路56号）。"),
    ]
    marriage = [
        para("澄湾市婚姻登记办事指南", "Title"),
        para("澄湾市民政局婚姻登记处  2026年2月"),
        para("一、事项范围", "Heading1"),
        para("内地居民结婚登记、离婚登记和补领婚姻登记证。"),
        para("二、结婚登记申请材料", "Heading1"),
        para("表1 结婚登记申请材料"),
        table([
            ["序号", "材料名称", "份数", "要求"],
            ["1", "本人户口簿", "1", "原件"],
            ["2", "本人居民身份证", "1", "原件"],
            ["3", "双方近期二寸半身免冠合影照片", "3", "红色背景"],
            ["4", "无配偶及无禁止结婚亲属关系的签字声明", "1", "在登记处现场填写"],
        ]),
        para("三、收费标准", "Heading1"),
        table([
            ["项目", "收费标准", "备注"],
            ["结婚登记", "免费", "含结婚证"],
            ["离婚登记", "免费", "—"],
            ["补领结婚证、离婚证", "每本9元", "证书工本费"],
        ]),
        para("四、办理时限", "Heading1"),
        table([
            ["事项", "办理时限"],
            ["结婚登记", "材料齐全、符合条件的当场办结"],
            ["离婚登记", "提交申请后设30日离婚冷静期，期满后30日内双方到场领取离婚证"],
            ["补领婚姻登记证", "1个工作日"],
        ]),
        para("五、办理方式", "Heading1"),
        para("当事人双方须亲自到婚姻登记处办理，不能委托他人代办；可通过“澄湾民政”微信公众号提前预约登记时间。"),
        para("六、办理地点", "Heading1"),
        para("澄湾市婚姻登记处（东湖路102号民政服务大楼一楼）。"),
        para("七、办公时间", "Heading1"),
        para("周一至周六上午9:00-12:00，下午13:30-17:00，法定节假日休息。"),
    ]
    flexible_old = [
        para("江屿市灵活就业人员社会保险补贴办法", "Title"),
        para("江屿市人力资源和社会保障局 江人社发〔2023〕8号 2023年4月10日"),
        para("第一条 为鼓励灵活就业，对符合条件的灵活就业人员给予社会保险补贴，制定本办法。"),
        para("第二条 补贴标准为每人每月200元，补贴期限最长不超过36个月。"),
        para("第三条 补贴每半年发放一次，发放至申请人本人银行账户。"),
        para("第四条 申请人登录江屿人社网提交申请，并上传缴费凭证。"),
        para("第五条 本办法自2023年5月1日起施行，有效期5年。"),
    ]
    passport = [
        para("澄湾市普通护照办理指南", "Title"),
        para("澄湾市公安局出入境管理支队  2025年9月"),
        para("一、办理对象", "Heading1"),
        para("户籍在本市的中国公民，以及在本市居住的外省市户籍中国公民。"),
        para("二、申请材料", "Heading1"),
        table([
            ["序号", "材料名称", "份数", "要求"],
            ["1", "居民身份证", "1", "原件"],
            ["2", "出入境证件申请表", "1", "现场填写"],
            ["3", "原护照", "1", "换发、补发时提供；遗失的提交遗失声明"],
        ]),
        para("三、办理时限", "Heading1"),
        para("自受理之日起7个工作日内制证；补发护照自受理之日起10个工作日内制证。"),
        para("四、收费标准", "Heading1"),
        table([
            ["项目", "收费标准", "备注"],
            ["普通护照首次申领", "每本120元", "含照相费"],
            ["普通护照换发", "每本120元", "—"],
            ["普通护照遗失补发", "每本120元", "需先报失"],
        ]),
        para("五、取证方式", "Heading1"),
        para("可选择窗口领取或邮政速递送证上门，邮寄费用由申请人承担。"),
        para("六、办理地点", "Heading1"),
        para("澄湾市出入境接待大厅（湖滨南路66号）及各区出入境窗口。"),
        para("七、办公时间", "Heading1"),
        para("周一至周五9:00-17:00，周六上午9:00-12:00。"),
    ]
    business = [
        para("江屿市个体工商户营业执照办理指南", "Title"),
        para("江屿市市场监督管理局  2026年1月"),
        para("一、事项名称", "Heading1"),
        para("个体工商户设立登记、变更登记、注销登记及营业执照遗失补领。"),
        para("二、申请材料", "Heading1"),
        table([
            ["序号", "材料名称", "份数", "要求"],
            ["1", "个体工商户登记申请书", "1", "经营者签字"],
            ["2", "经营者身份证明", "1", "原件"],
            ["3", "经营场所使用证明", "1", "租赁合同或产权证明复印件"],
        ]),
        para("三、办理时限", "Heading1"),
        table([
            ["事项", "法定时限", "承诺时限"],
            ["设立登记", "15个工作日", "1个工作日"],
            ["变更登记", "15个工作日", "1个工作日"],
            ["注销登记", "15个工作日", "当场办结"],
            ["营业执照遗失补领", "15个工作日", "当场办结"],
        ]),
        para("四、收费标准", "Heading1"),
        para("个体工商户登记及营业执照补领均不收取费用。"),
        para("五、办理渠道", "Heading1"),
        para("可通过“江屿e登记”平台全程网上办理，也可到各区政务服务中心市场监管窗口办理。"),
        para("六、咨询电话", "Heading1"),
        para("0799-87654321。"),
    ]
    social_card = [
        para("澄湾市社会保障卡办理指南", "Title"),
        para("澄湾市人力资源和社会保障局  2026年1月"),
        para("一、办理对象", "Heading1"),
        para("在本市参加社会保险的人员，以及在本市户籍登记的城乡居民。"),
        para("二、申请材料", "Heading1"),
        para("表1 申领所需材料"),
        table([
            ["序号", "材料名称", "份数", "说明"],
            ["1", "居民身份证", "1", "原件，现场核验"],
            ["2", "社会保障卡申领登记表", "1", "可在窗口领取或现场填写"],
            ["3", "近期二寸白底证件照", "1", "窗口可现场拍摄"],
            ["4", "监护人居民身份证", "1", "未满16周岁的申请人提供"],
        ]),
        para("三、办理地点", "Heading1"),
        para("各合作银行网点社保卡服务窗口，或澄湾市人力资源和社会保障局市民服务大厅（滨江路36号）一楼社保卡窗口。"),
        para("四、办理时限", "Heading1"),
        para("首次申领的，自受理之日起10个工作日内制卡；在银行网点申请即时制卡的，当场领取。"),
        para("五、收费标准", "Heading1"),
        table([
            ["业务", "收费标准", "备注"],
            ["首次申领", "免费", "—"],
            ["损坏换领", "免费", "卡面损坏、芯片失效的"],
            ["遗失补领", "工本费15元", "补领前须先办理挂失"],
        ]),
        para("六、办公时间", "Heading1"),
        para("周一至周五上午9:00-12:00，下午13:00-17:00；周六上午9:00-12:00，法定节假日除外。"),
        para("七、咨询电话", "Heading1"),
        para("社会保障服务热线0798-12333。"),
    ]
    startup_loan_old = [
        para("江屿市创业担保贷款实施办法", "Title"),
        para("江屿市人力资源和社会保障局 江人社发〔2022〕6号 2022年3月15日"),
        para("第一条 为支持创业带动就业，对符合条件的创业者提供创业担保贷款，制定本办法。"),
        para("第二条 个人创业担保贷款额度最高15万元，贷款期限最长2年。"),
        para("第三条 贷款利息由财政按贷款合同利率的50%给予贴息。"),
        para("第四条 申请人向户籍所在地街道就业服务窗口提出申请。"),
        para("第五条 本办法自2022年4月1日起施行，有效期5年。"),
    ]
    newborn = [
        para("江屿市新生儿户口登记办事指南", "Title"),
        para("江屿市公安局人口管理支队  2025年11月"),
        para("一、办理对象", "Heading1"),
        para("在本市出生、父母一方户籍在本市的新生儿。"),
        para("二、申请材料", "Heading1"),
        table([
            ["序号", "材料名称", "份数", "要求"],
            ["1", "出生医学证明", "1", "原件"],
            ["2", "父母双方户口簿", "1", "原件"],
            ["3", "父母双方居民身份证", "1", "原件"],
            ["4", "结婚证", "1", "原件；非婚生育的提供亲子鉴定证明"],
        ]),
        para("三、申报期限", "Heading1"),
        para("新生儿应当自出生之日起一个月内申报出生登记。"),
        para("四、办理时限", "Heading1"),
        para("材料齐全的当场办结；通过“江屿公安”小程序网上申报的，3个工作日内办结。"),
        para("五、收费标准", "Heading1"),
        para("新生儿出生登记不收费，同时增发的户口簿内页免费。"),
        para("六、办理地点", "Heading1"),
        para("父亲或母亲户籍所在地派出所户籍窗口。"),
        para("七、办公时间", "Heading1"),
        para("周一至周五上午8:30-12:00，下午14:00-17:30；周六上午9:00-12:00。"),
        para("八、咨询电话", "Heading1"),
        para("0799-12345610。"),
    ]
    internship_expired = [
        para("澄湾市就业见习补贴实施细则", "Title"),
        para("澄湾市人力资源和社会保障局 澄人社发〔2023〕15号 2023年6月1日"),
        para("第一条 为提升青年就业能力，对吸纳离校未就业高校毕业生参加就业见习的单位给予补贴，制定本细则。"),
        para("第二条 见习单位按每人每月1800元的标准享受就业见习补贴，见习期限为3至12个月。"),
        para("第三条 见习期满留用见习人员并签订1年以上劳动合同的，按每人2000元给予见习单位一次性留用奖励。"),
        para("第四条 见习单位应当为见习人员购买人身意外伤害保险。"),
        para("第五条 本细则自2023年7月1日起施行，有效期至2025年6月30日。"),
    ]
    dog = [
        para("霁川市养犬登记办事指南", "Title"),
        para("霁川市公安局治安管理支队  2026年3月"),
        para("一、办理对象", "Heading1"),
        para("在本市城区饲养犬只的个人。城区每户限养一只犬，禁止饲养烈性犬。"),
        para("二、办理流程", "Heading1"),
        numbered("携犬到指定宠物医院接种狂犬病疫苗，并植入电子标识芯片。"),
        numbered("登录“霁川警务”微信公众号填写养犬登记申请，上传犬只照片和免疫证明。"),
        numbered("到居住地派出所窗口核验材料，缴纳登记费。"),
        numbered("领取犬牌，犬牌应当佩戴在犬只颈圈上。"),
        para("三、申请材料", "Heading1"),
        table([
            ["序号", "材料名称", "份数", "要求"],
            ["1", "居民身份证", "1", "原件"],
            ["2", "房屋产权证明或租赁合同", "1", "复印件"],
            ["3", "犬只狂犬病免疫证明", "1", "原件"],
            ["4", "犬只正面、侧面照片", "2", "近1个月内拍摄"],
        ]),
        para("四、收费标准", "Heading1"),
        table([
            ["项目", "收费标准", "备注"],
            ["首次登记", "每只200元", "—"],
            ["已绝育犬只首次登记", "每只100元", "凭宠物医院出具的绝育证明"],
            ["年度注册", "每只每年50元", "—"],
            ["犬牌遗失补领", "每个20元", "—"],
        ]),
        para("五、办理时限", "Heading1"),
        para("材料齐全、符合条件的，自受理之日起5个工作日内办结。"),
        para("六、年度注册", "Heading1"),
        para("每年3月1日至4月30日办理年度注册，逾期未注册的，注销其养犬登记。"),
        para("七、咨询电话", "Heading1"),
        para("霁川市公安局治安管理支队养犬管理科：0795-62287110。"),
    ]
    senior_card = [
        para("榆泷市老年人优待证办理指南", "Title"),
        para("榆泷市民政局  2026年2月"),
        para("一、办理对象", "Heading1"),
        para("年满60周岁的本市户籍老年人；在本市连续居住满1年并持有本市居住证的非本市户籍老年人。"),
        para("二、办理流程", "Heading1"),
        numbered("通过“榆泷民政”微信小程序或者到户籍所在地社区服务中心提出申请。"),
        numbered("社区服务中心现场采集照片，核验申请人身份。"),
        numbered("区民政局审核，审核通过后统一制证。"),
        numbered("申请人到社区服务中心领取优待证，也可以选择邮寄到家，邮费由申请人自付。"),
        para("三、申请材料", "Heading1"),
        table([
            ["序号", "材料名称", "要求"],
            ["1", "居民身份证", "原件"],
            ["2", "户口簿或者本市居住证", "原件"],
            ["3", "近期一寸白底彩色照片", "2张，现场采集照片的免交"],
        ]),
        para("四、收费标准", "Heading1"),
        table([
            ["项目", "收费标准", "备注"],
            ["首次办理", "免费", "—"],
            ["有效期满换证", "免费", "优待证有效期10年"],
            ["遗失补办", "每张10元", "工本费"],
        ]),
        para("五、办理时限", "Heading1"),
        para("自受理之日起10个工作日内制证完毕。"),
        para("六、优待内容", "Heading1"),
        para("持证老年人凭证免费游览本市政府投资的公园和景区；70周岁以上的免费乘坐市内公交车，60周岁至69周岁的半价乘坐市内公交车。"),
        para("七、咨询电话", "Heading1"),
        para("榆泷市民政局养老服务科：0763-52386021。"),
    ]
    ev_purchase_expired = [
        para("榆泷市个人消费者购买新能源汽车补贴实施细则", "Title"),
        para("榆商规〔2023〕1号"),
        para("第一条 为促进汽车消费，推动绿色出行，制定本细则。"),
        para("第二条 补贴对象为2023年3月1日起在本市购买新能源乘用车并在本市办理注册登记的个人消费者。"),
        para("第三条 购车价格（以发票金额为准）15万元以下的，每辆补贴3000元；15万元（含）以上的，每辆补贴5000元。每人限补贴一辆。"),
        para("第四条 购车人应当自车辆注册登记之日起3个月内，通过“榆泷商务”微信小程序上传购车发票、机动车行驶证和居民身份证提出申请。"),
        para("第五条 市商务局自受理之日起20个工作日内完成审核，并将补贴资金发放到申请人本人银行账户。"),
        para("第六条 本细则自2023年3月1日起施行，有效期2年。"),
        para("榆泷市商务局  2023年2月10日"),
    ]
    unemployment = [
        para("棠溪市失业保险金申领办事指南", "Title"),
        para("棠溪市社会保险事业管理中心  2026年4月"),
        para("一、申领条件", "Heading1"),
        para("失业前用人单位和本人已经缴纳失业保险费满1年，非因本人意愿中断就业，已经进行失业登记并有求职要求的参保人员。"),
        para("二、申请材料", "Heading1"),
        table([
            ["序号", "材料名称", "份数", "要求"],
            ["1", "居民身份证", "1", "原件"],
            ["2", "解除或者终止劳动关系的证明", "1", "原件，由原用人单位出具"],
            ["3", "本人社会保障卡", "1", "已激活金融功能"],
        ]),
        para("失业登记信息由经办机构在系统内核验，无需另行提交纸质证明。"),
        para("三、领取标准", "Heading1"),
        para("失业保险金按月发放，标准为本市最低工资标准的90%，现为每月1836元。领取期间的职工基本医疗保险费由失业保险基金代为缴纳，个人不缴费。"),
        para("四、领取期限", "Heading1"),
        table([
            ["失业前累计缴费时间", "最长领取期限"],
            ["满1年不满5年", "12个月"],
            ["满5年不满10年", "18个月"],
            ["10年以上", "24个月"],
        ]),
        para("五、办理时限", "Heading1"),
        para("自受理之日起10个工作日内完成审核；审核通过的，从次月起每月15日前将失业保险金发放至本人社会保障卡。"),
        para("六、办理渠道", "Heading1"),
        para("可通过“棠溪人社”微信公众号或者国家社会保险公共服务平台网上申领，也可以到参保地社保经办窗口现场办理。"),
        para("七、办理地点", "Heading1"),
        para("棠溪市社会保险服务大厅（沿江东路27号）一楼3至6号窗口，以及各区社保经办窗口。"),
        para("八、办公时间", "Heading1"),
        para("周一至周五上午8:30-12:00，下午14:30-17:30，法定节假日除外。"),
        para("九、咨询电话", "Heading1"),
        para("棠溪市社会保险事业管理中心：0748-62012333。"),
    ]
    water_saving_expired = [
        para("棠溪市居民家庭节水器具更换补贴实施细则", "Title"),
        para("棠溪市水务局  棠水发〔2022〕3号"),
        para("第一条 为推进节水型城市建设，鼓励居民家庭将老旧用水器具更换为节水器具，制定本细则。"),
        para("第二条 补贴对象为本市城区使用公共供水的居民家庭，每户限申请一次。"),
        para("第三条 更换为一级水效坐便器的，每个补贴200元；更换为节水型水嘴、淋浴器的，每件补贴30元。每户补贴总额不超过500元。"),
        para("第四条 居民应当自购买之日起60日内，持购物发票、产品水效标识照片和安装前后对比照片，到所在社区居民委员会提出申请。"),
        para("第五条 市水务局审核后，按季度将补贴资金发放至申请人本人银行账户。"),
        para("第六条 本细则自2022年5月1日起施行，有效期2年。"),
        para("棠溪市水务局  2022年4月20日"),
    ]
    return {"unemployment-benefit-guide.docx": unemployment, "water-saving-subsidy-2022.docx": water_saving_expired,
            "senior-card-guide.docx": senior_card, "ev-purchase-subsidy-2023.docx": ev_purchase_expired,
            "dog-registration-guide.docx": dog, "newborn-registration-guide.docx": newborn, "internship-subsidy-2023.docx": internship_expired,
            "social-security-card-guide.docx": social_card, "startup-loan-2022.docx": startup_loan_old,
            "passport-guide.docx": passport, "business-license-guide.docx": business,
            "residence-permit-guide.docx": residence, "rental-subsidy-2022.docx": rental_expired, "disability-card-guide.docx": disability,
            "marriage-registration-guide.docx": marriage, "flexible-employment-subsidy-2023.docx": flexible_old}


def xlsx_documents():
    property_fees = [
        ("收费标准", [
            ["江屿市不动产登记收费标准（2025年版）", "", "", "", ""],
            ["单位：元", "", "", "", ""],
            ["序号", "收费项目", "计费单位", "收费标准", "减免说明"],
            ["1", "住宅类不动产登记", "每件", "80元", "小微企业免收"],
            ["2", "非住宅类不动产登记", "每件", "550元", "小微企业免收"],
            ["3", "不动产权属证书工本费", "每本", "10元", "每件登记核发的第一本证书免收"],
            ["4", "车库、车位、储藏室登记", "每件", "40元", "单独办理时收取"],
            ["5", "不动产登记资料查询", "每次", "免费", "—"],
            ["6", "抵押权首次登记", "每件", "80元", "住宅类；非住宅类每件550元"],
        ], ["A1:E1", "A2:E2"]),
        ("办理时限", [
            ["事项", "法定时限", "承诺时限", "办理地点"],
            ["二手房转移登记", "30个工作日", "3个工作日", "江屿市不动产登记中心（新华路20号）"],
            ["抵押权注销登记", "30个工作日", "1个工作日", "各区不动产登记服务窗口"],
            ["更正登记", "30个工作日", "5个工作日", "江屿市不动产登记中心（新华路20号）"],
        ], []),
    ]
    notary_fees = [
        ("公证收费", [
            ["澄湾市公证服务收费目录", "", "", "", ""],
            ["事项", "收费方式", "收费标准", "办理时限", "备注"],
            ["继承公证", "按继承财产价值", "按财产价值的1%收取，最低200元", "15个工作日", "需全体继承人到场"],
            ["遗嘱公证", "按件", "每件300元", "当日办结", "年满80周岁老人免费"],
            ["委托公证", "按件", "每件200元", "3个工作日", "—"],
            ["学历公证", "按件", "每件100元", "3个工作日", "每增加一份副本加收10元"],
            ["出生公证", "按件", "每件100元", "3个工作日", "—"],
        ], ["A1:E1"]),
    ]
    vehicle_fees = [
        ("收费标准", [
            ["江屿市机动车登记业务收费标准", "", "", "", ""],
            ["单位：元", "", "", "", ""],
            ["序号", "收费项目", "计费单位", "收费标准", "备注"],
            ["1", "汽车号牌", "每副", "100元", "含号牌专用固封装置"],
            ["2", "摩托车号牌", "每副", "35元", "—"],
            ["3", "临时行驶车号牌", "每张", "5元", "—"],
            ["4", "机动车行驶证", "每本", "10元", "—"],
            ["5", "机动车登记证书", "每本", "10元", "—"],
            ["6", "机动车驾驶证", "每本", "10元", "补领、换领同价"],
            ["7", "机动车检验合格标志", "每张", "免费", "—"],
        ], ["A1:E1", "A2:E2"]),
        ("办理时限", [
            ["事项", "承诺时限", "网上办理", "办理地点"],
            ["机动车注册登记", "1个工作日", "否", "江屿市车辆管理所（环城北路8号）"],
            ["机动车转移登记", "当日办结", "是，可通过交管12123办理", "各区机动车登记服务站"],
            ["驾驶证期满换证", "当日办结", "是，可通过交管12123办理", "各区车驾管服务站"],
        ], []),
    ]
    household_fees = [
        ("户政业务", [
            ["澄湾市户政业务收费及办理时限一览表", "", "", ""],
            ["业务名称", "收费标准", "办理时限", "网上办理"],
            ["居民身份证首次申领", "20元", "20个工作日", "否"],
            ["居民身份证补领、换领", "40元", "20个工作日", "否"],
            ["临时居民身份证", "10元", "3个工作日", "否"],
            ["户口簿补领", "免费", "5个工作日", "是，可通过澄湾公安政务网申请"],
            ["户籍证明", "免费", "即时办结", "是，可通过澄湾公安政务网申请"],
        ], ["A1:D1"]),
    ]
    library_fees = [
        ("读者服务", [
            ["江屿市图书馆读者服务收费一览表", "", "", ""],
            ["服务项目", "收费标准", "办理时限", "说明"],
            ["读者证办理", "免费", "即时办结", "凭居民身份证或社会保障卡"],
            ["读者证遗失补办", "工本费10元", "即时办结", "原证同时挂失作废"],
            ["图书逾期归还", "每册每天0.1元", "—", "单册最高不超过图书定价"],
            ["资料复印", "每页0.5元", "即时办结", "彩色复印每页2元"],
            ["馆际互借", "免费", "5个工作日", "每证每次限借2册"],
        ], ["A1:D1"]),
        ("开放时间", [
            ["区域", "开放时间", "位置"],
            ["总馆借阅区", "周二至周日9:00-21:00", "江屿市文化中心北楼（学府路9号）"],
            ["少儿阅览室", "周二至周日9:00-17:30", "总馆一楼东侧"],
        ], []),
    ]
    sports_fees = [
        ("场馆收费", [
            ["澄湾市全民健身中心场馆收费标准", "", "", "", ""],
            ["单位：元", "", "", "", ""],
            ["序号", "场馆项目", "计费单位", "收费标准", "优惠说明"],
            ["1", "游泳馆", "每人每次", "30元", "60周岁以上老人和残疾人半价"],
            ["2", "羽毛球场", "每片每小时", "40元", "工作日9:00-12:00每片每小时20元"],
            ["3", "篮球场（室外）", "每场", "免费", "—"],
            ["4", "健身房", "每人每月", "150元", "学生凭学生证8折"],
            ["5", "乒乓球台", "每台每小时", "15元", "—"],
        ], ["A1:E1", "A2:E2"]),
        ("培训课程", [
            ["课程编码", "课程名称", "课时", "收费标准", "报名时间"],
            ["PX-YY-01", "少儿游泳培训班", "20课时", "每期800元", "每年6月1日至6月20日"],
            ["PX-YM-02", "成人羽毛球培训班", "12课时", "每期600元", "每季度首月1日至10日"],
        ], []),
    ]
    parking_fees = [
        ("路内停车", [
            ["江屿市公共停车收费标准（2026年）", "", "", "", ""],
            ["区域类别", "车型", "首小时", "超过首小时", "备注"],
            ["一类区域", "小型车", "6元", "每半小时3元", "7:30-20:30计费，其余时段免费"],
            ["一类区域", "大型车", "12元", "每半小时6元", "7:30-20:30计费"],
            ["二类区域", "小型车", "4元", "每半小时2元", "首15分钟免费"],
            ["二类区域", "大型车", "8元", "每半小时4元", "首15分钟免费"],
        ], ["A1:E1"]),
        ("停车场", [
            ["停车场类型", "收费方式", "收费标准", "包月价格", "说明"],
            ["政府投资公共停车场", "按次", "每次5元", "每月150元", "当日不限时长"],
            ["医院配建停车场", "按时", "首小时免费，之后每小时2元", "—", "就诊患者凭挂号单减免"],
            ["交通枢纽停车场", "按时", "每小时4元", "每月300元", "24小时最高收费40元"],
        ], []),
    ]
    bus_fares = [
        ("公交票价", [
            ["澄湾市城市公共交通票价及优惠政策一览表（2026年）", "", "", ""],
            ["线路类型", "普通票价", "刷卡优惠", "说明"],
            ["普通公交线路", "2元", "刷卡9折", "全程一票制"],
            ["旅游专线", "5元", "不打折", "游1路、游2路"],
            ["夜班公交线路", "3元", "刷卡9折", "22:00至次日5:30运营"],
        ], ["A1:D1"]),
        ("优惠对象", [
            ["优惠对象", "优惠标准", "办理凭证", "办理地点"],
            ["65周岁以上老人", "免费乘车", "居民身份证", "各公交卡服务网点"],
            ["60至64周岁老人", "半价乘车", "居民身份证", "各公交卡服务网点"],
            ["中小学生", "5折", "学生证", "学校统一办理"],
            ["残疾人", "免费乘车", "残疾人证", "各公交卡服务网点"],
        ], []),
        ("服务网点", [
            ["网点名称", "地址", "服务时间", "联系电话"],
            ["公交卡总服务中心", "东湖路88号", "每天8:30-17:30", "0798-88821234"],
            ["火车站服务点", "站前广场公交枢纽一楼", "每天7:00-19:00", "0798-88825678"],
        ], []),
    ]
    taxi_fares = [
        ("巡游出租车", [
            ["霁川市巡游出租汽车运价标准（2026年）", "", "", ""],
            ["计价项目", "日间（6:00-22:00）", "夜间（22:00-次日6:00）", "说明"],
            ["起步价", "9元", "11元", "含3公里"],
            ["超出3公里后的里程费", "每公里2.2元", "每公里2.6元", "—"],
            ["远途加价", "单程超过15公里的部分加收50%", "单程超过15公里的部分加收50%", "不另收返空费"],
            ["低速等候费", "每5分钟2.2元", "每5分钟2.6元", "车速低于每小时12公里时累计计算"],
            ["燃油附加费", "每车次1元", "每车次1元", "—"],
        ], ["A1:D1"]),
        ("附加费用", [
            ["项目", "收费标准", "适用情形", "备注"],
            ["电话预约服务费", "每车次5元", "拨打96520电话叫车", "通过手机软件叫车不收取"],
            ["过路过桥费", "按实际发生额", "行驶途经收费路桥", "由乘客承担，须经乘客同意"],
            ["行李费", "免费", "随身携带行李", "超大件行李不超过2件"],
        ], []),
    ]
    park_tickets = [
        ("景区门票", [
            ["榆泷市政府定价景区门票价格表（2026年）", "", "", ""],
            ["景区名称", "门票价格", "开放时间", "备注"],
            ["青岚山森林公园", "40元", "8:00-17:30", "含景区内观光车"],
            ["白鹭湖湿地公园", "免费", "6:00-22:00", "须提前一天网上预约"],
            ["榆泷古城墙", "30元", "9:00-21:00", "18:00以后入园的夜游票25元"],
            ["榆泷市博物馆", "免费", "9:00-17:00，周一闭馆", "凭身份证领取参观券"],
        ], ["A1:D1"]),
        ("优惠政策", [
            ["优惠对象", "优惠办法", "须出示的证件"],
            ["6周岁以下或者身高1.2米以下的儿童", "免票", "户口簿或者现场测量身高"],
            ["60周岁以上老年人", "免票", "老年人优待证或者居民身份证"],
            ["全日制大中专学生", "半票", "学生证"],
            ["现役军人、消防救援人员", "免票", "军官证、士兵证或者消防救援证"],
        ], []),
    ]
    public_bicycle = [
        ("租车收费", [
            ["棠溪市城区公共自行车租赁服务收费标准（2026年）", "", "", ""],
            ["车型", "单次用车时长", "收费标准", "备注"],
            ["普通自行车", "1小时以内（含）", "免费", "每次借车重新计时"],
            ["普通自行车", "1小时至3小时（含）", "每小时1元", "不足1小时的按1小时计"],
            ["普通自行车", "3小时以上", "每小时2元", "单次最高收费20元"],
            ["电助力自行车", "起步30分钟", "2元", "骑行人须年满16周岁"],
            ["电助力自行车", "超出30分钟的部分", "每15分钟0.5元", "—"],
        ], ["A1:D1"]),
        ("办卡与押金", [
            ["卡类", "费用", "押金", "办理渠道"],
            ["普通借车卡", "工本费10元", "200元", "各服务网点"],
            ["月卡", "每月15元", "免押金", "“棠溪出行”APP"],
            ["年卡", "每年120元", "免押金", "“棠溪出行”APP"],
            ["65周岁以上老年卡", "免费", "免押金", "本人持居民身份证到服务网点办理"],
        ], []),
        ("服务网点", [
            ["网点名称", "地址", "服务时间", "联系电话"],
            ["火车站服务点", "站前路1号东侧", "每天6:30-21:00", "0748-62210001"],
            ["人民广场服务点", "人民广场南侧地下通道入口", "每天7:00-20:00", "0748-62210002"],
        ], []),
    ]
    return {"public-bicycle-fees.xlsx": public_bicycle, "park-tickets.xlsx": park_tickets, "taxi-fares.xlsx": taxi_fares, "bus-fares.xlsx": bus_fares, "parking-fees.xlsx": parking_fees, "library-service-fees.xlsx": library_fees, "sports-center-fees.xlsx": sports_fees,
            "property-registration-fees.xlsx": property_fees, "notary-fees.xlsx": notary_fees,
            "vehicle-service-fees.xlsx": vehicle_fees, "household-registration-fees.xlsx": household_fees}


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, blocks in docx_documents().items():
        write_docx(os.path.join(out, name), blocks)
    for name, sheets in xlsx_documents().items():
        write_xlsx(os.path.join(out, name), sheets)


if __name__ == "__main__":
    main()
