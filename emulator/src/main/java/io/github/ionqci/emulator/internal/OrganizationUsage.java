package io.github.ionqci.emulator.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code GET /organizations/{organization_id}/usage}: IonQ's usage report computed from the emulator's own jobs.
 * A job counts when it completed on a QPU backend (the simulator is free), was not a dry run and was submitted in
 * {@code [start_date, end_date)}; its amount is the emulator's cost model ({@link JobCommands#estimate}) and its
 * time its execution duration. {@code usage_data} has one entry per day, week or month from {@code start_date},
 * most recent first, each with the top five groups (by job, project or user). The emulator has one organization:
 * any id is answered with its jobs.
 *
 * <pre>{@code
 * GET /v0.4/organizations/any/usage?start_date=2026-01-01&end_date=2026-02-01&group_by=project&modality=weekly
 * }</pre>
 */
final class OrganizationUsage {

    private static final Set<String> GROUPS = Set.of("job", "project", "user");
    private static final Set<String> MODALITIES = Set.of("daily", "weekly", "monthly");
    private static final int TOP_GROUPS = 5;

    private OrganizationUsage() {
    }

    /** One counted job. */
    private record Charge(LocalDate day, String group, BigDecimal amount, long timeUs) {
    }

    static HttpReply report(JobStore store, ApiRequest request, String organization) {
        LocalDate start;
        LocalDate end;
        try {
            start = date(request, "start_date");
            end = date(request, "end_date");
        } catch (PayloadException e) {
            return ApiErrors.badRequest(e.getMessage(), "query", e.keys());
        }
        String groupBy = request.param("group_by");
        String modality = request.param("modality");
        if (groupBy == null || !GROUPS.contains(groupBy)) {
            return ApiErrors.badRequest("\"group_by\" must be one of job, project, user.", "query",
                    List.of("group_by"));
        }
        if (modality == null || !MODALITIES.contains(modality)) {
            return ApiErrors.badRequest("\"modality\" must be one of daily, weekly, monthly.", "query",
                    List.of("modality"));
        }
        if (!end.isAfter(start)) {
            return ApiErrors.badRequest("\"end_date\" (exclusive) must be after \"start_date\".", "query",
                    List.of("end_date"));
        }
        Function<JobDefinition, String> group = switch (groupBy) {
            case "job" -> JobDefinition::id;
            case "project" -> d -> d.projectId() == null ? "none" : d.projectId();
            default -> JobDefinition::submitterId;
        };
        List<Charge> charges = new ArrayList<>();
        for (JobEntry job : store.newestFirst()) {
            JobDefinition def = job.definition();
            JobState state = job.state(store.now());
            LocalDate day = state.submittedAt().atZone(ZoneOffset.UTC).toLocalDate();
            if (def.backend().startsWith("qpu.") && !def.dryRun() && !def.isParent()
                    && JobEntry.COMPLETED.equals(state.status()) && !day.isBefore(start) && day.isBefore(end)) {
                long ms = state.executionDurationMs() == null ? 0 : state.executionDurationMs();
                charges.add(new Charge(day, group.apply(def), JobCommands.estimate(def), ms * 1000));
            }
        }
        ObjectNode body = Json.object();
        body.put("organization", organization);
        body.put("group_type", groupBy);
        body.put("modality", modality);
        body.put("start_date", start.toString());
        body.put("end_date", end.toString());
        body.put("usage_from", start.atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        body.put("usage_to", end.atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        body.put("usage_unit", "USD");
        body.put("job_count", charges.size());
        body.put("amount_total", sum(charges));
        body.put("time_us_total", charges.stream().mapToLong(Charge::timeUs).sum());
        ArrayNode totals = body.putArray("amount_totals");
        totals.addObject().put("amount", sum(charges)).put("unit", "USD");
        List<ObjectNode> buckets = new ArrayList<>();
        for (LocalDate from = start; from.isBefore(end); from = next(from, modality)) {
            LocalDate bucketStart = from;
            LocalDate bucketEnd = next(from, modality);
            List<Charge> in = charges.stream().filter(c -> !c.day().isBefore(bucketStart)
                    && c.day().isBefore(bucketEnd)).toList();
            buckets.add(0, bucket(bucketStart, in));
        }
        body.putArray("usage_data").addAll(buckets);
        return HttpReply.json(200, body);
    }

    private static ObjectNode bucket(LocalDate from, List<Charge> charges) {
        ObjectNode usage = Json.object();
        usage.put("from", from.toString());
        usage.put("job_count", charges.size());
        usage.put("amount", sum(charges));
        usage.put("amount_unit", "USD");
        usage.put("time_us", charges.stream().mapToLong(Charge::timeUs).sum());
        Map<String, List<Charge>> byGroup = new LinkedHashMap<>();
        charges.forEach(c -> byGroup.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(c));
        ArrayNode groups = usage.putArray("group_usages");
        byGroup.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Charge>> e) -> sum(e.getValue())).reversed())
                .limit(TOP_GROUPS)
                .forEach(e -> groups.addObject().put("group_id", e.getKey()).put("group_name", e.getKey())
                        .put("job_count", e.getValue().size()).put("amount", sum(e.getValue()))
                        .put("amount_unit", "USD")
                        .put("time_us", e.getValue().stream().mapToLong(Charge::timeUs).sum()));
        return usage;
    }

    private static BigDecimal sum(List<Charge> charges) {
        return charges.stream().map(Charge::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static LocalDate next(LocalDate from, String modality) {
        return switch (modality) {
            case "daily" -> from.plusDays(1);
            case "weekly" -> from.plusWeeks(1);
            default -> from.plusMonths(1);
        };
    }

    private static LocalDate date(ApiRequest request, String name) {
        String value = request.param(name);
        if (value == null) {
            throw new PayloadException("\"" + name + "\" is required, as a date like 2026-01-31.", List.of(name));
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new PayloadException("\"" + name + "\" must be a date like 2026-01-31, got \"" + value
                    + "\".", List.of(name));
        }
    }
}
