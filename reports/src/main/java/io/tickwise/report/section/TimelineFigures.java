package io.tickwise.report.section;

import io.tickwise.report.chart.TimelineChart;
import io.tickwise.report.html.Html;
import io.tickwise.results.Timeline;

import java.util.List;

/** The per-processor timelines of the results, a numbered figure each, so a reader sees where threads ran. */
final class TimelineFigures {
    private TimelineFigures() {
    }

    static void write(Html html, Figure.FigureCounter figures, List<Timeline> timelines, String anchor) {
        if (timelines.isEmpty()) {
            html.element("p", "No timelines in these results.", "class", "note");
            return;
        }
        html.element("h3", "Timelines", "id", anchor + "-timelines");
        for (int i = 0; i < timelines.size(); i++) {
            Timeline timeline = timelines.get(i);
            String id = anchor + "-timeline-" + i;
            String title = "Host threads on each logical processor, " + timeline.system() + " with " + timeline.tasks()
                    + " tasks";
            Figure.write(html, figures, id, TimelineChart.render(timeline, id + "-svg", title), title,
                    "Repetition " + timeline.repetition() + ". A row per logical processor, named as Linux numbers "
                            + "them, the siblings of a core together; a bar per interval a host thread ran, coloured by "
                            + "thread (hover for its name). Red under a core: its siblings both ran threads, each at its "
                            + "SMT share, until balancing moved one. Dark bars: threads sharing one processor; grey: "
                            + "halt-polling or idle in the guest.");
        }
    }
}
