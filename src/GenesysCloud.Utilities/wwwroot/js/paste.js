// The paste box of the bulk-change workflow. Its text never travels in a Blazor event (a large paste would
// exceed the SignalR message limit and be dropped): .NET hears only its size, and reads the text as a stream.
export function watch(textarea, dotnet) {
    let timer;
    const report = () => {
        clearTimeout(timer);
        timer = setTimeout(() => dotnet.invokeMethodAsync("OnPasteChanged", new Blob([textarea.value]).size), 150);
    };
    textarea.addEventListener("input", report);
    textarea.addEventListener("change", report);
    report();
    return {
        dispose: () => {
            clearTimeout(timer);
            textarea.removeEventListener("input", report);
            textarea.removeEventListener("change", report);
        },
    };
}

export function read(textarea) {
    return new TextEncoder().encode(textarea.value);
}
