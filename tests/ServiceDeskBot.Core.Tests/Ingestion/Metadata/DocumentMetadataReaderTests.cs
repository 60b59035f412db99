using ServiceDeskBot.Core.Ingestion.Metadata;

namespace ServiceDeskBot.Core.Tests.Ingestion.Metadata;

public sealed class DocumentMetadataReaderTests
{
    private const string Notice = """
        青禾市人民政府办公室文件
        青政办〔2025〕14号
        青禾市人民政府办公室关于印发青禾市养老服务补贴实施细则的通知
        各区县人民政府，市政府各部门：
        现将《青禾市养老服务补贴实施细则》印发给你们，请认真贯彻执行。
        青禾市人民政府办公室
        2025年3月6日
        青禾市养老服务补贴实施细则
        第一条 为规范养老服务补贴发放，制定本细则。
        第十条 本细则自2025年4月1日起施行，有效期3年。
        """;

    [Fact]
    public void The_document_number_under_the_red_header_is_read()
    {
        var metadata = DocumentMetadataReader.Read(Notice);

        Assert.Equal("青政办〔2025〕14号", metadata.DocNumber);
    }

    [Fact]
    public void A_guide_signed_under_its_body_with_the_year_and_month_only_gives_the_issuer_and_no_issue_date()
    {
        var metadata = DocumentMetadataReader.Read("""
            青禾市护照办理指南
            一、首次申请护照需本人到出入境接待大厅办理。
            二、办理时限为7个工作日。
            青禾市公安局出入境管理支队
            二〇二六年三月
            """);

        Assert.Equal(("青禾市公安局出入境管理支队", (DateOnly?)null), (metadata.Issuer, metadata.IssuedOn));
    }

    [Fact]
    public void A_month_in_running_text_is_no_signature()
    {
        var metadata = DocumentMetadataReader.Read("""
            青禾市护照办理指南
            青禾市公安局出入境管理支队
            受理窗口于2026年3月起延长服务时间
            """);

        Assert.Null(metadata.Issuer);
    }

    [Fact]
    public void A_date_after_the_document_number_on_its_header_line_is_the_issue_date()
    {
        var metadata = DocumentMetadataReader.Read("""
            青禾市助学补贴办法
            青禾市教育局 青教发〔2024〕6号 2024年8月15日
            第一条 为资助家庭经济困难学生，制定本办法。
            第五条 本办法自2024年9月1日起施行，有效期3年。
            """);

        Assert.Equal(new DateOnly(2024, 8, 15), metadata.IssuedOn);
    }

    [Theory]
    [InlineData("青政办[2025]14号")]
    [InlineData("青政办【2025】14号")]
    [InlineData("青政办（2025）14号")]
    [InlineData("青政办(2025)第14号")]
    [InlineData("青政办〔２０２５〕１４号")]
    public void Every_bracket_variant_of_a_document_number_is_normalised(string written)
    {
        var metadata = DocumentMetadataReader.Read("青禾市人民政府办公室文件\n" + written + "\n关于做好春节期间安全生产工作的通知");

        Assert.Equal("青政办〔2025〕14号", metadata.DocNumber);
    }

    [Fact]
    public void A_document_number_cited_in_running_text_is_not_taken_as_the_documents_own()
    {
        var metadata = DocumentMetadataReader.Read("关于转发养老补贴文件的通知\n现将《关于调整养老补贴的通知》（省民发〔2024〕3号）转发给你们，请遵照执行。");

        Assert.Null(metadata.DocNumber);
    }

    [Theory]
    [InlineData("青禾市住房和城乡建设局  青住建发〔2022〕5号")]
    [InlineData("青禾市人力资源和社会保障局 青人社发〔2022〕5号 2022年4月10日")]
    public void A_document_number_sharing_the_header_line_with_the_issuer_is_read(string header)
    {
        var metadata = DocumentMetadataReader.Read("青禾市住房租赁补贴实施细则\n" + header + "\n第一条 为减轻住房负担，制定本细则。");

        Assert.EndsWith("〔2022〕5号", metadata.DocNumber, StringComparison.Ordinal);
    }

    [Fact]
    public void The_issuer_before_the_document_number_on_the_header_line_is_read()
    {
        var metadata = DocumentMetadataReader.Read("青禾市住房租赁补贴实施细则\n青禾市住房和城乡建设局  青住建发〔2022〕5号\n第一条 为减轻住房负担，制定本细则。");

        Assert.Equal("青禾市住房和城乡建设局", metadata.Issuer);
    }

    [Fact]
    public void A_labelled_document_number_in_a_web_pages_info_line_is_read()
    {
        var metadata = DocumentMetadataReader.Read("青禾市灵活就业补贴办法\n文号：青人社发〔2026〕4号　发布时间：2025-12-15　来源：青禾市人力资源和社会保障局\n第一条 为支持灵活就业，制定本办法。");

        Assert.Equal("青人社发〔2026〕4号", metadata.DocNumber);
    }

