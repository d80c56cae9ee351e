import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { App, Button, Flex, Image, Popconfirm, Typography } from 'antd';
import { useRef } from 'react';
import { errorText } from '../../shared/api/client';
import { useLang, useT } from '../../shared/i18n/lang';
import { useAddPhoto, useDeletePhoto, type VisitRecord } from './visit-record-api';
import { visitRecordText } from './visit-record-text';

const MAX_SIDE = 1600;
const SHRINK_ABOVE_BYTES = 1_500_000;

/** A phone photo made small enough to send quickly (longest side 1600 px, JPEG); small files go as they are. */
async function shrunk(file: File): Promise<{ file: Blob; name: string }> {
  if (file.size <= SHRINK_ABOVE_BYTES || typeof createImageBitmap === 'undefined') return { file, name: file.name };
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    return blob ? { file: blob, name: file.name.replace(/\.[^.]+$/, '') + '.jpg' } : { file, name: file.name };
  } catch {
    return { file, name: file.name };
  }
}

/** The visit's photos; its rep takes new ones with the phone's camera (or picks a file) and removes them. */
export function VisitRecordPhotos({ visit, editable }: { visit: VisitRecord; editable: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const add = useAddPhoto(visit.id);
  const remove = useDeletePhoto(visit.id);
  const pick = async (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      try {
        await add.mutateAsync(await shrunk(file));
      } catch (err) {
        void message.error(errorText(err, lang));
        break;
      }
    }
    if (input.current) input.current.value = '';
  };
  return (
    <Flex vertical gap={8} data-testid="visit-photos">
      <Flex gap={8} wrap>
        <Image.PreviewGroup>
          {visit.photos.map((p) => (
            <div key={p.id} style={{ position: 'relative' }} data-testid="visit-photo">
              <Image src={`/api/visit-photos/${p.id}`} width={96} height={96} style={{ objectFit: 'cover', borderRadius: 6 }} alt="" />
              {editable ? (
                <Popconfirm title={t(visitRecordText.removePhotoConfirm)} onConfirm={() => remove.mutate(p.id)}>
                  <Button size="small" danger shape="circle" icon={<DeleteOutlined />} aria-label={t(visitRecordText.removePhoto)} style={{ position: 'absolute', top: 4, right: 4 }} />
                </Popconfirm>
              ) : null}
            </div>
          ))}
        </Image.PreviewGroup>
      </Flex>
      {editable ? (
        <>
          <input ref={input} type="file" accept="image/*" capture="environment" multiple style={{ display: 'none' }} onChange={(e) => void pick(e.target.files)} data-testid="photo-input" />
          <Button icon={<CameraOutlined />} loading={add.isPending} onClick={() => input.current?.click()} style={{ alignSelf: 'flex-start' }}>
            {t(visitRecordText.addPhoto)}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(visitRecordText.photoLimit)}
          </Typography.Text>
        </>
      ) : null}
    </Flex>
  );
}
