namespace ServiceDeskBot.Core.Answering;

/// <summary>The shape of the answer a question asks for, finer than <see cref="AnswerKind"/>: what must fill the blank.</summary>
public enum AnswerSlot
{
    /// <summary>Nothing in particular (a description, a measure, a reason).</summary>
    None,

    /// <summary>A person, named by role or by what they did (谁, 叫什么名字, 哪位记者).</summary>
    Person,

    /// <summary>The post of a named person (担任什么职务, 是干什么的).</summary>
    Role,

    /// <summary>Several items (有哪些, 包括哪几, 分别是, 哪三个).</summary>
    List,

    /// <summary>A count of something (几所, 多少家, 多少个).</summary>
    Count,

    /// <summary>The name of a thing: a programme, brand, title or slogan (叫什么, 名称, 口号, 品牌).</summary>
    Title,

    /// <summary>An organisation or unit (哪个单位, 哪家, 哪个办事处).</summary>
    Organisation,

    /// <summary>What a named programme or label consists of (两库一单是指什么, 具体内容是什么).</summary>
    Definition,
}
