import type { ChartNote } from '../../server/src/chart';

/** The texts of a chart note that its rendering must show. */
export function fieldTexts(chart: ChartNote): string[] {
  const texts = [
    chart.practice.name,
    chart.practice.npi,
    chart.patient.name,
    chart.patient.dob,
    chart.patient.id,
    chart.patient.insuranceMemberId,
    chart.session.date,
    chart.session.start,
    chart.session.end,
    chart.session.durationMinutes !== undefined ? `${chart.session.durationMinutes} minutes` : undefined,
    chart.session.cpt,
    chart.session.pos?.code,
    chart.facilitator?.name,
    chart.facilitator?.credential,
    chart.group.type,
    chart.group.theme,
    ...chart.interventions,
    ...chart.diagnoses.flatMap((dx) => [dx.code, dx.title]),
    ...chart.goalsAddressed.flatMap((goal) => [goal.id, goal.text]),
    chart.signature.by,
    chart.signature.date,
  ];
  return texts.filter((text): text is string => !!text);
}
