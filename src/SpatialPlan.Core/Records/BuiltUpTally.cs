namespace SpatialPlan.Core.Records;

/// <summary>
/// The planners' recorded new built-up area against the plan's ≥ 20 km², counted once: every figure is of the
/// <em>union</em> of the current records (overlaps and duplicates dissolved), as <see cref="BuiltUpTallyOp"/>
/// computes it. Every breakdown adds up exactly to its total, because each total is the sum of the same rounded
/// pieces: <see cref="ByYear"/> and <see cref="ByZone"/> plus <see cref="Outside"/> to <see cref="Total"/>,
/// <see cref="ByPhase"/> to <see cref="Counted"/>.
/// </summary>
/// <param name="Records">How many current records were tallied.</param>
/// <param name="Total">The area of the union of all records.</param>
/// <param name="Counted">The part of the union inside the development-area blocks (一期, 二期, 灵昆片区): the figure
/// toward the target.</param>
/// <param name="RecordsSum">The records' areas added up, each measured on its own.</param>
/// <param name="ByZone">The union by 一核三区 zone, in the zones' order, every zone listed.</param>
/// <param name="Outside">The union outside every zone.</param>
/// <param name="ByPhase">The counted area by development phase, every phase listed.</param>
/// <param name="ByYear">The union by year built, earliest first, records without a year last (year null).</param>
/// <param name="Progress">The counted area year by year from <see cref="BuiltUpTallyOp.FirstPlanYear"/> to
/// <see cref="BuiltUpTallyOp.LastPlanYear"/> against the straight-line path to the target.</param>
/// <param name="Overlaps">Each pair of records that overlap by more than <see cref="RecordOverlap.ToleranceSquareMetres"/>,
/// largest first.</param>
/// <param name="TargetSquareMetres">The plan's target (m²).</param>
public sealed record BuiltUpTally(
    int Records,
    TallyArea Total,
    TallyArea Counted,
    TallyArea RecordsSum,
    IReadOnlyList<BuiltUpTally.Part> ByZone,
    TallyArea Outside,
    IReadOnlyList<BuiltUpTally.Part> ByPhase,
    IReadOnlyList<BuiltUpTally.Year> ByYear,
    IReadOnlyList<BuiltUpTally.YearProgress> Progress,
    IReadOnlyList<RecordOverlap> Overlaps,
    double TargetSquareMetres)
{
    /// <summary>The part of the union in one zone or phase.</summary>
    /// <param name="Id">The zone's feature id or the phase's id (e.g. <c>phase-i</c>).</param>
    /// <param name="NameZh">Its Chinese name.</param>
    /// <param name="NameEn">Its English name, or null.</param>
    /// <param name="Area">The union's area there.</param>
    public sealed record Part(string Id, string NameZh, string? NameEn, TallyArea Area);

    /// <summary>The union's area first built in one year: where records of several years overlap, the area counts
    /// for the earliest; records without a year count only where no dated record lies.</summary>
    /// <param name="BuiltYear">The records' <c>built_year</c>, or null for those that give none.</param>
    /// <param name="Records">How many records give that year.</param>
    /// <param name="Area">The union's area first built that year.</param>
    /// <param name="Counted">Of it, the part inside the development-area blocks.</param>
    public sealed record Year(int? BuiltYear, int Records, TallyArea Area, TallyArea Counted);

    /// <summary>One year of the plan period.</summary>
    /// <param name="BuiltYear">The year.</param>
    /// <param name="Counted">Counted area first built that year.</param>
    /// <param name="CumulativeCounted">Counted area of the records built that year or earlier (years before the plan
    /// period included): the area of their union inside the blocks.</param>
    /// <param name="PathSquareMetres">The straight line from 0 at the end of the year before the period to the target
    /// at the end of its last year.</param>
    public sealed record YearProgress(int BuiltYear, TallyArea Counted, TallyArea CumulativeCounted, decimal PathSquareMetres);

    /// <summary>The records' areas added up less the area of their union: what overlaps and duplicates would have
    /// counted twice. Overlay rounding can make disjoint records differ by a few hundredths of a m² from their union;
    /// such a difference under <see cref="RecordOverlap.ToleranceSquareMetres"/> is reported as 0.</summary>
    public TallyArea Overlap
    {
        get
        {
            var difference = RecordsSum - Total;
            return Math.Abs(difference.SquareMetres) < (decimal)RecordOverlap.ToleranceSquareMetres ? TallyArea.Zero : difference;
        }
    }

    /// <summary>Share of the target reached by <see cref="Counted"/>, 1.0 = met.</summary>
    public double ShareOfTarget => (double)Counted.SquareMetres / TargetSquareMetres;
}
