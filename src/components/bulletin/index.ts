/** The components bulletin prose may use (see BULLETIN_COMPONENTS in the remark plugin). */
import AffectedSoftware from './AffectedSoftware.astro';
import BulletinRef from './BulletinRef.astro';
import Caveats from './Caveats.astro';
import Commands from './Commands.astro';
import DownloadMark from './DownloadMark.astro';
import Faq from './Faq.astro';
import FileTable from './FileTable.astro';
import Kb from './Kb.astro';
import Link from './Link.astro';
import MicrosoftUpdateMark from './MicrosoftUpdateMark.astro';
import NonAffectedSoftware from './NonAffectedSoftware.astro';
import RegistryKeys from './RegistryKeys.astro';
import RemovalSwitches from './RemovalSwitches.astro';
import Revisions from './Revisions.astro';
import Section from './Section.astro';
import SetupSwitches from './SetupSwitches.astro';
import SeverityTable from './SeverityTable.astro';
import SpuninstFolder from './SpuninstFolder.astro';
import SummaryFields from './SummaryFields.astro';
import SusLink from './SusLink.astro';
import Workaround from './Workaround.astro';
import type { BULLETIN_COMPONENTS } from '../../lib/content/remark-bulletin-content.ts';

export const bulletinComponents = {
  AffectedSoftware,
  BulletinRef,
  Caveats,
  Commands,
  DownloadMark,
  Faq,
  FileTable,
  Kb,
  Link,
  MicrosoftUpdateMark,
  NonAffectedSoftware,
  RegistryKeys,
  RemovalSwitches,
  Revisions,
  Section,
  SetupSwitches,
  SeverityTable,
  SpuninstFolder,
  SummaryFields,
  SusLink,
  Workaround,
} satisfies Record<(typeof BULLETIN_COMPONENTS)[number], unknown>;
