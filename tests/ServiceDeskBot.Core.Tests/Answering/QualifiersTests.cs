using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class QualifiersTests
{
    [Fact]
    public void A_quote_about_another_level_contradicts_the_level_asked()
    {
        var contradicted = Qualifiers.Contradicted("中原区去年新增国家级孵化器几家", "新增省级孵化器1家、省级工程研究中心4家");

        Assert.Equal("国家级", contradicted);
    }

    [Fact]
    public void A_quote_not_naming_the_year_before_last_contradicts_a_question_about_it()
    {
        var contradicted = Qualifiers.Contradicted("中原区前年高层次人才新认定了多少", "新认定郑州市高层次人才10名");

        Assert.Equal("前年", contradicted);
    }

    [Theory]
    [InlineData("当前年度的产业项目有多少个")]
    [InlineData("目前年产值能到多少")]
    [InlineData("今后年均增长多少")]
    [InlineData("8月31日前年满6周岁的孩子能报名吗")]
    public void Two_characters_of_a_relative_year_across_a_word_boundary_name_no_year(string question)
    {
        var contradicted = Qualifiers.Contradicted(question, "今年谋划产业项目100个，年产值增长8%");

        Assert.Null(contradicted);
    }

    [Fact]
    public void Swapping_a_phase_replaces_the_other_phase_of_the_text()
    {
        var swapped = Qualifiers.Swap("中原小微企业园一期进驻了多少家企业", "二期");

        Assert.Equal("中原小微企业园二期进驻了多少家企业", swapped);
    }

    [Fact]
    public void Swapping_a_word_that_is_no_qualifier_gives_nothing()
    {
        var swapped = Qualifiers.Swap("中原小微企业园一期进驻了多少家企业", "东太康路");

        Assert.Null(swapped);
    }

    [Fact]
    public void A_quote_about_another_phase_contradicts_the_phase_asked()
    {
        var contradicted = Qualifiers.Contradicted("小微企业园二期入驻了多少家企业", "中原小微企业园(一期)入驻智能制造企业47家");

        Assert.Equal("二期", contradicted);
    }

    [Fact]
    public void A_rent_row_of_another_dwelling_size_contradicts_the_size_asked()
    {
        var contradicted = Qualifiers.Contradicted("公租房三居室租金多少", "二、租金标准|户型:一居室;建筑面积:40平方米左右;月租金:每套每月320元");

        Assert.Equal("三居室", contradicted);
    }

    [Fact]
    public void A_quote_naming_the_qualifier_asked_does_not_contradict_it()
    {
        var contradicted = Qualifiers.Contradicted("新增省级孵化器几家", "新增省级孵化器1家、市级研发平台12家");

        Assert.Null(contradicted);
    }

    [Fact]
    public void A_quote_naming_no_qualifier_of_the_kind_does_not_contradict_it()
    {
        var contradicted = Qualifiers.Contradicted("国家级孵化器有几家", "建好孵化器创新载体,做好前期培育");

        Assert.Null(contradicted);
    }

    [Fact]
    public void Another_phase_on_the_asked_subject_contradicts_the_phase_though_the_quote_names_it_for_something_else()
    {
        var contradicted = Qualifiers.Contradicted("中原小微企业园二期入驻了多少家企业", "中原小微企业园(一期)入驻智能制造企业47家,芝麻街1958双创园二期改造加快推进");

        Assert.Equal("二期", contradicted);
    }

    [Fact]
    public void The_asked_phase_on_the_asked_subject_is_not_contradicted_by_another_phase_elsewhere()
    {
        var contradicted = Qualifiers.Contradicted("中原小微企业园二期入驻了多少家企业", "中原小微企业园二期入驻企业20家,双创园一期已满");

        Assert.Null(contradicted);
    }
}
