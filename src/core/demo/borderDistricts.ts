/** The shipped border districts now live in src/shared/domain (the CLI reads them too). */
export * from '../../shared/domain/borderDistricts';
