package org.resilienceroadmap.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action register in the caller's scope, filtered as on screen, as an .xlsx workbook or a UTF-8
 * CSV file: {@code id}, the columns of an imported plan ({@link ActionPlanImport#COLUMNS}, the
 * objective by id, the programme by code), then {@code status}, {@code percent_done},
 * {@code overdue} and {@code jurisdiction} (its code); soonest due first.
 */
@Service
public class ActionRegisterExport {

    /** The export's columns, in order. */
    public static final List<String> COLUMNS = columns();

    private final ActionService actions;
    private final ActionRepository repository;
    private final JurisdictionDirectory jurisdictions;
    private final ProgrammeDirectory programmes;
    private final Clock clock;

    ActionRegisterExport(
            ActionService actions,
            ActionRepository repository,
            JurisdictionDirectory jurisdictions,
            ProgrammeDirectory programmes,
            Clock clock) {
        this.actions = actions;
        this.repository = repository;
        this.jurisdictions = jurisdictions;
        this.programmes = programmes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public byte[] export(ActionFilter filter, TableFormat format) {
        return Table.write(
                format,
                COLUMNS,
                rows(actions.find(filter, Pageable.unpaged(Sort.by("dueDate", "id")))
                        .getContent()));
    }

    /**
     * The register's rows (in {@link #COLUMNS} order) of every action in these jurisdictions, for a
     * programme's workbook. The caller has checked that the reader may see them: this reads no user.
     */
    @Transactional(readOnly = true)
    public List<List<Object>> rowsIn(java.util.Collection<Long> jurisdictionIds) {
        if (jurisdictionIds.isEmpty()) {
            return List.of();
        }
        return rows(repository.findAll(
                (root, q, cb) -> root.get("jurisdictionId").in(jurisdictionIds), Sort.by("dueDate", "id")));
    }

    private List<List<Object>> rows(List<Action> found) {
        Map<Long, String> places =
                jurisdictions
                        .findAll(found.stream()
                                .map(Action::getJurisdictionId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Jurisdiction::getId, Jurisdiction::getCode));
        Map<Long, String> codes = new HashMap<>();
        programmes
                .findAll(found.stream()
                        .map(Action::getProgrammeId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList())
                .forEach(p -> codes.put(p.getId(), p.getCode()));
        LocalDate today = LocalDate.now(clock);
        List<List<Object>> rows = new ArrayList<>();
        for (Action a : found) {
            rows.add(Arrays.asList(
                    a.getId(),
                    a.getObjectiveId(),
                    a.getTitle(),
                    a.getDescription(),
                    a.getLeadAgency(),
                    a.getOwner(),
                    a.getStartDate(),
                    a.getDueDate(),
                    a.getBudget() == null ? null : a.getBudget().amount(),
                    a.getBudget() == null ? null : a.getBudget().currency(),
                    codes.get(a.getProgrammeId()),
                    join(a.getEssentials()),
                    join(a.getHazards()),
                    join(a.getSendaiPriorities()),
                    a.getStatus().name(),
                    a.getPercentDone(),
                    a.isOverdue(today),
                    places.get(a.getJurisdictionId())));
        }
        return rows;
    }

    private static List<String> columns() {
        List<String> all = new ArrayList<>();
        all.add("id");
        all.addAll(ActionPlanImport.COLUMNS);
        all.addAll(List.of("status", "percent_done", "overdue", "jurisdiction"));
        return List.copyOf(all);
    }

    private static String join(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(";"));
    }
}