    [Fact]
    public void Two_different_numbers_at_the_top_are_ambiguous_and_give_none()
    {
        var metadata = DocumentMetadataReader.Read("青财〔2025〕3号\n青人社〔2025〕8号\n关于联合开展补贴核查的通知");

        Assert.Null(metadata.DocNumber);
    }

    [Fact]
    public void The_issuer_is_the_body_signing_above_the_date()
    {
        var metadata = DocumentMetadataReader.Read(Notice);

        Assert.Equal("青禾市人民政府办公室", metadata.Issuer);
    }

    [Fact]
    public void A_signature_sharing_its_line_with_the_date_names_the_issuer_and_the_issue_date()
    {
        var metadata = DocumentMetadataReader.Read("""
            青禾市家电以旧换新补贴实施细则
            青商规〔2023〕2号
            第一条 为促进家电消费，制定本细则。
            第五条 本细则自2023年3月1日起施行，有效期2年。
            青禾市商务局  2023年2月10日
            """);

        Assert.Equal(("青禾市商务局", new DateOnly(2023, 2, 10)), (metadata.Issuer, metadata.IssuedOn));
    }

    [Fact]
    public void A_line_naming_a_body_in_running_text_before_a_date_is_no_signature()
    {
        var metadata = DocumentMetadataReader.Read("""
            青禾市助学补贴办法
            第一条 申请截止时间 2024年9月30日
            第二条 本办法自2024年9月1日起施行。
            """);

        Assert.Null(metadata.Issuer);
    }

    [Fact]
    public void Without_a_signature_the_issuer_comes_from_the_red_header()
    {
        var metadata = DocumentMetadataReader.Read("青禾市民政局文件\n青民〔2025〕2号\n关于开展社会救助专项检查的通知\n各区县民政局：\n请按要求开展检查。");

        Assert.Equal("青禾市民政局", metadata.Issuer);
    }

    [Fact]
    public void Without_signature_or_red_header_the_issuer_comes_from_the_title()
    {
        var metadata = DocumentMetadataReader.Read("青禾市医疗保障局关于调整门诊报销比例的通知\n各定点医疗机构：\n现将有关事项通知如下。");

        Assert.Equal("青禾市医疗保障局", metadata.Issuer);
    }

    [Fact]
    public void The_issue_date_is_the_signature_date()
    {
        var metadata = DocumentMetadataReader.Read(Notice);

        Assert.Equal(new DateOnly(2025, 3, 6), metadata.IssuedOn);
    }

    [Fact]
    public void A_signature_date_in_chinese_numerals_is_read()
    {
        var metadata = DocumentMetadataReader.Read("关于开展评选工作的通知\n请于月底前报送。\n青禾市总工会\n二〇二四年四月二日");

        Assert.Equal(new DateOnly(2024, 4, 2), metadata.IssuedOn);
    }

    [Fact]
    public void A_labelled_issue_date_is_read()
    {
        var metadata = DocumentMetadataReader.Read("索引号：000-2025-001\n成文日期：2025年01月20日\n关于公布收费目录的通知");

        Assert.Equal(new DateOnly(2025, 1, 20), metadata.IssuedOn);
    }

    [Fact]
    public void The_effective_date_is_read_from_the_clause_putting_the_document_in_force()
    {
        var metadata = DocumentMetadataReader.Read(Notice);

        Assert.Equal(new DateOnly(2025, 4, 1), metadata.EffectiveFrom);
    }

    [Fact]
    public void A_document_in_force_on_issue_takes_its_issue_date_as_effective_date()
    {
        var metadata = DocumentMetadataReader.Read("关于调整补贴标准的通知\n本通知自印发之日起施行。\n青禾市财政局\n2025年2月10日");

        Assert.Equal(new DateOnly(2025, 2, 10), metadata.EffectiveFrom);
    }

    [Fact]
    public void Of_several_effective_dates_the_one_about_the_document_itself_is_taken()
    {
        var metadata = DocumentMetadataReader.Read("第五条 第三条规定的标准自2026年1月1日起执行。\n第六条 本办法自2025年7月1日起施行。");

        Assert.Equal(new DateOnly(2025, 7, 1), metadata.EffectiveFrom);
    }

    [Fact]
    public void Several_effective_dates_none_about_the_document_give_none()
    {
        var metadata = DocumentMetadataReader.Read("一、城镇标准自2025年7月1日起执行。\n二、农村标准自2026年1月1日起执行。");

        Assert.Null(metadata.EffectiveFrom);
    }

