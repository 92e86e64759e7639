using Microsoft.Extensions.Options;

namespace SpatialPlan.Web.Http;

/// <summary>
/// The one way an options class is bound: from its configuration section (each class names it in a
/// <c>Section</c> constant), checked when the host starts, so a bad setting stops start-up with its message instead
/// of failing a later request.
/// </summary>
public static class SettingsRegistration
{
    public static OptionsBuilder<T> AddSettings<T>(this IServiceCollection services, string section)
        where T : class => services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();

    public static OptionsBuilder<T> AddSettings<T>(this IServiceCollection services, string section, Func<T, bool> isValid, string failure)
        where T : class => services.AddSettings<T>(section).Validate(isValid, failure);
}
