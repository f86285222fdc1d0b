import { Button, Card, Col, Row, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useMessages } from '../i18n/index.js';

export function HomePage() {
  const m = useMessages();
  const navigate = useNavigate();
  const cards = [
    { to: '/apply', title: m.home.applyTitle, text: m.home.applyText },
    { to: '/track', title: m.home.trackTitle, text: m.home.trackText },
    { to: '/login', title: m.home.officerTitle, text: m.home.officerText },
  ];
  return (
    <>
      <Typography.Title level={2}>{m.app.title}</Typography.Title>
      <Typography.Paragraph>{m.home.intro}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {cards.map((card) => (
          <Col xs={24} md={8} key={card.to}>
            <Card title={card.title}>
              <Typography.Paragraph>{card.text}</Typography.Paragraph>
              <Button type="primary" onClick={() => void navigate(card.to)}>
                {m.home.go}
              </Button>
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