    [Fact]
    public void A_stated_expiry_date_is_read()
    {
        var metadata = DocumentMetadataReader.Read("本办法自2024年1月1日起施行，有效期至2026年12月31日。");

        Assert.Equal(new DateOnly(2026, 12, 31), metadata.ExpiresOn);
    }

    [Fact]
    public void A_validity_from_to_range_gives_its_end_as_expiry()
    {
        var metadata = DocumentMetadataReader.Read("本方案有效期自2025年1月1日至2025年12月31日。");

        Assert.Equal(new DateOnly(2025, 12, 31), metadata.ExpiresOn);
    }

    [Fact]
    public void A_validity_of_n_years_ends_the_day_before_the_nth_anniversary_of_the_effective_date()
    {
        var metadata = DocumentMetadataReader.Read(Notice);

        Assert.Equal(new DateOnly(2028, 3, 31), metadata.ExpiresOn);
    }

    [Fact]
    public void A_validity_written_in_chinese_numerals_is_computed()
    {
        var metadata = DocumentMetadataReader.Read("本规定自2025年5月1日起施行，有效期两年。");

        Assert.Equal(new DateOnly(2027, 4, 30), metadata.ExpiresOn);
    }

    [Fact]
    public void A_validity_in_months_is_computed()
    {
        var metadata = DocumentMetadataReader.Read("本通知自2025年1月31日起执行，有效期6个月。");

        Assert.Equal(new DateOnly(2025, 7, 30), metadata.ExpiresOn);
    }

    [Fact]
    public void A_validity_period_without_an_effective_date_gives_no_expiry()
    {
        var metadata = DocumentMetadataReader.Read("本办法有效期5年。");

        Assert.Null(metadata.ExpiresOn);
    }

    [Fact]
    public void A_repeal_the_text_dates_of_itself_ends_the_document_the_day_before()
    {
        var metadata = DocumentMetadataReader.Read("本办法自2022年3月1日起施行，有效期5年。\n本办法自2025年7月1日起废止。");

        Assert.Equal(new DateOnly(2025, 6, 30), metadata.ExpiresOn);
    }

    [Theory]
    [InlineData("有效性：已废止")]
    [InlineData("时效性：失效")]
    [InlineData("本文件已废止，内容仅供查阅。")]
    public void An_undated_mark_of_repeal_ends_the_document_on_its_own_date(string mark)
    {
        var metadata = DocumentMetadataReader.Read("关于开展路灯认养的通知\n" + mark + "\n市民认养一盏路灯每年交纳养护费300元。", new DateOnly(2023, 3, 2));

        Assert.Equal(new DateOnly(2023, 3, 2), metadata.ExpiresOn);
        Assert.Equal(new DateOnly(2023, 3, 2), metadata.PublishedOn);
    }

    [Fact]
    public void An_undated_mark_of_repeal_on_a_text_with_no_date_of_its_own_gives_no_expiry()
    {
        var metadata = DocumentMetadataReader.Read("关于开展路灯认养的通知\n本通知已废止。\n市民认养一盏路灯每年交纳养护费300元。");

        Assert.Null(metadata.ExpiresOn);
    }

    [Fact]
    public void A_sentence_repealing_another_document_does_not_end_this_one()
    {
        var metadata = DocumentMetadataReader.Read("本通知自2026年7月1日起执行，原《青禾市垃圾处理费征收办法》（青发改价〔2020〕18号）同时废止。");

        Assert.Null(metadata.ExpiresOn);
        Assert.Equal(new DateOnly(2026, 7, 1), metadata.EffectiveFrom);
    }

    [Theory]
    [InlineData(2024, 2, 29, 1, 0, 2025, 2, 28)]
    [InlineData(2024, 5, 1, 3, 0, 2027, 4, 30)]
    [InlineData(2025, 8, 31, 0, 6, 2026, 2, 28)]
    public void The_last_day_of_a_period_is_the_day_before_its_anniversary(int y, int m, int d, int years, int months, int ey, int em, int ed)
    {
        var last = DocumentMetadataReader.LastDayOf(new DateOnly(y, m, d), years, months);

        Assert.Equal(new DateOnly(ey, em, ed), last);
    }

    [Fact]
    public void A_text_without_any_metadata_gives_all_nulls()
    {
        var metadata = DocumentMetadataReader.Read("居民身份证有效期满前三个月内，可以到任一派出所申请换领。");

        Assert.Equal(DocumentMetadata.None, metadata);
    }

    [Fact]
    public void A_web_pages_issuer_labelled_as_its_source_part_way_along_the_information_line_is_read()
    {
        var metadata = DocumentMetadataReader.Read("""
            青禾市2026年秋季流感疫苗接种工作通知
            发布时间：2026-09-20　来源：青禾市疾病预防控制中心　浏览次数：1024
            一、接种时间：2026年10月8日起。
            """);

        Assert.Equal("青禾市疾病预防控制中心", metadata.Issuer);
    }

