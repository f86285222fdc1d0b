import type { CalendarYearData } from '../calendar-year-data.js';
import { CALENDAR_2019 } from './cn-2019.js';
import { CALENDAR_2020 } from './cn-2020.js';
import { CALENDAR_2021 } from './cn-2021.js';
import { CALENDAR_2022 } from './cn-2022.js';
import { CALENDAR_2023 } from './cn-2023.js';
import { CALENDAR_2024 } from './cn-2024.js';
import { CALENDAR_2025 } from './cn-2025.js';
import { CALENDAR_2026 } from './cn-2026.js';

/** The national notices shipped with the code: 2019 (the regulation's year) to 2026. */
export const NATIONAL_CALENDAR_YEARS: readonly CalendarYearData[] = [
  CALENDAR_2019,
  CALENDAR_2020,
  CALENDAR_2021,
  CALENDAR_2022,
  CALENDAR_2023,
  CALENDAR_2024,
  CALENDAR_2025,
  CALENDAR_2026,
];
