using Microsoft.AspNetCore.Components.Server.Circuits;

namespace GenesysCloud.Web.Connection;

/// <summary>Reports every inbound circuit event (clicks, typing, navigation) to the session's <see cref="IdleMonitor"/>.</summary>
public sealed class IdleCircuitHandler(IdleMonitor monitor) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            monitor.Touch();
            return next(context);
        };
}
