"""Insights: which channels clients use, how fast we answer on each, and the channel wheel.

"If the wheel is not round, your service rides on a square": the user scores each channel
0–10, the data suggests a score beside it, and an earlier period can be laid over today's.
"""

from __future__ import annotations

import csv

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPolarChart,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QMargins,
    QPointF,
    Qt,
    QTime,
    QTimer,
)
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contacttracker.domain.channels import Catalogue
from contacttracker.domain.insights import ENOUGH_FOR_A_SCORE, PERIODS, period_bounds
from contacttracker.store import report, stats
from contacttracker.store.timeutil import now_utc
from contacttracker.ui import dialogs, text
from contacttracker.ui.empty_state import EmptyState
from contacttracker.ui.icons import BADGES

OTHER_COLOR = "#8c8c8c"


def _dark() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def _style(chart: QChart) -> None:
    """Charts follow the window's palette, light or dark."""
    palette = QApplication.palette()
    chart.setTheme(
        QChart.ChartTheme.ChartThemeDark if _dark() else QChart.ChartTheme.ChartThemeLight
    )
    chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
    chart.setTitleBrush(palette.color(QPalette.ColorRole.Text))
    chart.legend().setLabelColor(palette.color(QPalette.ColorRole.Text))
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)


def _reset(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    _style(chart)


def _axes(
    chart: QChart,
    series,
    categories: list[str],
    horizontal: bool,
    fmt: str = "%d",
    value_range: tuple[float, float] | None = None,
) -> None:
    """A category axis and a value axis for a bar series, values rounded to nice steps."""
    cat_axis = QBarCategoryAxis()
    cat_axis.append(categories)
    value_axis = QValueAxis()
    value_axis.setLabelFormat(fmt)
    cat_side, value_side = (
        (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
        if horizontal
        else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
    )
    chart.addAxis(cat_axis, cat_side)
    chart.addAxis(value_axis, value_side)
    series.attachAxis(cat_axis)
    series.attachAxis(value_axis)
    if value_range is not None:
        value_axis.setRange(*value_range)
    elif categories:
        value_axis.applyNiceNumbers()


def _color(channel: str) -> QColor:
    return QColor(BADGES.get(channel, (OTHER_COLOR, ""))[0])


def _hours(value: float | None) -> str:
    return "—" if value is None else QLocale().toString(value, "f", 1)


def _pct(value: float | None) -> str:
    return "—" if value is None else QLocale().toString(100 * value, "f", 0) + "%"


class Card(QFrame):
    """A titled panel holding one figure, with its PNG and CSV export."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title, self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.empty = QLabel(self.tr("No data yet for this period."), self)
        self.empty.setEnabled(False)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QVBoxLayout()
        self.png = QPushButton(self.tr("PNG…"), self)
        self.csv = QPushButton(self.tr("CSV…"), self)
        for b in (self.png, self.csv):
            b.setAccessibleName(f"{b.text()} {title}")
        self.png.clicked.connect(self.export_png)
        self.csv.clicked.connect(self.export_csv)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.png)
        head.addWidget(self.csv)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.empty)
        layout.addLayout(self.body, 1)
        self.rows: list[list[str]] = []
        self.header: list[str] = []
        self.view: QWidget | None = None

    def set_data(self, header: list[str], rows: list[list[str]]) -> None:
        self.header, self.rows = header, rows
        self.empty.setVisible(not rows)
        if self.view is not None:
            self.view.setVisible(bool(rows))
        self.png.setEnabled(bool(rows))
        self.csv.setEnabled(bool(rows))

    def export_png(self) -> None:
        name = self.title.text().lower().replace(" ", "-") + ".png"
        path = dialogs.save_file(self, self.tr("Save chart"), name, self.tr("PNG images (*.png)"))
        if path and self.view is not None and not self.view.grab().save(path, "PNG"):
            dialogs.message(self, "warning", self.tr("Not saved"), path)

    def export_csv(self) -> None:
        name = self.title.text().lower().replace(" ", "-") + ".csv"
        path = dialogs.save_file(self, self.tr("Save figures"), name, self.tr("CSV files (*.csv)"))
        if not path:
            return
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\r\n")
            writer.writerow(self.header)
            writer.writerows(self.rows)


def chart_view(chart: QChart, height: int = 260) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(height)
    return view


class InsightsPage(QWidget):
    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.data: report.Report | None = None
        self.period = QComboBox(self)
        for key, label in PERIODS.items():
            self.period.addItem(text.translate("Period", label), key)
        self.period.addItem(self.tr("Custom…"), "custom")
        self.period.setAccessibleName(self.tr("Period"))
        self.start = QDateEdit(QDate.currentDate().addMonths(-1), self)
        self.end = QDateEdit(QDate.currentDate(), self)
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self.reload)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:"), self))
        top.addWidget(self.period)
        top.addWidget(self.start)
        top.addWidget(self.end)
        top.addStretch(1)

        self.share_card = Card(self.tr("Share of clients by channel"), self)
        self.share_chart = QChart()
        self.share_card.view = chart_view(self.share_chart)
        self.share_card.body.addWidget(self.share_card.view)

        self.month_card = Card(self.tr("Conversations per month"), self)
        self.month_direction = QComboBox(self)
        self.month_direction.addItem(self.tr("In and out"), "both")
        self.month_direction.addItem(self.tr("Incoming"), "in")
        self.month_direction.addItem(self.tr("Outgoing"), "out")
        self.month_direction.setAccessibleName(self.tr("Direction"))
        self.month_direction.currentIndexChanged.connect(self._draw_months)
        self.month_chart = QChart()
        self.month_card.view = chart_view(self.month_chart)
        self.month_card.body.addWidget(self.month_direction)
        self.month_card.body.addWidget(self.month_card.view)

        self.speed_card = Card(self.tr("How fast we answer"), self)
        self.speed_table = self._table()
        self.slow_label = QLabel(self)
        self.slow_label.setTextFormat(Qt.TextFormat.PlainText)
        self.slow_label.setWordWrap(True)
        self.speed_card.view = self.speed_table
        self.speed_card.body.addWidget(self.speed_table)
        self.speed_card.body.addWidget(self.slow_label)

        self.confirm_card = Card(self.tr("E-mail confirmations"), self)
        self.confirm_label = QLabel(self)
        self.confirm_label.setTextFormat(Qt.TextFormat.PlainText)
        self.confirm_label.setWordWrap(True)
        self.confirm_chart = QChart()
        self.confirm_card.view = chart_view(self.confirm_chart, 180)
        self.confirm_card.body.addWidget(self.confirm_label)
        self.confirm_card.body.addWidget(self.confirm_card.view)

        self.fit_card = Card(self.tr("Channel fit"), self)
        self.fit_label = QLabel(self)
        self.fit_label.setTextFormat(Qt.TextFormat.PlainText)
        self.fit_label.setWordWrap(True)
        self.fit_table = self._table()
        self.fit_card.view = self.fit_table
        self.fit_card.body.addWidget(self.fit_label)
        self.fit_card.body.addWidget(self.fit_table)

        self.wheel_card = Card(self.tr("The channel wheel"), self)
        self.wheel_chart = QPolarChart()
        self.wheel_card.view = chart_view(self.wheel_chart, 400)
        self.sliders_box = QGridLayout()
        self.sliders: dict[str, QSlider] = {}
        self.save_scores = QPushButton(self.tr("&Save my scores"), self)
        self.save_scores.clicked.connect(self._save_scores)
        wheel_row = QHBoxLayout()
        wheel_row.addWidget(self.wheel_card.view, 3)
        side = QVBoxLayout()
        self.too_little = QLabel(self)
        self.too_little.setTextFormat(Qt.TextFormat.PlainText)
        self.too_little.setWordWrap(True)
        side.addWidget(self.too_little)
        side.addLayout(self.sliders_box)
        side.addWidget(self.save_scores)
        side.addStretch(1)
        wheel_row.addLayout(side, 2)
        self.wheel_card.body.addLayout(wheel_row)

        for card in (
            self.share_card,
            self.month_card,
            self.speed_card,
            self.confirm_card,
            self.fit_card,
            self.wheel_card,
        ):
            card.view.setAccessibleName(card.title.text())  # a screen reader names the figure
        grid = QGridLayout()
        grid.addWidget(self.wheel_card, 0, 0, 1, 2)
        grid.addWidget(self.share_card, 1, 0)
        grid.addWidget(self.month_card, 1, 1)
        grid.addWidget(self.speed_card, 2, 0)
        grid.addWidget(self.confirm_card, 2, 1)
        grid.addWidget(self.fit_card, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        inner = QWidget(self)
        inner.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # No conversations at all, or none in the period: said, with what to do instead.
        self.nothing = EmptyState(self)
        self.all_time_button = self.nothing.add_button(self.tr("Show &all time"), self.all_time)
        self.log_button = self.nothing.add_button(
            self.tr("&Log a conversation…"), "log_conversation"
        )
        self.import_button = self.nothing.add_button(
            self.tr("&Import history…"), "files.import_files"
        )
        self.stack = QStackedWidget(self)
        self.stack.addWidget(scroll)
        self.stack.addWidget(self.nothing)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        self._period_changed()

    def _table(self) -> QTableWidget:
        table = QTableWidget(self)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setMinimumHeight(200)
        return table

    # -- data ---------------------------------------------------------------------------------
    def bounds(self) -> stats.Period:
        key = self.period.currentData()
        if key == "custom":
            start = QDateTime(self.start.date(), QTime(0, 0)).toPython().astimezone()
            end = QDateTime(self.end.date().addDays(1), QTime(0, 0)).toPython().astimezone()
            return start, end
        return period_bounds(key, now_utc())

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        self.start.setVisible(custom)
        self.end.setVisible(custom)
        self.reload()

    def changeEvent(self, event) -> None:
        # Light to dark or back: the charts take the new palette's theme.
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "data", None) is not None:
            QTimer.singleShot(0, self, self.reload)
        super().changeEvent(event)

    def reload(self) -> None:
        self.data = report.build(self.bounds())
        data = self.data
        if data.empty:
            self.summary.setText(self.tr("No conversations in this period yet."))
        else:
            self.summary.setText(
                self.tr("%n client(s) talked to in this period.", "", data.clients)
            )
        self._show_empty_state(data.empty)
        self._draw_share()
        self._draw_months()
        self._draw_speed()
        self._draw_confirmations()
        self._draw_fit()
        self._draw_wheel()

    def _show_empty_state(self, empty: bool) -> None:
        from contacttracker.store.models import Conversation

        history = (
            not empty or Conversation.select().where(Conversation.deleted_at.is_null()).exists()
        )
        if not history:
            self.nothing.say(
                self.tr("No conversations to measure yet."),
                self.tr(
                    "Which channels your clients use and how fast you answer on each show "
                    "here once conversations are logged or imported."
                ),
            )
        else:
            self.nothing.say(
                self.tr("No conversations in this period."),
                self.tr("Choose a longer period, or all time."),
            )
        self.all_time_button.setVisible(history and self.period.currentData() != "all")
        self.log_button.setVisible(not history)
        self.import_button.setVisible(not history)
        self.stack.setCurrentWidget(self.nothing if empty else self.stack.widget(0))

    def all_time(self) -> None:
        self.period.setCurrentIndex(self.period.findData("all"))

    def name(self, channel: str) -> str:
        return text.channel_name(self.catalogue, channel)

    # -- the figures -------------------------------------------------------------------------
    def _draw_share(self) -> None:
        chart = self.share_chart
        _reset(chart)
        rows = list(reversed(self.data.channels))  # the horizontal chart draws bottom-up
        series = QHorizontalBarSeries()
        bars = QBarSet(self.tr("Share of clients, %"))
        # Whole percents: a chart label is not written in the locale's numbers ("72.7").
        bars.append([round(100 * r.share) for r in rows])
        bars.setColor(QColor("#3b6ea8"))
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value%")
        series.hovered.connect(
            lambda _status, index, _set: (
                self.share_card.view.setToolTip(
                    f"{self.name(rows[index].channel)}: {rows[index].clients} "
                    f"({QLocale().toString(100 * rows[index].share, 'f', 1)}%)"
                )
                if 0 <= index < len(rows)
                else None
            )
        )
        chart.addSeries(series)
        _axes(chart, series, [self.name(r.channel) for r in rows], True, "%d%%", (0, 100))
        chart.legend().setVisible(False)
        self.share_card.set_data(
            ["channel", "clients", "share_pct"],
            [[r.channel, str(r.clients), f"{100 * r.share:.1f}"] for r in self.data.channels],
        )

    def _draw_months(self) -> None:
        chart = self.month_chart
        _reset(chart)
        mode = self.month_direction.currentData()
        months = sorted({m for m, *_ in self.data.months})
        channels = [r.channel for r in self.data.channels]
        counts: dict[tuple[str, str], int] = {}
        for month, channel, n_in, n_out in self.data.months:
            n = {"in": n_in, "out": n_out}.get(mode, n_in + n_out)
            counts[(month, channel)] = n
        series = QStackedBarSeries()
        for channel in channels:
            bars = QBarSet(self.name(channel))
            bars.append([counts.get((m, channel), 0) for m in months])
            bars.setColor(_color(channel))
            series.append(bars)
        series.hovered.connect(
            lambda status, index, barset: self.month_card.view.setToolTip(
                f"{barset.label()}, {months[index]}: {int(barset.at(index))}" if status else ""
            )
        )
        chart.addSeries(series)
        _axes(chart, series, months, False)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.month_card.set_data(
            ["month", "channel", "incoming", "outgoing"],
            [[m, ch, str(i), str(o)] for m, ch, i, o in self.data.months],
        )

    def _draw_speed(self) -> None:
        rows = [r for r in self.data.channels if r.answered]
        table = self.speed_table
        headers = [
            self.tr("Channel"),
            self.tr("Answered"),
            self.tr("Median, h"),
            self.tr("90% within, h"),
            self.tr("On time"),
        ]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = [
                self.name(r.channel),
                str(r.answered),
                _hours(r.median_hours),
                _hours(r.p90_hours),
                _pct(r.within_target),
            ]
            for j, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if j:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(i, j, item)
        slow = self.data.slowest_clients[:5]
        self.slow_label.setText(
            self.tr("Slowest answers: %1").replace(
                "%1",
                ", ".join(
                    self.tr("%1 (%2 h)").replace("%1", s.key).replace("%2", _hours(s.median_hours))
                    for s in slow
                ),
            )
            if slow
            else ""
        )
        self.speed_card.set_data(
            ["channel", "answered", "median_h", "p90_h", "within_target_pct"],
            [
                [
                    r.channel,
                    str(r.answered),
                    _hours(r.median_hours),
                    _hours(r.p90_hours),
                    f"{100 * (r.within_target or 0):.1f}",
                ]
                for r in rows
            ],
        )

    def _draw_confirmations(self) -> None:
        c = self.data.confirmations
        self.confirm_label.setText(
            self.tr("%1 of %2 e-mails confirmed (%3); half within %4 h.")
            .replace("%1", str(c.confirmed))
            .replace("%2", str(c.sent))
            .replace("%3", _pct(c.confirmed / c.sent if c.sent else None))
            .replace("%4", _hours(c.median_hours))
            if c.sent
            else ""
        )
        chart = self.confirm_chart
        _reset(chart)
        rows = list(reversed(c.by_channel))
        series = QHorizontalBarSeries()
        bars = QBarSet(self.tr("Confirmations"))
        bars.append([n for _ch, n in rows])
        bars.setColor(QColor("#2e8b57"))
        series.append(bars)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        _axes(chart, series, [self.name(ch) for ch, _n in rows], True)
        chart.legend().setVisible(False)
        self.confirm_card.set_data(
            ["confirmed_by", "count"], [[ch, str(n)] for ch, n in c.by_channel]
        )

    def _draw_fit(self) -> None:
        f = self.data.fit
        self.fit_label.setText(
            self.tr(
                "%1 of our %2 outgoing contacts (%3) used one of the client's two "
                "preferred channels."
            )
            .replace("%1", str(f.on_preferred))
            .replace("%2", str(f.outgoing))
            .replace("%3", _pct(f.share))
            if f.outgoing
            else ""
        )
        table = self.fit_table
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(
            [self.tr("Client reached elsewhere"), self.tr("Elsewhere"), self.tr("All")]
        )
        table.setRowCount(len(f.worst))
        for i, (name, wrong, total) in enumerate(f.worst):
            for j, value in enumerate((name, str(wrong), str(total))):
                table.setItem(i, j, QTableWidgetItem(value))
        self.fit_card.set_data(
            ["client", "other_channel", "all_outgoing"],
            [[n, str(w), str(t)] for n, w, t in f.worst]
            or ([["", "0", str(f.outgoing)]] if f.outgoing else []),
        )

    def _draw_wheel(self) -> None:
        channels = [r.channel for r in self.data.channels]
        suggested = {r.channel: r.suggested for r in self.data.channels}
        thin = [self.name(r.channel) for r in self.data.channels if r.suggested is None]
        self.too_little.setVisible(bool(thin))
        self.too_little.setText(
            self.tr(
                "Too little data for a suggested score on %1: a channel needs %2 conversations"
                " in the period."
            )
            .replace("%1", ", ".join(thin))
            .replace("%2", QLocale().toString(ENOUGH_FOR_A_SCORE))
        )
        self._build_sliders(channels)
        chart = self.wheel_chart
        _reset(chart)
        n = len(channels)
        if n < 3:
            self.wheel_card.set_data([], [])
            return
        angular = QCategoryAxis()
        angular.setRange(0, 360)
        angular.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for i, ch in enumerate(channels):
            angular.append(self.name(ch), 360 * i / n)
        radial = QValueAxis()
        radial.setRange(0, 10)
        radial.setTickCount(6)
        radial.setLabelFormat("%d")
        chart.addAxis(angular, QPolarChart.PolarOrientation.PolarOrientationAngular)
        chart.addAxis(radial, QPolarChart.PolarOrientation.PolarOrientationRadial)

        def ring(label: str, values: dict, color: str, dashed: bool = False) -> None:
            known = [(i, values.get(ch)) for i, ch in enumerate(channels)]
            if sum(v is not None for _i, v in known) < 3:
                return  # one or two spokes make a spike, not a wheel
            series = QLineSeries()
            series.setName(label)
            points = [QPointF(360 * i / n, float(v or 0)) for i, v in known]
            series.append([*points, QPointF(360.0, points[0].y())])
            pen = QPen(QColor(color))
            pen.setWidth(3 if not dashed else 2)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            series.setPen(pen)
            series.hovered.connect(
                lambda point, state, label=label: self.wheel_card.view.setToolTip(
                    f"{label}: {channels[min(n - 1, round(point.x() * n / 360) % n)]} "
                    f"{point.y():.0f}"
                    if state
                    else ""
                )
            )
            chart.addSeries(series)
            series.attachAxis(angular)
            series.attachAxis(radial)

        mine = {ch: self.sliders[ch].value() for ch in channels if ch in self.data.scores}
        ring(self.tr("Your score"), mine, "#d9822b")
        ring(self.tr("Suggested by the data"), suggested, "#3b6ea8")
        ring(self.tr("Earlier period"), self.data.earlier, OTHER_COLOR, dashed=True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.wheel_card.set_data(
            ["channel", "your_score", "suggested", "earlier_period"],
            [
                [
                    ch,
                    str(self.data.scores.get(ch, "")),
                    str(suggested.get(ch) or ""),
                    str(self.data.earlier.get(ch) or ""),
                ]
                for ch in channels
            ],
        )

    def _build_sliders(self, channels: list[str]) -> None:
        while self.sliders_box.count():
            widget = self.sliders_box.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.sliders = {}
        for i, ch in enumerate(channels):
            label = QLabel(self.name(ch), self)
            slider = QSlider(Qt.Orientation.Horizontal, self)
            slider.setRange(0, 10)
            slider.setPageStep(1)
            slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            slider.setValue(self.data.scores.get(ch, self.data.channels[i].suggested or 5))
            slider.setAccessibleName(self.tr("Score of %1").replace("%1", self.name(ch)))
            value = QLabel(str(slider.value()), self)
            value.setMinimumWidth(20)
            slider.valueChanged.connect(lambda v, value=value: value.setText(str(v)))
            label.setBuddy(slider)
            self.sliders_box.addWidget(label, i, 0)
            self.sliders_box.addWidget(slider, i, 1)
            self.sliders_box.addWidget(value, i, 2)
            self.sliders[ch] = slider

    def _save_scores(self) -> None:
        stats.save_scores({ch: s.value() for ch, s in self.sliders.items()})
        self.data.scores = stats.saved_scores()
        self._draw_wheel()
