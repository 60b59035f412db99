namespace ServiceDeskBot.Core.Answering;

/// <summary>The kind of fact a question asks for, when its wording says so.</summary>
public enum AnswerKind
{
    /// <summary>No specific kind: a description, a name, a list.</summary>
    Any,

    /// <summary>A count or figure (多少个, 几所, 排第几).</summary>
    Number,

    /// <summary>A sum of money (多少钱, 补贴多少, 收费, 交易额多少).</summary>
    Money,

    /// <summary>A rate or share (增长了多少, 增速, 占比).</summary>
    Ratio,

    /// <summary>An area, length or distance (面积多大, 占地多少亩).</summary>
    Area,

    /// <summary>A calendar date or year (哪天, 几月几号, 什么时候).</summary>
    Date,

    /// <summary>A time of day or opening hours (几点, 开放时间, 上班时间).</summary>
    TimeOfDay,

    /// <summary>How often something happens (多久一次, 一年几次).</summary>
    Frequency,

    /// <summary>A street address or place to go (地址, 在哪里办).</summary>
    Address,

    /// <summary>A telephone number (电话, 联系方式).</summary>
    Phone,

    /// <summary>Required documents or steps (材料, 手续, 流程, 怎么办理).</summary>
    Procedure,

    /// <summary>Who qualifies or what is required (条件, 资格, 标准).</summary>
    Eligibility,

    /// <summary>Who or what is covered (范围, 划片, 对象).</summary>
    Scope,

    /// <summary>How long something takes or may take (多久能办好, 几个工作日, 办理时限).</summary>
    Duration,
}
