#!/usr/bin/env python3
"""Writes a legacy Excel 97-2003 (.xls) fee list: a title row above the header, then one row per item."""
import sys
import xlwt

book = xlwt.Workbook(encoding="utf-8")
sheet = book.add_sheet("收费目录")
sheet.write_merge(0, 0, 0, 2, "青禾市户籍业务收费目录")
for col, header in enumerate(["事项", "收费标准", "依据"]):
    sheet.write(1, col, header)
rows = [("居民身份证换领", "20元", "国家统一标准"),
        ("临时居民身份证", "10元", "国家统一标准"),
        ("户口簿补领", "免费", "本市规定")]
for r, row in enumerate(rows, start=2):
    for c, value in enumerate(row):
        sheet.write(r, c, value)
book.save(sys.argv[1])
