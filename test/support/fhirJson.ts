import type { Bundle, FhirResource } from 'fhir/r4';

/** A FHIR R4 JSON file as GroupNote writes it (tests then check the shape with validateFhir). */
export function parseBundle(text: string): Bundle {
  return JSON.parse(text) as Bundle;
}

type ResourceOf<T extends FhirResource['resourceType']> = Extract<FhirResource, { resourceType: T }>;

/** The bundle's resources of one type, typed. */
export function resourcesOf<T extends FhirResource['resourceType']>(bundle: Bundle, type: T): ResourceOf<T>[] {
  return (bundle.entry ?? [])
    .map((entry) => entry.resource)
    .filter((resource): resource is ResourceOf<T> => resource?.resourceType === type);
}