    [Fact]
    public void A_publishing_body_label_followed_by_page_buttons_on_its_line_gives_the_body_alone()
    {
        var metadata = DocumentMetadataReader.Read("""
            青禾市电动自行车登记上牌通告
            文号：青公交〔2026〕9号　发布时间：2026-02-20　发布机构：青禾市公安局交通警察支队　【打印】【关闭】
            一、登记地点：各区车管服务站。
            """);

        Assert.Equal("青禾市公安局交通警察支队", metadata.Issuer);
    }

    [Fact]
    public void A_newspaper_source_line_names_no_issuer()
    {
        var metadata = DocumentMetadataReader.Read("""
            青禾新建三所社区食堂
            来源：青禾日报　发布时间：2026-02-20
            全市新建社区食堂三所，本月投入使用。
            """);

        Assert.Null(metadata.Issuer);
    }

    [Fact]
    public void A_document_number_a_pdf_line_break_splits_under_the_header_is_read()
    {
        var metadata = DocumentMetadataReader.Read("""
            青禾市人力资源和社会保障局文件
            青人社发〔2026〕
            4号
            青禾市灵活就业人员社会保险补贴办法
            第一条 为鼓励灵活就业，制定本办法。
            """);

        Assert.Equal("青人社发〔2026〕4号", metadata.DocNumber);
    }

    [Fact]
    public void A_repeal_sentence_whose_document_number_a_line_break_splits_names_the_repealed_number()
    {
        const string text = """
            第九条 本办法自2026年3月1日起施行，原《青禾市灵活就业人员社会保险补贴办法》（青人社发〔2023〕
            8号）同时废止。
            """;

        var repealed = DocumentMetadataReader.Repealed(text, own: "青人社发〔2026〕4号");

        Assert.Equal(["青人社发〔2023〕8号"], repealed);
    }

    [Fact]
    public void A_document_number_whole_on_the_line_under_the_header_is_not_joined_with_it()
    {
        var metadata = DocumentMetadataReader.Read("""
            青禾市人民政府办公室文件
            青政办〔2025〕14号
            青禾市养老服务补贴实施细则
            """);

        Assert.Equal(("青政办〔2025〕14号", "青禾市人民政府办公室"), (metadata.DocNumber, metadata.Issuer));
    }

    [Fact]
    public void A_closing_date_with_a_remark_after_the_signature_is_the_issue_date()
    {
        var metadata = DocumentMetadataReader.Read("""
            青禾市节水器具更换补贴实施细则
            第六条 本细则自2022年5月1日起施行，有效期2年。
            青禾市水务局
            2022年4月20日（此件公开发布）
            """);

        Assert.Equal(("青禾市水务局", new DateOnly(2022, 4, 20)), (metadata.Issuer, metadata.IssuedOn));
    }

    [Fact]
    public void A_signature_whose_body_and_date_a_reader_joined_into_one_line_dates_the_document()
    {
        var metadata = DocumentMetadataReader.Read("""
            青禾市水务局关于调整居民二次供水服务收费的通知
            青水价〔2026〕3号
            一、二次供水服务费按每立方米0.3元收取。
            二、本通知自2026年7月1日起执行。
            青禾市水务局2026年6月2日
            """);

        Assert.Equal(("青禾市水务局", new DateOnly(2026, 6, 2), new DateOnly(2026, 7, 1)), (metadata.Issuer, metadata.IssuedOn, metadata.EffectiveFrom));
    }

    [Fact]
    public void A_labelled_line_ending_in_a_date_is_no_signature()
    {
        var metadata = DocumentMetadataReader.Read("""
            青禾市节水器具更换补贴申领须知
            受理单位：青禾市水务局2026年6月2日
            """);

        Assert.Null(metadata.IssuedOn);
    }

    [Fact]
    public void A_notice_that_a_service_is_introduced_from_a_date_gives_that_date_as_effective()
    {
        var metadata = DocumentMetadataReader.Read("""
            关于不动产登记中心开设午间服务的公告
            为方便群众办事，市不动产登记中心自2026年9月1日起实行午间不间断服务，中午12:00至14:00正常受理。
            青禾市自然资源和规划局
            2026年8月20日
            """);

        Assert.Equal((new DateOnly(2026, 8, 20), new DateOnly(2026, 9, 1)), (metadata.IssuedOn, metadata.EffectiveFrom));
    }

    [Fact]
    public void The_printed_notice_reads_all_its_metadata()
    {
        var document = Formats.TestDocuments.Accepted("policy-notice.pdf");

        Assert.Equal(new DocumentMetadata("青人社〔2025〕9号", "青禾市人力资源和社会保障局", new DateOnly(2025, 3, 10), new DateOnly(2025, 4, 1), new DateOnly(2027, 3, 31)), document.Metadata);
    }
}
