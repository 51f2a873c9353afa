import { z } from 'zod';
import data from '../../../resources/data/border-districts.json';
import type { OfficeFields } from './records';

const districtsSchema = z.object({
  offices: z.array(
    z.object({
      id: z.string(),
      name: z.object({ en: z.string(), hi: z.string(), bn: z.string() }),
      state: z.string(),
      district: z.string(),
      policeStations: z.array(z.string()),
    }),
  ),
  crimeHeads: z.array(z.string()),
  modusOperandiExamples: z.array(z.string()),
  vehicleRegistrationPrefixes: z.array(z.string()),
});

/** The border districts and police stations shipped in resources/, for init and demo data. */
export const borderDistricts = districtsSchema.parse(data);

export type KnownOffice = OfficeFields & { id: string };

/** The shipped offices as office records. */
export const knownOffices: KnownOffice[] = borderDistricts.offices.map((office) => ({
  id: office.id,
  nameEn: office.name.en,
  nameHi: office.name.hi,
  nameBn: office.name.bn,
  state: office.state,
  district: office.district,
  policeStations: office.policeStations,
}));

/** A shipped office by id or English name (any case), if there is one. */
export function findKnownOffice(nameOrId: string): KnownOffice | undefined {
  const wanted = nameOrId.trim().toLowerCase();
  return knownOffices.find(
    (office) => office.id === wanted || office.nameEn.toLowerCase() === wanted,
  );
}
