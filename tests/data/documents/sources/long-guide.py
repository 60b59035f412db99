#!/usr/bin/env python3
"""Writes long-guide.html: a 50-page service guide with a running header, page numbers and a table that crosses a page."""
import sys

ITEMS = ["居住证签注", "灵活就业参保", "生育津贴申领", "公积金提取", "残疾人证申领", "老年优待证办理", "个体工商户登记",
         "出生医学证明补发", "失业登记", "社保卡补换", "医保关系转移", "廉租住房申请", "低保申请", "临时救助申请",
         "计划生育奖励", "高龄津贴申领", "就业困难人员认定", "职业资格补贴", "小额担保贷款", "门诊慢特病认定",
         "养老保险待遇核定", "工伤认定申请", "机动车驾驶证换证", "户口迁移", "婚姻登记预约", "不动产抵押登记",
         "住房租赁备案", "食品经营许可", "药品零售许可", "建设工程规划许可", "占道施工许可", "排水许可",
         "道路运输许可", "出租汽车驾驶员证", "公共场所卫生许可", "营业执照变更", "税务登记变更", "发票领用",
         "社会团体登记", "民办学校审批", "教师资格认定", "校车使用许可", "特种设备登记", "消防验收备案",
         "人防工程审批", "林木采伐许可", "取水许可", "养犬登记"]

def section(n, item):
    days = 3 + n % 12
    fee = "不收费" if n % 3 else f"{10 + n}元"
    parts = [f'<h2>第{n}章 {item}</h2>',
             f'<p>一、办理依据。{item}依据国家和省有关规定办理，申请人可以通过青禾市政务服务网在线提交申请，也可以到市政务服务中心{n % 5 + 1}楼综合受理窗口现场办理，'
             f'窗口实行一次性告知和首问负责制度，材料齐全、符合法定形式的当场受理。</p>',
             f'<p>二、办理时限。{item}的法定办结时限为{days + 5}个工作日，承诺办结时限为{days}个工作日，'
             f'因申请材料需要补正的，补正时间不计算在办理时限内，经办人员应当在受理后及时告知申请人办理进度。</p>',
             f'<p>三、收费标准。{item}{fee}，申请人对收费有疑问的，可以拨打12345政务服务便民热线咨询，也可以向市场监督管理部门投诉举报。</p>']
    if n == 20:
        parts.append('<div class="caption">表20 职业资格补贴标准</div>')
        rows = "".join(f'<tr><td>{lvl}（{k}）</td><td>{500 + 100 * k}元</td><td>取得证书之日起12个月内</td></tr>'
                       for k in range(1, 41) for lvl in ["职业技能等级证书"])
        parts.append(f'<table><thead><tr><th>证书类别</th><th>补贴金额</th><th>申领期限</th></tr></thead><tbody>{rows}</tbody></table>')
    return '<section>' + "".join(parts) + '</section>'

html = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>青禾市政务服务事项办事指南汇编</title>
<style>
  @page {{ size: A4; margin: 28mm 22mm 25mm;
          @top-center {{ content: "青禾市政务服务事项办事指南汇编"; font-size: 10pt; }}
          @bottom-center {{ content: "— " counter(page) " —"; font-size: 10pt; }} }}
  body {{ font-family: "Noto Serif CJK SC", serif; font-size: 14pt; line-height: 1.7; }}
  h1 {{ text-align: center; font-size: 22pt; }}
  h2 {{ font-size: 16pt; }}
  p {{ text-indent: 2em; margin: 0 0 4pt; }}
  section {{ break-after: page; }}
  .caption {{ text-align: center; font-weight: bold; }}
  table {{ border-collapse: collapse; width: 100%; }}
  th, td {{ border: 1px solid #000; padding: 3pt 6pt; }}
</style>
</head>
<body>
<h1>青禾市政务服务事项办事指南汇编</h1>
{"".join(section(n, item) for n, item in enumerate(ITEMS, start=1))}
</body>
</html>
'''
sys.stdout.write(html)
