using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Core.Records;

namespace SpatialPlan.Web.Components;

/// <summary>
/// What the page tells a planner when a shape cannot be measured or a record cannot be saved, in the page's
/// language, from the errors the checks return as data (never an enum name or a .NET message).
/// </summary>
public static class PlannerMessages
{
    /// <summary>Why a drawn shape could not be measured.</summary>
    public static string Unmeasured(IReadOnlyList<InputError> errors, IReadOnlyList<GeometryProblem> problems, string language) =>
        Join(errors.Select(_ => Ui.T(language, "无法读取所画图形, 请重画。", "The drawn shape could not be read; please draw it again."))
            .Concat(problems.Select(p => Of(p, language))));

    /// <summary>Why a record was not saved: its details or its parcel break a rule.</summary>
    public static string Unsaved(BuiltUpCheck check, string language) =>
        Join(check.Errors.Select(e => Of(e, language)).Concat(check.Problems.Select(p => Of(p, language))));

    /// <summary>Why the store did not write a record.</summary>
    public static string Of(WriteOutcome outcome, string language) => outcome switch
    {
        WriteOutcome.Done => Ui.T(language, "已保存。", "Saved."),
        WriteOutcome.DuplicateId => Ui.T(language, "记录编号已被占用, 未保存, 请再保存一次。", "The record's id is already taken; nothing was saved, please save again."),
        WriteOutcome.FeatureNotFound => Ui.T(language, "该记录已不存在 (可能已被删除)。", "The record no longer exists (it may have been deleted)."),
        WriteOutcome.VersionMismatch => Ui.T(language, "其他人已保存了更新的版本, 未保存。", "Someone else saved a newer version; nothing was saved."),
        WriteOutcome.CollectionNotFound => Ui.T(language, "建成区图层不存在, 未保存。", "The built-up layer does not exist; nothing was saved."),
        WriteOutcome.CollectionReadOnly => Ui.T(language, "该图层只读, 未保存。", "The layer is read-only; nothing was saved."),
        _ => Ui.T(language, "未保存。", "Nothing was saved."),
    };

    /// <summary>Why a record was not saved: it is the same parcel as records already there.</summary>
    public static string Duplicates(IReadOnlyList<RecordOverlap> duplicates, string language)
    {
        var ids = string.Join(", ", duplicates.Select(d => d.OtherId).Distinct());
        return Ui.T(language, $"与已有记录 {ids} 重复, 未保存。", $"This is the same parcel as record {ids}; nothing was saved.");
    }

    /// <summary>What a saved record shares with records already there; the tally counts that ground once.</summary>
    public static string Overlaps(IReadOnlyList<RecordOverlap> overlaps, string language)
    {
        var ids = string.Join(", ", overlaps.Select(o => o.OtherId).Distinct());
        var area = Ui.Number(overlaps.Sum(o => o.SquareMetres), 0);
        return Ui.T(language, $"已保存; 与已有记录 {ids} 重叠 {area} m², 统计时只计一次。",
            $"Saved; it overlaps record {ids} by {area} m², which the tally counts once.");
    }

    /// <summary>Why an edit was not saved: someone else saved version <paramref name="current"/> first.</summary>
    public static string Conflict(int current, string language) => Ui.T(language,
        $"未保存: 其他人已保存了更新的版本 (第 {current} 版)。请比较后选择保留对方的版本, 或用您的修改覆盖它。",
        $"Not saved: someone else saved a newer version (version {current}). Compare them, then keep theirs or save yours over it.");

    private static string Of(InputError error, string language) => error.Field switch
    {
        _ when error.Message == BuiltUpRules.ControlCharacters => Ui.T(language,
            "文字中不能含控制字符 (如 NUL); 可用制表符和换行。", "Text may not contain control characters (such as NUL); tabs and line breaks are fine."),
        BuiltUpRules.NameZh or BuiltUpRules.NameEn => Ui.T(language,
            $"名称最多 {BuiltUpInput.MaxNameLength} 个字符。", $"A name may have at most {BuiltUpInput.MaxNameLength} characters."),
        BuiltUpRules.BuiltYear => Ui.T(language,
            $"建成年份须为 {BuiltUpInput.MinYear} 至 {BuiltUpInput.MaxYear} 年之间的整数年份。",
            $"The year built must be a whole year from {BuiltUpInput.MinYear} to {BuiltUpInput.MaxYear}."),
        BuiltUpRules.Note => Ui.T(language,
            $"备注最多 {BuiltUpInput.MaxNoteLength} 个字符。", $"A note may have at most {BuiltUpInput.MaxNoteLength} characters."),
        BuiltUpRules.SourceId => Ui.T(language,
            $"来源编号最多 {BuiltUpInput.MaxSourceIdLength} 个字符。", $"A source id may have at most {BuiltUpInput.MaxSourceIdLength} characters."),
        _ => Ui.T(language, "填写的内容有误, 请检查。", "Something entered is not right; please check it."),
    };

    private static string Of(GeometryProblem problem, string language) => problem.Kind switch
    {
        GeometryProblemKind.Empty => Ui.T(language, "图形为空, 请重画。", "The shape is empty; please draw it again."),
        GeometryProblemKind.NotFinite or GeometryProblemKind.OutOfRange or GeometryProblemKind.AxisOrderSwapped =>
            Ui.T(language, "图形的坐标无效, 请重画。", "The shape's coordinates are not valid; please draw it again."),
        GeometryProblemKind.OutsidePlanExtent => Ui.T(language, "图形超出规划范围, 请在规划范围内绘制。", "The shape reaches outside the plan; please draw inside it."),
        GeometryProblemKind.WrongType => Ui.T(language, "只能测量面和线; 只有面可以保存为建成区记录。", "Only areas and lines can be measured, and only areas saved as records."),
        GeometryProblemKind.InvalidTopology => Ui.T(language, "图形自相交或无效, 请重画。", "The shape crosses itself or is not valid; please draw it again."),
        GeometryProblemKind.TooManyVertices => Ui.T(language, "图形顶点过多, 请简化后重画。", "The shape has too many vertices; please draw a simpler one."),
        _ => Ui.T(language, "图形无效, 请重画。", "The shape is not valid; please draw it again."),
    };

    private static string Join(IEnumerable<string> messages) => string.Join(" ", messages.Distinct());
}
