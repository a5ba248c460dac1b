// One simple glyph per component type, as SVG path data for a 24x24 viewBox (fill, no stroke).
// Each glyph pairs with the type's colour so that colour is never the only cue.

import { bar, circle, circleHole, glyph, lens, polygon, polygonHole, rect, rectHole } from './iconGeometry';

export const componentIcons = {
  // Clipboard with lines: the programme's case and operations system.
  sp_mis: glyph(rect(8, 2, 8, 2.5, 1), rect(4, 4, 16, 18, 2), rectHole(7, 9, 10, 2), rectHole(7, 13, 10, 2), rectHole(7, 17, 6, 2)),
  // House: registry of households and individuals.
  social_registry: glyph(
    polygon([12, 2], [22, 11], [2, 11]),
    polygon([4, 11], [20, 11], [20, 22], [14, 22], [14, 16], [10, 16], [10, 22], [4, 22]),
  ),
  // Stacked layers: beneficiaries of many programmes brought together.
  ibr: glyph(rect(3, 3, 18, 5, 2.5), rect(3, 9.5, 18, 5, 2.5), rect(3, 16, 18, 5, 2.5)),
  // ID card with photo and text lines.
  id_system: glyph(
    rect(2, 5, 20, 14, 2),
    circleHole(7.5, 10.5, 2.3),
    rectHole(4.5, 14, 6, 2, 1),
    rectHole(13, 9, 6.5, 1.8),
    rectHole(13, 12.6, 6.5, 1.8),
  ),
  // Certificate with a seal: births, deaths, marriages.
  crvs: glyph(
    rect(3, 2, 12, 17, 1.5),
    rectHole(5.5, 5.5, 7, 1.6),
    rectHole(5.5, 9, 7, 1.6),
    rectHole(5.5, 12.5, 4.5, 1.6),
    circle(18.6, 18.6, 3.4),
  ),
  // Three people: the resident population.
  population_register: glyph(
    circle(12, 6.5, 3),
    rect(8.5, 10.5, 7, 10, 3),
    circle(5, 9, 2.3),
    rect(2, 12.3, 5.5, 7.7, 2.5),
    circle(19, 9, 2.3),
    rect(16.5, 12.3, 5.5, 7.7, 2.5),
  ),
  // Wheelchair user.
  disability_registry: glyph(
    circle(11, 3.8, 2.2),
    rect(9.7, 7, 2.6, 6.5, 1.3),
    rect(9.7, 11.6, 7.5, 2.6, 1.3),
    rect(14.6, 11.6, 2.6, 8, 1.3),
    rect(14.6, 17.4, 6, 2.6, 1.3),
    circle(9, 16, 6),
    circleHole(9, 16, 4),
  ),
  // Sprout: farmers and agricultural holdings.
  farmer_registry: glyph(rect(11, 9, 2, 11), lens(11, 13, 3, 6, 8), lens(13, 10, 21, 3, 8), rect(5, 20, 14, 2, 1)),
  // Briefcase: jobs and employment services.
  employment_pes: glyph(
    rect(8, 3, 8, 5.5, 1.5),
    rectHole(10, 5, 4, 3.5),
    rect(2, 7, 20, 14, 2),
    rectHole(3.5, 12.5, 17, 1.4),
    rect(10.5, 11.2, 3, 3.6, 0.8),
  ),
  // Receipt with a percent sign: income data from the revenue authority.
  tax_revenue: glyph(
    polygon([5, 2], [19, 2], [19, 21], [16.67, 19.5], [14.33, 21], [12, 19.5], [9.67, 21], [7.33, 19.5], [5, 21]),
    circleHole(9, 7.5, 1.8),
    circleHole(15, 14, 1.8),
    polygonHole([15, 6], [16.2, 7], [9, 16], [7.8, 15]),
  ),
  // Umbrella: social insurance cover.
  social_insurance_pension: glyph(
    'M2 12A10 10 0 0 1 22 12Z',
    rect(11, 12, 2, 7),
    'M13 18.5A3 3 0 0 1 7 18.5H9A1 1 0 0 0 11 18.5Z',
  ),
  // Medical cross.
  health_system: glyph(
    polygon([9, 3], [15, 3], [15, 9], [21, 9], [21, 15], [15, 15], [15, 21], [9, 21], [9, 15], [3, 15], [3, 9], [9, 9]),
  ),
  // Graduation cap.
  education_system: glyph(
    polygon([12, 3], [23, 8.5], [12, 14], [1, 8.5]),
    polygon([6, 12], [12, 15], [18, 12], [18, 17], [12, 20], [6, 17]),
    rect(20.2, 9, 1.4, 7.5, 0.7),
  ),
  // Folded map: land and property cadastre.
  land_property_registry: glyph(
    polygon([2, 5], [8, 3], [8, 19], [2, 21]),
    polygon([9.2, 3], [14.8, 5], [14.8, 21], [9.2, 19]),
    polygon([16, 5], [22, 3], [22, 19], [16, 21]),
  ),
  // Coin sent onwards: payment instructions leaving the programme.
  payment_gateway: glyph(
    circle(7, 12, 5),
    circleHole(7, 12, 3.2),
    rect(6.2, 10, 1.6, 4),
    rect(12.5, 11, 5.5, 2),
    polygon([17, 7], [23, 12], [17, 17]),
  ),
  // Chain links: a person's ID linked to a financial address.
  fa_mapper: glyph(rect(2, 8, 12, 8, 4), rectHole(4.5, 10.5, 7, 3, 1.5), rect(10, 8, 12, 8, 4), rectHole(12.5, 10.5, 7, 3, 1.5)),
  // Bank building.
  bank_psp: glyph(
    polygon([12, 2], [22, 7.5], [2, 7.5]),
    rect(4, 9, 2.5, 9),
    rect(8.5, 9, 2.5, 9),
    rect(13, 9, 2.5, 9),
    rect(17.5, 9, 2.5, 9),
    rect(2, 19, 20, 3),
  ),
  // Arrows both ways: the switch routes payments between providers.
  payment_switch: glyph(
    rect(3, 6, 13, 2.4),
    polygon([15, 3], [21, 7.2], [15, 11.4]),
    rect(8, 15.6, 13, 2.4),
    polygon([9, 12.6], [3, 16.8], [9, 21]),
  ),
  // Vault: public funds.
  treasury_fmis: glyph(
    rect(3, 3, 18, 17, 2),
    circleHole(12, 11.5, 4.5),
    circle(12, 11.5, 2.2),
    rect(5, 20, 3, 2),
    rect(16, 20, 3, 2),
  ),
  // Speech bubble with an exclamation mark: complaints and appeals.
  grievance_system: glyph(
    rect(2, 3, 20, 14, 3),
    polygon([6, 16.5], [6, 22], [11.5, 16.5]),
    rectHole(11, 5.5, 2, 6.5, 1),
    circleHole(12, 14, 1.2),
  ),
  // Bar chart.
  data_analytics: glyph(rect(3, 13, 4, 8), rect(10, 8, 4, 13), rect(17, 3, 4, 18), rect(2, 21.5, 20, 1.5)),
  // Document with a tick: recorded consent.
  consent_manager: glyph(
    rect(4, 2, 16, 20, 2),
    polygonHole([7.5, 12], [9, 10.5], [11, 12.5], [15, 8.5], [16.5, 10], [11, 15.5]),
  ),
  // Hub and spokes: the exchange layer between agencies.
  information_mediator: glyph(
    bar(12, 12, 4.5, 4.5, 1.6),
    bar(12, 12, 19.5, 4.5, 1.6),
    bar(12, 12, 4.5, 19.5, 1.6),
    bar(12, 12, 19.5, 19.5, 1.6),
    circle(12, 12, 3.5),
    circle(4.5, 4.5, 2.5),
    circle(19.5, 4.5, 2.5),
    circle(4.5, 19.5, 2.5),
    circle(19.5, 19.5, 2.5),
  ),
  // Envelope.
  messaging: glyph(
    rect(2, 5, 20, 14, 2),
    polygonHole([3.5, 6.5], [12, 12.3], [20.5, 6.5], [20.5, 8.6], [12, 14.4], [3.5, 8.6]),
  ),
  // Map pin.
  gis_location: glyph(
    'M12 2A7.5 7.5 0 0 1 19.5 9.5C19.5 15 12 22 12 22C12 22 4.5 15 4.5 9.5A7.5 7.5 0 0 1 12 2Z',
    circleHole(12, 9.5, 3),
  ),
  // Wallet with a card: credentials held by the person.
  vc_issuer_wallet: glyph(
    polygon([5, 7], [15.5, 2.5], [17.5, 7]),
    rect(2, 7, 20, 14, 2.5),
    rectHole(14, 11.5, 6, 5, 1.5),
    circle(16.8, 14, 1.2),
  ),
  // Phone with a plus: field registration app or self-service portal.
  registration_frontend: glyph(
    rect(6, 2, 12, 20, 2.5),
    rectHole(8, 5, 8, 12.5),
    rect(11.2, 7.8, 1.6, 6.4),
    rect(8.8, 10.2, 6.4, 1.6),
    circleHole(12, 19.75, 1),
  ),
  // Warning triangle.
  early_warning_system: glyph(polygon([12, 2], [23, 21], [1, 21]), rectHole(11, 8, 2, 7, 1), circleHole(12, 17.8, 1.2)),
  // Hexagonal nut: a component the catalogue does not name.
  custom: glyph(polygon([12, 2], [20.7, 7], [20.7, 17], [12, 22], [3.3, 17], [3.3, 7]), circleHole(12, 12, 3.6)),
} as const satisfies Record<string, string>;
