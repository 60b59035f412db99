namespace ServiceDeskBot.Benchmarks;

/// <summary>
/// Questions as citizens type them at a service desk: colloquial, often naming a district, some with fillers
/// and punctuation the normalizer must strip. Written for the benchmark; unrelated to any evaluation set.
/// </summary>
internal static class BenchmarkQueries
{
    public static IReadOnlyList<string> All { get; } =
    [
        "你好，中原区这几年经济发展得咋样？",
        "金水区今年新增了多少家高新技术企业啊",
        "二七区有哪些重点项目在建",
        "管城区的营商环境怎么样，办事方便吗？",
        "我想问下中原区新建的幼儿园什么时候能招生",
        "惠济区明年GDP目标是多少亿元",
        "郑东新区招商引资签约了哪些大项目？",
        "高新区有没有人才补贴政策",
        "航空港区的产业园区入驻了多少企业",
        "中原区哪里有社区卫生服务中心",
        "请问潮汐窗口是在哪个区开的",
        "上街区老旧小区改造进展到哪一步了",
        "经开区技术合同成交额突破多少了",
        "麻烦问一下，荥阳市的重点项目投资完成率是多少",
        "新郑市今年增加了多少个学位",
        "金水区政务服务大厅周末办不办业务",
        "中牟县城镇新增就业完成了吗",
        "二砂文创园二期什么时候改造好",
        "郑州市发改委下一步抓项目促投资有什么打算",
        "巩义市安全隐患专项整治都查了哪些领域",
    ];
}
