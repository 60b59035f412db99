/*
 * The admin dashboard's charts, drawn from /api/admin/dashboard (the page's tables hold the same figures). In a file
 * rather than inline because the Content-Security-Policy allows no inline script; the filter comes from data-from,
 * data-to and data-channel, as the page read it.
 */
(async () => {
    const settings = document.currentScript.dataset;
    const query = new URLSearchParams({ from: settings.from, to: settings.to, channel: settings.channel || "webchat" });
    // Names mirror IndexModel.IntentName / ModeName; unknown labels are shown as they are.
    const intentNames = { question: "业务咨询", greeting: "问候", thanks: "致谢", handoff: "转人工", complaint: "投诉", out_of_scope: "超出范围" };
    const modeNames = { Curated: "标注问答", Llm: "大模型", Template: "模板引用", Fallback: "兜底回复", Intent: "意图回复" };
    const palette = ["#1d4f91", "#1f7a3a", "#b3261e", "#a15c00", "#6b4fbb", "#2a9d8f", "#616e7c"];
    const response = await fetch("/api/admin/dashboard?" + query.toString(), { credentials: "same-origin", headers: { Accept: "application/json" } });
    if (!response.ok) {
        document.body.dataset.dashboard = "error";
        return;
    }

    const report = await response.json();
    const pie = (id, labels, values, colors = palette) => new Chart(document.getElementById(id), {
        type: "doughnut",
        data: { labels, datasets: [{ data: values, backgroundColor: colors }] },
        options: { animation: false, maintainAspectRatio: true, aspectRatio: 1.4, plugins: { legend: { position: "bottom" } } }
    });
    new Chart(document.getElementById("chart-daily"), {
        type: "line",
        data: {
            labels: report.perDay.map(d => d.date),
            datasets: [
                { label: "提问", data: report.perDay.map(d => d.total), borderColor: palette[0] },
                { label: "已回答", data: report.perDay.map(d => d.answered), borderColor: palette[1] },
                { label: "未能回答", data: report.perDay.map(d => d.declined), borderColor: palette[2] }
            ]
        },
        options: { animation: false, maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
    pie("chart-outcome", ["已回答", "未能回答", "其他"], [report.answered, report.declined, report.total - report.answered - report.declined], [palette[1], palette[2], palette[6]]);
    pie("chart-intents", report.intents.map(i => intentNames[i.label] ?? i.label), report.intents.map(i => i.count));
    pie("chart-modes", report.modes.map(m => modeNames[m.label] ?? m.label), report.modes.map(m => m.count));
    new Chart(document.getElementById("chart-feedback"), {
        type: "bar",
        data: { labels: ["点赞", "点踩"], datasets: [{ label: "次数", data: [report.likes, report.dislikes], backgroundColor: [palette[1], palette[2]] }] },
        options: { animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
    document.body.dataset.dashboard = "drawn";
})();
